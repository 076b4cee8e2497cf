import { orderedAtProblem } from './ordered-at.js';
import { DateTime, IANAZone } from 'luxon';
import { normalize } from '../numbers/normalize.js';
import { dedupeKeyOf } from '../domain/dedupe-key.js';
import type { Location } from '../domain/location.js';
import { DEFAULT_SUBSTATUS, isStatus, isSubstatus, statusOf, type Substatus } from '../domain/status.js';
import type { TrackingEvent } from '../domain/tracking-event.js';
import type { IngestItem, ShipmentDetails } from './ingest-item.js';

export interface NormalizedScan {
  readonly tenantId: string;
  readonly trackingNumber: string;
  readonly carrier: string;
  readonly event: TrackingEvent;
  readonly shipment: ShipmentDetails | undefined;
}

export interface Rejection {
  readonly field: string;
  readonly reason: string;
}

export type NormalizeResult = { ok: true; scan: NormalizedScan } | { ok: false; rejection: Rejection };

const CARRIER_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const TRACKING_NUMBER = /^[A-Z0-9]{4,40}$/;
const HAS_OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/i;
const SIMPLE_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(Z|z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// Carriers back-date, never forward-date, by more than a clock skew; a scan days in the
// future is a bad clock or a bad parser and would freeze the derived state.
const MAX_FUTURE_MS = 24 * 3600 * 1000;
/**
 * No parcel was scanned by a tracking system we read before 2000; earlier times are zero or
 * garbled dates (1970-01-01 is a zero timestamp), and one of them would become a permanent
 * "delivered" or the start of a timeline decades long.
 */
const EARLIEST_SCAN_MS = Date.UTC(2000, 0, 1);
const MAX_TEXT = 2000;

/** Trim, drop spaces, dashes and dots, upper-case; the detector's rule, so both agree. */
export function normalizeTrackingNumber(input: string): string {
  return normalize(input);
}

/** Validates one scan and turns it into a TrackingEvent with a UTC instant and its original zone. */
export function normalizeItem(item: IngestItem, now: Date): NormalizeResult {
  const reject = (field: string, reason: string): NormalizeResult => ({
    ok: false,
    rejection: { field, reason },
  });
  if (typeof item.tenantId !== 'string' || item.tenantId.length === 0)
    return reject('tenantId', 'is required');
  const trackingNumber = normalizeTrackingNumber(String(item.trackingNumber ?? ''));
  if (!TRACKING_NUMBER.test(trackingNumber)) {
    return reject(
      'trackingNumber',
      'must be 4 to 40 letters or digits (spaces, dashes and dots are ignored)',
    );
  }
  if (typeof item.carrier !== 'string' || !CARRIER_ID.test(item.carrier)) {
    return reject('carrier', 'must be a carrier id such as "ups" (lower case letters, digits, - and _)');
  }
  const substatus = substatusFrom(item.status);
  if (!substatus) return reject('status', `"${String(item.status)}" is not a status or substatus code`);

  const when = instantOf(item.occurredAt, item.zone);
  if ('error' in when) return reject(when.field, when.error);
  if (when.ms > now.getTime() + MAX_FUTURE_MS) {
    return reject('occurredAt', 'is more than a day in the future');
  }
  if (when.ms < EARLIEST_SCAN_MS) {
    return reject('occurredAt', 'is before the year 2000, which no real scan is');
  }
  if (item.carrierEstimate !== undefined && !isIsoDate(item.carrierEstimate)) {
    return reject('carrierEstimate', 'must be a date (YYYY-MM-DD)');
  }
  const location = cleanLocation(item.location);
  if (location && location.country && !/^[A-Z]{2}$/.test(location.country)) {
    return reject('location.country', 'must be an ISO 3166-1 alpha-2 code such as "DE"');
  }
  const promised = item.shipment?.promisedDate;
  if (promised !== undefined && promised !== null && !isIsoDate(promised)) {
    return reject('shipment.promisedDate', 'must be a date (YYYY-MM-DD)');
  }
  const ordered = item.shipment?.orderedAt;
  const orderedProblem =
    ordered === undefined || ordered === null ? undefined : orderedAtProblem(ordered, now);
  if (orderedProblem !== undefined) return reject('shipment.orderedAt', orderedProblem);

  // Already in toISOString's own spelling (most carriers and our simulator send it): keep it.
  const occurredAt = CANONICAL_UTC.test(item.occurredAt as string)
    ? (item.occurredAt as string)
    : new Date(when.ms).toISOString();
  const rawCode = clip(item.rawCode ?? substatus);
  const event: TrackingEvent = {
    occurredAt,
    zone: when.zone,
    status: statusOf(substatus),
    substatus,
    rawCode,
    rawDescription: clip(item.rawDescription ?? ''),
    location,
    source: item.source,
    // A correction is a scan of its own, even when the carrier repeats the corrected scan's minute,
    // code and place: its key also names what it corrects and what it now says, so it is stored
    // beside the original (auditable) instead of being taken for a duplicate of it.
    dedupeKey: dedupeKeyOf({
      carrier: item.carrier,
      trackingNumber,
      occurredAt,
      rawCode:
        item.corrects === undefined ? rawCode : `${rawCode}\u001fcorrects ${item.corrects} ${substatus}`,
      location,
    }),
    corrects: item.corrects,
    carrierEstimate: item.carrierEstimate,
  };
  return {
    ok: true,
    scan: { tenantId: item.tenantId, trackingNumber, carrier: item.carrier, event, shipment: item.shipment },
  };
}

function substatusFrom(value: unknown): Substatus | undefined {
  if (isSubstatus(value)) return value;
  if (isStatus(value)) return DEFAULT_SUBSTATUS[value];
  return undefined;
}

type InstantResult = { ms: number; zone: string; canonical?: boolean } | { field: string; error: string };

function instantOf(occurredAt: unknown, zone: string | undefined): InstantResult {
  if (typeof occurredAt !== 'string' || occurredAt.length > 64) {
    return { field: 'occurredAt', error: 'must be an ISO 8601 date-time' };
  }
  if (zone !== undefined && !IANAZone.isValidZone(zone)) {
    return { field: 'zone', error: `"${zone}" is not an IANA time zone` };
  }
  const simple = SIMPLE_ISO.exec(occurredAt);
  if (simple && isCalendarDateTime(occurredAt)) {
    // The common spelling, with seconds and an explicit offset: Date.parse reads it exactly
    // (ECMAScript's date-time format), at a fraction of luxon's cost on the hot path. It would roll
    // 30 February over into March, hence the calendar check first; luxon rejects such dates below.
    const ms = Date.parse(occurredAt);
    if (Number.isFinite(ms)) {
      const offset = simple[1] === 'Z' || simple[1] === 'z' ? '+00:00' : (simple[1] as string);
      return { ms, zone: zone ?? offset, canonical: CANONICAL_UTC.test(occurredAt) };
    }
  }
  if (HAS_OFFSET.test(occurredAt)) {
    const instant = DateTime.fromISO(occurredAt, { setZone: true });
    if (!instant.isValid) return { field: 'occurredAt', error: 'must be an ISO 8601 date-time' };
    return { ms: instant.toMillis(), zone: zone ?? instant.toFormat('ZZ') };
  }
  // Local wall time: only meaningful with the place's zone. Never the machine's zone.
  if (zone === undefined) return { field: 'occurredAt', error: 'has no UTC offset; give one or a zone' };
  const instant = DateTime.fromISO(occurredAt, { zone });
  if (!instant.isValid) return { field: 'occurredAt', error: 'must be an ISO 8601 date-time' };
  return { ms: instant.toMillis(), zone };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Month, day, hour, minute and second of a SIMPLE_ISO text are all within the calendar. */
function isCalendarDateTime(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return (
    days !== undefined &&
    day >= 1 &&
    day <= days &&
    Number(text.slice(11, 13)) <= 23 &&
    Number(text.slice(14, 16)) <= 59 &&
    Number(text.slice(17, 19)) <= 59
  );
}

function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

function cleanLocation(location: Location | null | undefined): Location | null {
  if (!location) return null;
  const city = locationPart(location.city);
  const region = locationPart(location.region);
  const postalCode = locationPart(location.postalCode);
  const country = locationPart(location.country)?.toUpperCase();
  if (city === undefined && region === undefined && postalCode === undefined && country === undefined)
    return null;
  return { city, region, postalCode, country };
}

function locationPart(value: string | undefined): string | undefined {
  const trimmed = typeof value === 'string' ? clip(value.trim(), 200) : '';
  return trimmed.length > 0 ? trimmed : undefined;
}

function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? text.slice(0, max) : text;
}
