import { WaybillError } from '../domain/errors.js';
import { detect, explainNoMatch, type Candidate } from '../numbers/index.js';

export interface CarrierChoice {
  readonly carrier: string;
  /** As the carrier tracks it (a USPS routing prefix removed). */
  readonly trackingNumber: string;
}

/** The public shape of a candidate, shared by the API and the CLI. */
export function candidateView(candidate: Candidate) {
  return {
    carrier: candidate.carrier,
    carrierName: candidate.carrierName,
    service: candidate.service,
    checkDigit: candidate.checkDigit,
    confidence: Math.round(candidate.confidence * 1000) / 1000,
    url: candidate.url,
  };
}

/**
 * The carrier for a number registered without one. Exactly one carrier must fit; otherwise the
 * caller is asked to say which, with the candidates (409) or with the reason nothing fits (422).
 */
export function chooseCarrier(trackingNumber: string): CarrierChoice {
  const detection = detect(trackingNumber);
  const [best] = detection.candidates;
  if (!best) {
    const why = explainNoMatch(trackingNumber);
    throw new WaybillError(
      'carrier_unknown',
      `${why?.message ?? 'No carrier recognises this number.'} Give "carrier".`,
      {
        problems: [{ field: 'carrier', message: 'is required: the number matches no known carrier format' }],
      },
    );
  }
  if (detection.ambiguous) {
    const carriers = [...new Set(detection.candidates.map((c) => c.carrier))];
    throw new WaybillError(
      'carrier_ambiguous',
      `${detection.normalized} fits ${carriers.join(', ')}; say which with "carrier"`,
      {
        problems: [{ field: 'carrier', message: `is required: one of ${carriers.join(', ')}` }],
        extra: { candidates: detection.candidates.map(candidateView) },
      },
    );
  }
  return { carrier: best.carrier, trackingNumber: best.trackingNumber };
}
