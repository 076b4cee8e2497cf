import { instantOf, utcIsoOf } from './instant.js';
import { JOURNEY_START, advance, substatusAfter } from './journey.js';
import type { Journey } from './journey.js';
import type { Location } from './location.js';
import { isPhysicalScan } from './progression.js';
import { exceptionReasonOf, statusOf } from './status.js';
import type { ExceptionReason, Status, Substatus } from './status.js';
import { effectiveTimeline } from './timeline.js';
import type { TrackingEvent } from './tracking-event.js';

/** Everything about a shipment that follows from its timeline alone. */
export interface DerivedState {
  readonly status: Status;
  readonly substatus: Substatus;
  readonly exceptionReason: ExceptionReason | null;
  /** Where the newest scan that counted was made; a stray scan after delivery does not move it. */
  readonly lastLocation: Location | null;
  /** UTC instant of the newest effective scan, stray or not. */
  readonly lastEventAt: string | null;
  /** UTC instant of the delivery scan, while the shipment is delivered. */
  readonly deliveredAt: string | null;
  /** UTC instant of the first scan of the parcel itself (not label data, expiry or cancellation). */
  readonly firstScanAt: string | null;
  /** Failed attempts, plus one for the delivery when delivered. */
  readonly deliveryAttempts: number;
  /** The carrier's estimate carried by the newest scan that has one. */
  readonly carrierEstimate: string | null;
  /** Scans that count: duplicates merged, voided scans left out. */
  readonly eventCount: number;
}

interface Fold {
  journey: Journey;
  deliveredAt: number | null;
  failedAttempts: number;
  lastLocation: Location | null;
}

/**
 * A shipment's state as a pure function of its timeline. Scans arrive late, twice and out of
 * order, so the timeline is first reduced to its effective scans in canonical order
 * (see timeline.ts); the result is the same for any arrival order.
 */
export function deriveState(events: readonly TrackingEvent[]): DerivedState {
  const timeline = effectiveTimeline(events);
  const fold: Fold = { journey: JOURNEY_START, deliveredAt: null, failedAttempts: 0, lastLocation: null };
  for (const event of timeline) applyScan(fold, event);

  const substatus = fold.journey.substatus;
  const status = statusOf(substatus);
  const newest = timeline.at(-1);
  const firstScan = timeline.find((event) => isPhysicalScan(statusOf(event.substatus)));
  const estimate = timeline.findLast((event) => event.carrierEstimate !== undefined);
  return {
    status,
    substatus,
    exceptionReason: status === 'exception' ? (exceptionReasonOf(substatus) ?? null) : null,
    lastLocation: fold.lastLocation,
    lastEventAt: newest ? utcIsoOf(instantOf(newest.occurredAt)) : null,
    deliveredAt: fold.deliveredAt === null ? null : utcIsoOf(fold.deliveredAt),
    firstScanAt: firstScan ? utcIsoOf(instantOf(firstScan.occurredAt)) : null,
    deliveryAttempts: fold.failedAttempts + (status === 'delivered' ? 1 : 0),
    carrierEstimate: estimate?.carrierEstimate ?? null,
    eventCount: timeline.length,
  };
}

function applyScan(fold: Fold, event: TrackingEvent): void {
  const substatus = substatusAfter(fold.journey, event);
  if (substatus === null) return;
  const wasDelivered = statusOf(fold.journey.substatus) === 'delivered';
  const status = statusOf(substatus);
  fold.journey = advance(fold.journey, event, substatus);
  if (status !== 'delivered') fold.deliveredAt = null;
  // A second delivered scan refines how it was delivered, not when.
  else if (!wasDelivered) fold.deliveredAt = instantOf(event.occurredAt);
  if (status === 'attempt_failed') fold.failedAttempts += 1;
  if (isKnownPlace(event.location)) fold.lastLocation = event.location;
}

function isKnownPlace(location: Location | null): location is Location {
  if (location === null) return false;
  return [location.city, location.region, location.postalCode, location.country].some(
    (part) => part !== undefined && part.trim().length > 0,
  );
}
