/** One carrier service a tracking number fits. */
export interface Candidate {
  readonly carrier: string;
  readonly carrierName: string;
  readonly service: string;
  readonly formatId: string;
  /** The number as the carrier tracks it: normalised, without a routing code (USPS 420 + ZIP). */
  readonly trackingNumber: string;
  /** 'verified': the format has a check character and it is right; 'none': the format has none. */
  readonly checkDigit: 'verified' | 'none';
  /** 0..1: how sure the detector is that this candidate is the right one; see ./confidence.ts. */
  readonly confidence: number;
  /** The carrier's public tracking page for this number, or null when there is none. */
  readonly url: string | null;
}

export interface Detection {
  readonly input: string;
  /** The input after normalisation; empty when the input is too long to be looked at. */
  readonly normalized: string;
  /** Best first. Empty when nothing fits. */
  readonly candidates: Candidate[];
  /** More than one carrier fits. */
  readonly ambiguous: boolean;
}
