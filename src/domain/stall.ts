import { businessDaysBetween } from './business-days.js';
import type { BusinessCalendar } from './business-days.js';
import type { DerivedState } from './derive.js';
import { instantOf } from './instant.js';
import type { Status } from './status.js';

/** Business days without a scan after which a shipment in that status counts as stalled. */
export type StallPolicy = Partial<Record<Status, number>>;

/**
 * How long each status may stay silent. Out for delivery should end the same day; a parcel at a
 * pickup point legitimately waits about a week. Pending counts from registration.
 */
export const DEFAULT_STALL_POLICY: Readonly<StallPolicy> = {
  pending: 5,
  info_received: 5,
  in_transit: 3,
  out_for_delivery: 1,
  available_for_pickup: 7,
  attempt_failed: 2,
  exception: 3,
  return_to_sender: 5,
};

/** Facts that depend on the current time as well as the timeline. */
export interface DerivedFacts {
  /** Milliseconds since the newest scan, never negative; null before the first scan. */
  readonly msSinceLastScan: number | null;
  readonly businessDaysSilent: number;
  readonly stalled: boolean;
}

/**
 * Silence is measured from the newest scan, or from `registeredAt` while pending (a carrier
 * "not found" answer is not a scan). Business days are counted in the calendar's zone.
 */
export function deriveFacts(
  state: DerivedState,
  now: string,
  policy: StallPolicy,
  calendar: BusinessCalendar,
  registeredAt: string,
): DerivedFacts {
  const since = state.status === 'pending' || state.lastEventAt === null ? registeredAt : state.lastEventAt;
  const businessDaysSilent = businessDaysBetween(since, now, calendar);
  const limit = stallLimitFor(state, policy);
  return {
    msSinceLastScan:
      state.lastEventAt === null
        ? null
        : Math.max(0, instantOf(now, 'now') - instantOf(state.lastEventAt, 'lastEventAt')),
    businessDaysSilent,
    stalled: limit !== null && businessDaysSilent >= limit,
  };
}

/** The silence allowed in this state, or null where waiting is the expected end of the story. */
export function stallLimitFor(
  state: Pick<DerivedState, 'status' | 'substatus'>,
  policy: StallPolicy,
): number | null {
  if (isSettled(state)) return null;
  return policy[state.status] ?? DEFAULT_STALL_POLICY[state.status] ?? null;
}

function isSettled({ status, substatus }: Pick<DerivedState, 'status' | 'substatus'>): boolean {
  return (
    status === 'delivered' ||
    status === 'expired' ||
    status === 'cancelled' ||
    substatus === 'return_to_sender.delivered'
  );
}
