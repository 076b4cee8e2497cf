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
  /** The carrier corrected at least one scan; the voided scans stay in the history for audit. */
  readonly corrected: boolean;
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
  return finish(fold, timeline, {
    lastEventAt: null,
    firstScanAt: null,
    carrierEstimate: null,
    eventCount: 0,
    corrected: false,
  });
}

/**
 * The state after `later` scans, from the state of everything before them, without the earlier
 * timeline: what the ingest pipeline uses for the common case of scans arriving in order.
 * Returns null when the shortcut would not give exactly `deriveState` of the whole timeline:
 * a later scan is not strictly after the last one, corrects another scan, or the previous state
 * does not say whether the parcel is on its way back (exception, expired, cancelled), or the
 * earlier timeline holds corrections (one might void a scan that only arrives now).
 * `later` must not repeat a dedupe key of the earlier timeline (the store guarantees that).
 */
export function continueState(previous: DerivedState, later: readonly TrackingEvent[]): DerivedState | null {
  if (previous.corrected || AMBIGUOUS_RETURN.has(previous.status)) return null;
  const lastInstant = previous.lastEventAt === null ? -Infinity : instantOf(previous.lastEventAt);
  for (const event of later) {
    if (event.corrects !== undefined || instantOf(event.occurredAt) <= lastInstant) return null;
  }
  const fold: Fold = {
    journey: {
      substatus: previous.substatus,
      returning: previous.status === 'return_to_sender',
      scanned: previous.firstScanAt !== null,
    },
    deliveredAt: previous.deliveredAt === null ? null : instantOf(previous.deliveredAt),
    failedAttempts: previous.deliveryAttempts - (previous.status === 'delivered' ? 1 : 0),
    lastLocation: previous.lastLocation,
  };
  return finish(fold, effectiveTimeline(later), previous);
}

// With these statuses the fold may or may not be on the return leg; only the full timeline knows.
const AMBIGUOUS_RETURN: ReadonlySet<Status> = new Set<Status>(['exception', 'expired', 'cancelled']);

function finish(
  fold: Fold,
  timeline: readonly TrackingEvent[],
  before: Pick<DerivedState, 'lastEventAt' | 'firstScanAt' | 'carrierEstimate' | 'eventCount' | 'corrected'>,
): DerivedState {
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
    lastEventAt: newest ? utcIsoOf(instantOf(newest.occurredAt)) : before.lastEventAt,
    deliveredAt: fold.deliveredAt === null ? null : utcIsoOf(fold.deliveredAt),
    firstScanAt: before.firstScanAt ?? (firstScan ? utcIsoOf(instantOf(firstScan.occurredAt)) : null),
    deliveryAttempts: fold.failedAttempts + (status === 'delivered' ? 1 : 0),
    carrierEstimate: estimate?.carrierEstimate ?? before.carrierEstimate,
    eventCount: before.eventCount + timeline.length,
    corrected: before.corrected || timeline.some((event) => event.corrects !== undefined),
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
