import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import type { Location } from '../../domain/location.js';
import type { Substatus } from '../../domain/status.js';
import { zoneOfPlace } from '../place-zone.js';
import { listOf, recordOf, textOf, type JsonRecord } from '../payload/json.js';
import { problemOf, saysNotFound } from '../payload/problem.js';
import { locationOf } from '../payload/scan-builder.js';
import {
  byTime,
  isoDateOf,
  localTimeIn,
  offsetOfMinutes,
  timeWithOffset,
  type ScanTime,
} from '../payload/scan-time.js';
import { refineByText } from '../payload/text-refine.js';
import { uspsEntry } from './status-map.js';

const CARRIER = 'usps';

/**
 * A USPS Tracking v3 answer (`TrackingDetails`, expand=DETAIL; or the `{apiVersion, error}` body)
 * → scans and problems. Pure and total.
 */
export function parseUsps(payload: unknown): ParseResult {
  const root = recordOf(payload);
  if (!root)
    return { scans: [], problems: [problemOf('invalid_payload', 'USPS answer is not a JSON object')] };
  const trackingNumber = textOf(root.trackingNumber, 64);
  const error = recordOf(root.error);
  if (error) {
    const code = textOf(error.code, 40);
    const message = textOf(error.message, 500) ?? 'USPS reported an error';
    const details = listOf(error.errors).map(
      (e) => textOf(recordOf(e)?.detail, 500) ?? textOf(recordOf(e)?.title, 200),
    );
    const kind = code === '404' || saysNotFound(message, ...details) ? 'not_found' : 'carrier_error';
    return {
      scans: [],
      problems: [problemOf(kind, code ? `${code}: ${message}` : message, '/error', trackingNumber)],
    };
  }
  if (!trackingNumber)
    return { scans: [], problems: [problemOf('invalid_payload', 'no trackingNumber and no error', '')] };
  const problems: CarrierProblem[] = [];
  const pending: { scan: CarrierScan; ms: number; index: number }[] = [];
  listOf(root.trackingEvents).forEach((raw, index) => {
    const event = recordOf(raw);
    const at = `/trackingEvents/${index}`;
    if (!event)
      return void problems.push(
        problemOf('invalid_payload', 'tracking event is not an object', at, trackingNumber),
      );
    const state = textOf(event.eventState, 60);
    const zip = textOf(event.eventZIP, 20);
    // Domestic events leave eventCountry empty: a state or ZIP means the United States.
    const country = textOf(event.eventCountry, 60) ?? (state || zip ? 'US' : undefined);
    const location = locationOf({ city: event.eventCity, region: state, postalCode: zip, country });
    const time = eventTime(event, location);
    if (!time) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'tracking event has no readable time (or no place to find its zone)',
          at,
          trackingNumber,
        ),
      );
    }
    const code = textOf(event.eventCode, 8);
    const text = textOf(event.eventType);
    if (!code && !text) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'tracking event has neither a code nor a description',
          at,
          trackingNumber,
        ),
      );
    }
    const entry = uspsEntry(code);
    let substatus: Substatus = entry ? refineByText(entry.substatus, text) : 'in_transit.other';
    if (substatus === 'delivered.standard' && textOf(event.name, 200)) substatus = 'delivered.signed';
    pending.push({
      ms: time.ms,
      index,
      scan: {
        trackingNumber,
        carrier: CARRIER,
        occurredAt: time.occurredAt,
        ...(time.zone ? { zone: time.zone } : {}),
        status: substatus,
        ...(code ? { rawCode: code } : {}),
        ...(text ? { rawDescription: text } : {}),
        ...(location ? { location } : {}),
        ...(entry ? {} : { unmapped: true as const }),
      },
    });
  });
  pending.sort(byTime);
  const estimate = estimatedDate(root);
  const last = pending.at(-1);
  if (last && estimate && !last.scan.status.startsWith('delivered'))
    last.scan = { ...last.scan, carrierEstimate: estimate };
  return { scans: pending.map((p) => p.scan), problems };
}

/**
 * The local timestamp with USPS's own GMTOffset (minutes) when both are there; else the UTC
 * timestamp (with the place's zone for display); else the local time in the place's zone.
 */
function eventTime(event: JsonRecord, location: Location | null): ScanTime | undefined {
  const local = textOf(event.eventTimestamp, 40);
  const withOwnOffset = timeWithOffset(local);
  if (withOwnOffset) return withOwnOffset;
  const minutes = textOf(event.GMTOffset, 8);
  const offset =
    minutes !== undefined && /^[+-]?\d{1,4}$/.test(minutes) ? offsetOfMinutes(Number(minutes)) : undefined;
  if (local && offset) {
    const time = timeWithOffset(`${local}${offset}`);
    if (time) return time;
  }
  const zone = location ? zoneOfPlace(location) : undefined;
  const utc = timeWithOffset(textOf(event.GMTTimestamp, 40));
  if (utc) return zone ? { ...utc, zone } : utc;
  return localTimeIn(local, zone);
}

function estimatedDate(root: JsonRecord): string | undefined {
  return isoDateOf(
    textOf(root.predictedDeliveryDate, 40) ??
      textOf(root.expectedDeliveryTimeStamp, 40) ??
      textOf(root.expectedDeliveryDate, 40) ??
      textOf(root.guaranteedDeliveryTimeStamp, 40),
  );
}
