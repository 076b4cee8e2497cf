import { businessDaysBetween, localDateOf, weekdayCalendar } from '../../domain/business-days.js';
import type { EstimatedDeliveryWindow, Shipment } from '../../domain/shipment.js';
import { STATUSES, SUBSTATUS_CODES, type Status, type Substatus } from '../../domain/status.js';
import { effectiveTimeline, orderTimeline } from '../../domain/timeline.js';
import type { TrackingEvent } from '../../domain/tracking-event.js';
import { destinationZone } from '../../estimates/destination-zone.js';

// What each fact about a shipment adds to the analytics rollups. Pure: the subscriber reads the
// shipment and its scans, and writes what these return. Definitions (docs/console.md):
// - days are the destination's local dates;
// - volume counts a shipment on the day it was registered; "tracked" once the carrier first
//   reported it (it left `pending`); exceptions once per shipment and reason, on its
//   registration day, so a rate is exceptions ÷ tracked of the same days;
// - everything about delivery is counted on the delivery day: transit in business days
//   (Monday to Friday) from the first carrier scan to delivery, the first attempt (the earliest
//   delivered, failed-attempt or ready-for-pickup scan) against the promise and against our
//   first estimate, first-attempt success, time spent in each status, and the accuracy of the
//   first estimate (absolute error in days, whether the window held it, calibration).

export const METRICS = [
  'created',
  'tracked',
  'exception',
  'delivered',
  'transit_bd',
  'first_attempt',
  'on_time_promise',
  'on_time_estimate',
  'status_hours',
  'eta_abs_error',
  'eta_in_window',
  'calibration',
  'calibration_hit',
] as const;
export type Metric = (typeof METRICS)[number];

export interface Dimensions {
  readonly carrier: string;
  readonly service: string;
  /** Destination country, '' when unknown. */
  readonly destination: string;
  /** "DE→FR": origin country → destination country ('?' when unknown). */
  readonly lane: string;
}

export interface Increment extends Dimensions {
  readonly day: string;
  readonly metric: Metric;
  readonly bucket: number;
  readonly count: number;
  readonly total: number;
}

/** Error days above this are counted here (a cap, so one lost parcel cannot stretch the table). */
export const MAX_ERROR_DAYS = 60;
export const MAX_TRANSIT_DAYS = 60;

export function dimensionsOf(
  shipment: Pick<Shipment, 'carrier' | 'service' | 'origin' | 'destination'>,
): Dimensions {
  const to = shipment.destination?.country?.toUpperCase() ?? '';
  const from = shipment.origin?.country?.toUpperCase() ?? '';
  return {
    carrier: shipment.carrier,
    service: shipment.service ?? '',
    destination: to,
    lane: `${from || '?'}→${to || '?'}`,
  };
}

function localDay(shipment: Pick<Shipment, 'destination'>, instant: string): string {
  return localDateOf(instant, destinationZone(shipment.destination));
}

function one(shipment: Shipment, day: string, metric: Metric, bucket = 0, total = 0): Increment {
  return { ...dimensionsOf(shipment), day, metric, bucket, count: 1, total };
}

export function createdFacts(shipment: Shipment): Increment[] {
  return [one(shipment, localDay(shipment, shipment.createdAt), 'created')];
}

export function trackedFacts(shipment: Shipment): Increment[] {
  return [one(shipment, localDay(shipment, shipment.createdAt), 'tracked')];
}

export function substatusBucket(substatus: Substatus): number {
  return SUBSTATUS_CODES.indexOf(substatus);
}

export function exceptionFacts(shipment: Shipment, substatus: Substatus): Increment[] {
  return [one(shipment, localDay(shipment, shipment.createdAt), 'exception', substatusBucket(substatus))];
}

const ATTEMPTS: ReadonlySet<Status> = new Set(['delivered', 'attempt_failed', 'available_for_pickup']);

/** What delivery adds, from the shipment and its stored scans. Empty when it has no delivery time. */
export function deliveredFacts(
  shipment: Shipment,
  events: readonly TrackingEvent[],
  firstEstimate:
    | (Pick<EstimatedDeliveryWindow, 'mostLikely' | 'earliest' | 'latest'> &
        Partial<Pick<EstimatedDeliveryWindow, 'confidence' | 'probabilityByPromise'>>)
    | null,
): Increment[] {
  const timeline = orderTimeline(effectiveTimeline(events));
  const delivery = timeline.find((scan) => scan.status === 'delivered');
  const deliveredAt = shipment.deliveredAt ?? delivery?.occurredAt;
  if (!deliveredAt) return [];
  const zone = destinationZone(shipment.destination);
  const day = localDateOf(deliveredAt, zone);
  const facts: Increment[] = [one(shipment, day, 'delivered')];

  const firstScan =
    shipment.firstScanAt ??
    timeline.find((scan) => scan.status !== 'pending' && scan.status !== 'info_received')?.occurredAt;
  if (firstScan) {
    const days = businessDaysBetween(firstScan, deliveredAt, weekdayCalendar(zone));
    facts.push(one(shipment, day, 'transit_bd', Math.min(days, MAX_TRANSIT_DAYS)));
  }

  const firstAttempt = timeline.find((scan) => ATTEMPTS.has(scan.status)) ?? delivery;
  if (firstAttempt) {
    const attemptDay = localDateOf(firstAttempt.occurredAt, zone);
    facts.push(one(shipment, day, 'first_attempt', firstAttempt.status === 'delivered' ? 1 : 0));
    if (shipment.promisedDate)
      facts.push(one(shipment, day, 'on_time_promise', attemptDay <= shipment.promisedDate ? 1 : 0));
    if (firstEstimate)
      facts.push(one(shipment, day, 'on_time_estimate', attemptDay <= firstEstimate.latest ? 1 : 0));
  }

  for (const [status, hours] of hoursPerStatus(timeline, deliveredAt))
    facts.push(one(shipment, day, 'status_hours', STATUSES.indexOf(status), hours));

  if (firstEstimate) {
    const error = Math.abs(daysBetween(firstEstimate.mostLikely, day));
    facts.push(one(shipment, day, 'eta_abs_error', Math.min(error, MAX_ERROR_DAYS)));
    const inside = firstEstimate.earliest <= day && day <= firstEstimate.latest;
    facts.push(one(shipment, day, 'eta_in_window', inside ? 1 : 0));
    const p = firstEstimate.probabilityByPromise;
    if (p !== undefined && shipment.promisedDate) {
      const decile = Math.min(9, Math.max(0, Math.floor(p * 10)));
      facts.push(one(shipment, day, 'calibration', decile, p));
      if (day <= shipment.promisedDate) facts.push(one(shipment, day, 'calibration_hit', decile));
    }
  }
  return facts;
}

/** Hours between each scan and the next, summed per status, up to delivery. */
export function hoursPerStatus(timeline: readonly TrackingEvent[], deliveredAt: string): Map<Status, number> {
  const hours = new Map<Status, number>();
  const end = Date.parse(deliveredAt);
  for (let i = 0; i < timeline.length; i++) {
    const scan = timeline[i]!;
    if (scan.status === 'delivered') break;
    const start = Date.parse(scan.occurredAt);
    const next = Math.min(timeline[i + 1] ? Date.parse(timeline[i + 1]!.occurredAt) : end, end);
    if (next > start) hours.set(scan.status, (hours.get(scan.status) ?? 0) + (next - start) / 3_600_000);
  }
  return hours;
}

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
