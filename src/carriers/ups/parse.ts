import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import type { Location } from '../../domain/location.js';
import type { Substatus } from '../../domain/status.js';
import { zoneOfPlace } from '../place-zone.js';
import { dedupeKeyOfScan } from '../payload/correction.js';
import { listOf, pointer, recordOf, textOf, type JsonRecord } from '../payload/json.js';
import { problemOf, saysNotFound } from '../payload/problem.js';
import { locationOf } from '../payload/scan-builder.js';
import { byTime, isoDateOf, localTimeIn, timeWithOffset, type ScanTime } from '../payload/scan-time.js';
import { refineByText } from '../payload/text-refine.js';
import { upsEntry } from './status-map.js';

const CARRIER = 'ups';

interface Pending {
  scan: CarrierScan;
  readonly ms: number;
  readonly index: number;
  readonly type: string | undefined;
  readonly location: Location | null;
}

/**
 * A UPS Track API answer (`TrackApiResponse`, or the `response.errors` error body) → scans and
 * problems. Pure and total: any value in, never a throw.
 */
export function parseUps(payload: unknown): ParseResult {
  const root = recordOf(payload);
  if (!root)
    return { scans: [], problems: [problemOf('invalid_payload', 'UPS answer is not a JSON object')] };
  const problems: CarrierProblem[] = [];
  const errors = listOf(recordOf(root.response)?.errors);
  errors.forEach((raw, index) => {
    const error = recordOf(raw);
    const code = textOf(error?.code, 40);
    const message = textOf(error?.message, 500) ?? 'UPS reported an error';
    const kind = code === '151044' || saysNotFound(message) ? 'not_found' : 'carrier_error';
    problems.push(
      problemOf(kind, code ? `${code}: ${message}` : message, pointer('response', 'errors', index)),
    );
  });
  const trackResponse = recordOf(root.trackResponse);
  if (!trackResponse) {
    if (errors.length === 0)
      problems.push(problemOf('invalid_payload', 'no trackResponse and no errors', ''));
    return { scans: [], problems };
  }
  const scans: CarrierScan[] = [];
  listOf(trackResponse.shipment).forEach((rawShipment, s) => {
    const shipment = recordOf(rawShipment);
    const at = pointer('trackResponse', 'shipment', s);
    if (!shipment) return void problems.push(problemOf('invalid_payload', 'shipment is not an object', at));
    const inquiry = textOf(shipment.inquiryNumber, 64);
    listOf(shipment.warnings).forEach((rawWarning, w) => {
      const warning = recordOf(rawWarning);
      const message = textOf(warning?.message, 500) ?? 'UPS warning';
      const kind = saysNotFound(message) ? 'not_found' : 'carrier_error';
      problems.push(problemOf(kind, message, `${at}/warnings/${w}`, inquiry));
    });
    listOf(shipment.package).forEach((rawPackage, p) => {
      const pkg = recordOf(rawPackage);
      const packageAt = `${at}/package/${p}`;
      if (!pkg)
        return void problems.push(problemOf('invalid_payload', 'package is not an object', packageAt));
      const trackingNumber = textOf(pkg.trackingNumber, 64) ?? inquiry;
      if (!trackingNumber) {
        return void problems.push(problemOf('invalid_payload', 'package has no tracking number', packageAt));
      }
      scans.push(...packageScans(pkg, trackingNumber, packageAt, problems));
    });
  });
  return { scans, problems };
}

function packageScans(
  pkg: JsonRecord,
  trackingNumber: string,
  at: string,
  problems: CarrierProblem[],
): CarrierScan[] {
  const pending: Pending[] = [];
  listOf(pkg.activity).forEach((raw, index) => {
    const activity = recordOf(raw);
    const activityAt = `${at}/activity/${index}`;
    if (!activity)
      return void problems.push(
        problemOf('invalid_payload', 'activity is not an object', activityAt, trackingNumber),
      );
    const address = recordOf(recordOf(activity.location)?.address);
    const location = locationOf({
      city: address?.city,
      region: address?.stateProvince,
      postalCode: address?.postalCode,
      country: address?.countryCode ?? address?.country,
    });
    const time = activityTime(activity, location);
    if (!time) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'activity has no readable date and time (or no place to find its zone)',
          activityAt,
          trackingNumber,
        ),
      );
    }
    const status = recordOf(activity.status);
    const type = textOf(status?.type, 8);
    const statusCode = threeDigits(textOf(status?.statusCode, 8));
    const description = textOf(status?.description) ?? textOf(status?.simplifiedTextDescription);
    const byCode = upsEntry(statusCode);
    const byType = upsEntry(type);
    // The type is the stronger signal for a delivery; elsewhere the status code is more precise.
    const entry =
      type === 'D' && byCode && !byCode.substatus.startsWith('delivered') ? byType : (byCode ?? byType);
    const substatus: Substatus = entry ? refineByText(entry.substatus, description) : 'in_transit.other';
    const rawCode = statusCode ?? type;
    if (!rawCode && !description) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'activity has neither a status code nor a description',
          activityAt,
          trackingNumber,
        ),
      );
    }
    pending.push({
      ms: time.ms,
      index,
      type,
      location,
      scan: {
        trackingNumber,
        carrier: CARRIER,
        occurredAt: time.occurredAt,
        ...(time.zone ? { zone: time.zone } : {}),
        status: substatus,
        ...(rawCode ? { rawCode } : {}),
        ...(description ? { rawDescription: description } : {}),
        ...(location ? { location } : {}),
        ...(entry ? {} : { unmapped: true as const }),
      },
    });
  });
  pending.sort(byTime);
  markSigned(pkg, pending);
  markVoids(trackingNumber, pending);
  const estimate = scheduledDate(pkg);
  const last = pending.at(-1);
  if (last && estimate && !last.scan.status.startsWith('delivered'))
    last.scan = { ...last.scan, carrierEstimate: estimate };
  return pending.map((p) => p.scan);
}

/** Local date and time with UPS's own offset when given; else the UTC pair; else the place's zone. */
function activityTime(activity: JsonRecord, location: Location | null): ScanTime | undefined {
  const local = localOf(textOf(activity.date, 8), textOf(activity.time, 6));
  const offset = offsetOf(textOf(activity.gmtOffset, 8));
  if (local && offset) {
    const time = timeWithOffset(`${local}${offset}`);
    if (time) return time;
  }
  const zone = location ? zoneOfPlace(location) : undefined;
  const utc = localOf(textOf(activity.gmtDate, 8), textOf(activity.gmtTime, 6));
  if (utc) {
    const time = timeWithOffset(`${utc}Z`);
    if (time) return zone ? { ...time, zone } : time;
  }
  return local ? localTimeIn(local, zone) : undefined;
}

/** YYYYMMDD + HHMMSS (UPS may drop the leading zero: "74700") → local ISO date-time. */
function localOf(date: string | undefined, time: string | undefined): string | undefined {
  if (!date || !/^\d{8}$/.test(date) || !time || !/^\d{1,6}$/.test(time)) return undefined;
  const hhmmss = time.padStart(6, '0');
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${hhmmss.slice(0, 2)}:${hhmmss.slice(2, 4)}:${hhmmss.slice(4, 6)}`;
}

function offsetOf(text: string | undefined): string | undefined {
  const match = text ? /^([+-])(\d{1,2}):?(\d{2})$/.exec(text) : null;
  return match ? `${match[1]}${match[2]!.padStart(2, '0')}:${match[3]}` : undefined;
}

function threeDigits(code: string | undefined): string | undefined {
  return code && /^\d{1,3}$/.test(code) ? code.padStart(3, '0') : code;
}

/** A named receiver or a captured signature makes the (last) delivery a signed one. */
function markSigned(pkg: JsonRecord, pending: Pending[]): void {
  const info = recordOf(pkg.deliveryInformation);
  const signed = textOf(info?.receivedBy, 200) ?? textOf(recordOf(info?.signature)?.image, 10);
  if (!signed) return;
  const delivery = pending.findLast((p) => p.scan.status.startsWith('delivered'));
  if (delivery && delivery.scan.status === 'delivered.standard')
    delivery.scan = { ...delivery.scan, status: 'delivered.signed' };
}

/**
 * A voided label (type MV) corrects the billing scan (type M) it voids: the history keeps both,
 * and the pipeline marks the billing scan voided.
 */
function markVoids(trackingNumber: string, pending: Pending[]): void {
  let lastBilling: Pending | undefined;
  for (const p of pending) {
    if (p.type === 'M' && p.scan.rawCode) lastBilling = p;
    if (p.type !== 'MV' || !lastBilling) continue;
    const corrects = dedupeKeyOfScan({
      carrier: CARRIER,
      trackingNumber,
      ms: lastBilling.ms,
      rawCode: lastBilling.scan.rawCode!,
      location: lastBilling.location,
    });
    p.scan = { ...p.scan, corrects };
  }
}

/** UPS's scheduled (SDD) or rescheduled (RDD) delivery date, rescheduled first. */
function scheduledDate(pkg: JsonRecord): string | undefined {
  const dates = listOf(pkg.deliveryDate).map(recordOf);
  const pick = (type: string) => dates.find((d) => textOf(d?.type, 8) === type);
  const chosen = pick('RDD') ?? pick('SDD');
  const raw = textOf(chosen?.date, 8);
  return raw && /^\d{8}$/.test(raw)
    ? isoDateOf(`${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`)
    : undefined;
}
