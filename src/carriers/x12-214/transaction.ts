import type { Location } from '../../domain/location.js';
import type { Substatus } from '../../domain/status.js';
import { statusOf } from '../../domain/status.js';
import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import { carrierOfScac } from './carrier-of.js';
import { locationOf } from './locations.js';
import { isNormalReason, X12_REASON_MAP } from './reason-map.js';
import { isoDateOf, scanTimeOf } from './scan-time.js';
import {
  AT_DELIVERY_LOCATION,
  AT_PICKUP_LOCATION,
  ESTIMATE_CODES,
  UNMAPPED_SUBSTATUS,
  X12_STATUS_MAP,
} from './status-map.js';
import type { Segment } from './tokenizer.js';

const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;

interface StatusDetail {
  readonly at7: Segment;
  place?: Location | undefined;
}

/**
 * One ST…SE transaction set into scans. A structurally broken transaction (an unreadable
 * segment, no B10 or no tracking number) yields only a problem; one bad AT7 loses only its scan.
 */
export function parseTransaction(segments: readonly Segment[]): ParseResult {
  const st = segments[0] as Segment;
  const control = st.elements[2] ?? '';
  const label = `transaction ${control || '(no control number)'}`;
  const problems: CarrierProblem[] = [];
  const problem = (
    kind: CarrierProblem['kind'],
    message: string,
    segment: Segment,
    trackingNumber?: string,
  ) =>
    problems.push({
      kind,
      message: `${label}: ${message}`,
      at: `segment ${segment.position}`,
      ...(trackingNumber ? { trackingNumber } : {}),
    });

  if (st.elements[1] !== '214') {
    problem('unsupported', `ST01 "${st.elements[1] ?? ''}" is not a 214 shipment status message`, st);
    return { scans: [], problems };
  }
  const broken = segments.find((segment) => !SEGMENT_ID.test(segment.id));
  if (broken) {
    problem(
      'invalid_payload',
      `"${broken.id.slice(0, 20)}" is not an X12 segment; the transaction was skipped (are the separators right?)`,
      broken,
    );
    return { scans: [], problems };
  }

  let trackingNumber = '';
  let carrier = carrierOfScac(undefined);
  let entity = '';
  let shipper: Location | undefined;
  let consignee: Location | undefined;
  const details: StatusDetail[] = [];
  for (const segment of segments) {
    const e = segment.elements;
    switch (segment.id) {
      case 'B10':
        // B10-01 is the carrier's own reference (the PRO), which is what a customer tracks;
        // B10-02, the shipper's shipment id, only when the carrier gave none.
        trackingNumber = (e[1] ?? '').trim() || (e[2] ?? '').trim();
        carrier = carrierOfScac(e[3]);
        break;
      case 'N1':
        entity = e[1] ?? '';
        break;
      case 'N4': {
        const place = locationOf({ city: e[1], region: e[2], postalCode: e[3], country: e[4] });
        if (entity === 'SH' || entity === 'SF') shipper = place;
        if (entity === 'CN' || entity === 'ST') consignee = place;
        break;
      }
      case 'AT7':
        details.push({ at7: segment });
        break;
      case 'MS1': {
        // MS1 follows the AT7 it places.
        const last = details.at(-1);
        if (last && !last.place)
          last.place = locationOf({ city: e[1], region: e[2], country: e[3], postalCode: e[8] });
        break;
      }
      default:
        break;
    }
  }
  if (!segments.some((segment) => segment.id === 'B10')) {
    problem('invalid_payload', 'has no B10 segment, so it names no shipment; skipped', st);
    return { scans: [], problems };
  }
  if (trackingNumber === '') {
    problem(
      'invalid_payload',
      'B10 has neither a carrier reference (B10-01) nor a shipment id (B10-02); skipped',
      st,
    );
    return { scans: [], problems };
  }

  const scans: Omit<CarrierScan, 'carrierEstimate'>[] = [];
  let estimate: string | undefined;
  for (const detail of details) {
    const e = detail.at7.elements;
    const code = (e[1] ?? '').trim();
    const reason = (e[2] ?? '').trim();
    if (code === '') {
      const appointment = (e[3] ?? '').trim();
      problem(
        appointment ? 'unsupported' : 'invalid_payload',
        appointment
          ? `AT7 carries an appointment (AT703 ${appointment}), not a status; no scan`
          : 'AT7 has no shipment status code (AT701); no scan',
        detail.at7,
        trackingNumber,
      );
      continue;
    }
    const planned = ESTIMATE_CODES[code];
    if (planned) {
      const day = isoDateOf(e[5] ?? '');
      if (planned.delivery && day) estimate = day;
      else
        problem(
          'unsupported',
          planned.delivery
            ? `AT7 ${code} (${planned.meaning}) has no valid date in AT705; ignored`
            : `AT7 ${code} (${planned.meaning}) is a plan, not a scan; ignored`,
          detail.at7,
          trackingNumber,
        );
      continue;
    }
    const place =
      detail.place ??
      (AT_DELIVERY_LOCATION.has(code) ? consignee : AT_PICKUP_LOCATION.has(code) ? shipper : undefined);
    const time = scanTimeOf(e[5] ?? '', e[6] ?? '', (e[7] ?? '').trim(), place);
    if ('error' in time) {
      problem('invalid_payload', `AT7 ${code}: ${time.error}; no scan`, detail.at7, trackingNumber);
      continue;
    }
    const mapped = Object.hasOwn(X12_STATUS_MAP, code)
      ? X12_STATUS_MAP[code as keyof typeof X12_STATUS_MAP]
      : undefined;
    const reasonEntry = Object.hasOwn(X12_REASON_MAP, reason) ? X12_REASON_MAP[reason] : undefined;
    const substatus = mapped ? refine(code, mapped.substatus, reason) : UNMAPPED_SUBSTATUS;
    const description = [
      mapped?.meaning ?? `Unknown AT7 status code ${code}`,
      isNormalReason(reason) ? undefined : (reasonEntry?.meaning ?? `reason ${reason}`),
    ]
      .filter(Boolean)
      .join(': ');
    scans.push({
      trackingNumber,
      carrier,
      occurredAt: time.occurredAt,
      ...(time.zone ? { zone: time.zone } : {}),
      status: substatus,
      rawCode: reason === '' ? code : `${code}-${reason}`,
      rawDescription: description,
      ...(place ? { location: place } : {}),
      ...(mapped ? {} : { unmapped: true as const }),
    });
  }
  if (scans.length === 0 && estimate) {
    problem(
      'unsupported',
      `only an estimated delivery (${estimate}), no status to carry it; ignored`,
      st,
      trackingNumber,
    );
  }
  // The estimate a transaction announces travels on its scans: that is when the carrier said it.
  return {
    scans: estimate ? scans.map((scan) => ({ ...scan, carrierEstimate: estimate })) : scans,
    problems,
  };
}

/** The status code's substatus, refined by its AT702 reason (see reason-map.ts). */
function refine(code: string, base: Substatus, reason: string): Substatus {
  if (isNormalReason(reason)) return base;
  const entry = Object.hasOwn(X12_REASON_MAP, reason) ? X12_REASON_MAP[reason] : undefined;
  // Departed the delivery location for an exceptional reason: the delivery did not happen.
  if (code === 'CD') return entry?.attempt ?? entry?.exception ?? 'attempt_failed.other';
  if (!entry) return base;
  switch (statusOf(base)) {
    case 'exception':
      return entry.exception ?? base;
    case 'attempt_failed':
      return entry.attempt ?? base;
    case 'in_transit':
      return entry.movement ?? base;
    default:
      return base;
  }
}
