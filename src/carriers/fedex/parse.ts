import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import type { Substatus } from '../../domain/status.js';
import { zoneOfPlace } from '../place-zone.js';
import { listOf, pointer, recordOf, textOf, type JsonRecord } from '../payload/json.js';
import { problemOf, saysNotFound } from '../payload/problem.js';
import { locationOf } from '../payload/scan-builder.js';
import { byTime, isoDateOf, localTimeIn, timeWithOffset } from '../payload/scan-time.js';
import { refineByText } from '../payload/text-refine.js';
import { FEDEX_STATUS_MAP, fedexEntry } from './status-map.js';

const CARRIER = 'fedex';

/**
 * A FedEx Track API answer (`output.completeTrackResults[]`, or a request-level `errors[]`) →
 * scans and problems. A per-number `error` (TRACKING.TRACKINGNUMBER.NOTFOUND) is a problem for
 * that number. Pure and total.
 */
export function parseFedex(payload: unknown): ParseResult {
  const root = recordOf(payload);
  if (!root)
    return { scans: [], problems: [problemOf('invalid_payload', 'FedEx answer is not a JSON object')] };
  const problems: CarrierProblem[] = [];
  const scans: CarrierScan[] = [];
  listOf(root.errors).forEach((raw, index) => {
    const error = recordOf(raw);
    problems.push(errorProblem(error, pointer('errors', index), undefined));
  });
  const output = recordOf(root.output);
  if (!output) {
    if (problems.length === 0) problems.push(problemOf('invalid_payload', 'no output and no errors', ''));
    return { scans, problems };
  }
  listOf(output.completeTrackResults).forEach((rawComplete, c) => {
    const complete = recordOf(rawComplete);
    const at = pointer('output', 'completeTrackResults', c);
    if (!complete) return void problems.push(problemOf('invalid_payload', 'result is not an object', at));
    const requested = textOf(complete.trackingNumber, 64);
    listOf(complete.trackResults).forEach((rawResult, r) => {
      const result = recordOf(rawResult);
      const resultAt = `${at}/trackResults/${r}`;
      if (!result)
        return void problems.push(
          problemOf('invalid_payload', 'trackResult is not an object', resultAt, requested),
        );
      const trackingNumber = textOf(recordOf(result.trackingNumberInfo)?.trackingNumber, 64) ?? requested;
      const error = recordOf(result.error);
      if (error) return void problems.push(errorProblem(error, `${resultAt}/error`, trackingNumber));
      if (!trackingNumber)
        return void problems.push(
          problemOf('invalid_payload', 'trackResult has no tracking number', resultAt),
        );
      scans.push(...resultScans(result, trackingNumber, resultAt, problems));
    });
  });
  return { scans, problems };
}

function errorProblem(
  error: JsonRecord | undefined,
  at: string,
  trackingNumber: string | undefined,
): CarrierProblem {
  const code = textOf(error?.code, 120);
  const message = textOf(error?.message, 500) ?? 'FedEx reported an error';
  const kind =
    code?.toUpperCase().includes('NOTFOUND') || saysNotFound(message) ? 'not_found' : 'carrier_error';
  return problemOf(kind, code ? `${code}: ${message}` : message, at, trackingNumber);
}

function resultScans(
  result: JsonRecord,
  trackingNumber: string,
  at: string,
  problems: CarrierProblem[],
): CarrierScan[] {
  const attempted = deliveryAttempted(result);
  const pending: { scan: CarrierScan; ms: number; index: number }[] = [];
  listOf(result.scanEvents).forEach((raw, index) => {
    const event = recordOf(raw);
    const eventAt = `${at}/scanEvents/${index}`;
    if (!event)
      return void problems.push(
        problemOf('invalid_payload', 'scan event is not an object', eventAt, trackingNumber),
      );
    const place = recordOf(event.scanLocation);
    const location = locationOf({
      city: place?.city,
      region: place?.stateOrProvinceCode,
      postalCode: place?.postalCode,
      country: place?.countryCode ?? place?.countryName,
    });
    const date = textOf(event.date, 64);
    const time = timeWithOffset(date) ?? localTimeIn(date, location ? zoneOfPlace(location) : undefined);
    if (!time) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'scan event has no readable date (or no place to find its zone)',
          eventAt,
          trackingNumber,
        ),
      );
    }
    const eventType = textOf(event.eventType, 8);
    const derived = textOf(event.derivedStatusCode, 8);
    // The event type is the precise code (AR, AF, DP); the derived code folds movement scans into
    // IT, so it is only the fallback, for event types the table does not list.
    const entry = fedexEntry(eventType) ?? fedexEntry(derived);
    const description = textOf(event.eventDescription);
    const exception = textOf(event.exceptionDescription);
    let substatus: Substatus = entry?.substatus ?? 'in_transit.other';
    if (entry === FEDEX_STATUS_MAP.DE && attempted) substatus = 'attempt_failed.other';
    if (entry) substatus = refineByText(substatus, exception, description);
    const rawCode = eventType ?? derived;
    if (!rawCode && !description && !exception) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'scan event has neither a code nor a description',
          eventAt,
          trackingNumber,
        ),
      );
    }
    pending.push({
      ms: time.ms,
      index,
      scan: {
        trackingNumber,
        carrier: CARRIER,
        occurredAt: time.occurredAt,
        ...(time.zone ? { zone: time.zone } : {}),
        status: substatus,
        ...(rawCode ? { rawCode } : {}),
        ...(description || exception
          ? { rawDescription: [description, exception].filter(Boolean).join(': ') }
          : {}),
        ...(location ? { location } : {}),
        ...(entry ? {} : { unmapped: true as const }),
      },
    });
  });
  pending.sort(byTime);
  const details = recordOf(result.deliveryDetails);
  const signer = textOf(details?.signedByName, 200) ?? textOf(details?.receivedByName, 200);
  const delivery = pending.findLast((p) => p.scan.status.startsWith('delivered'));
  if (signer && delivery?.scan.status === 'delivered.standard')
    delivery.scan = { ...delivery.scan, status: 'delivered.signed' };
  const estimate = estimatedDate(result);
  const last = pending.at(-1);
  if (last && estimate && !last.scan.status.startsWith('delivered'))
    last.scan = { ...last.scan, carrierEstimate: estimate };
  return pending.map((p) => p.scan);
}

/** The reference's rule for DE: an attempt when FedEx dated one or counted one. */
function deliveryAttempted(result: JsonRecord): boolean {
  const dated = listOf(result.dateAndTimes).some(
    (d) => textOf(recordOf(d)?.type, 40) === 'ATTEMPTED_DELIVERY',
  );
  const count = Number(textOf(recordOf(result.deliveryDetails)?.deliveryAttempts, 8) ?? 0);
  return dated || (Number.isFinite(count) && count > 0);
}

/** ESTIMATED_DELIVERY, else the estimated window's end, else the commitment; as a date. */
function estimatedDate(result: JsonRecord): string | undefined {
  const dates = listOf(result.dateAndTimes).map(recordOf);
  const of = (type: string) => textOf(dates.find((d) => textOf(d?.type, 40) === type)?.dateTime, 40);
  const windowEnd = textOf(recordOf(recordOf(result.estimatedDeliveryTimeWindow)?.window)?.ends, 40);
  return isoDateOf(of('ESTIMATED_DELIVERY') ?? windowEnd ?? of('COMMITMENT'));
}
