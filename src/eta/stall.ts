import type { DeliveryCalendar } from './calendar/delivery-calendar.js';
import { localDayOf } from './calendar/local-day.js';
import type { Milestone } from './milestone.js';

// A shipment stalls when it goes without a scan for longer than its stage allows. Counted in the
// destination's business days, so a quiet weekend or public holiday is not a stall.

/** Business days without a scan that still count as normal, by the latest milestone. */
export const QUIET_BUSINESS_DAYS: Record<Milestone, number> = {
  purchase: 3,
  shipped: 3,
  in_transit: 3,
  destination_facility: 2,
  // A parcel out for delivery is delivered (or attempted) the same day.
  out_for_delivery: 1,
};

export interface StallCheck {
  readonly milestone: Milestone;
  /** Instant of the latest scan (ms since the epoch). */
  readonly lastScanAt: number;
  readonly now: number;
  /** IANA zone of the destination. */
  readonly zone: string;
  readonly calendar: DeliveryCalendar;
  /** Overrides QUIET_BUSINESS_DAYS for this check. */
  readonly quietBusinessDays?: number;
}

export function isStalled(check: StallCheck): boolean {
  const allowed = check.quietBusinessDays ?? QUIET_BUSINESS_DAYS[check.milestone];
  const quiet = check.calendar.businessDaysBetween(
    localDayOf(check.lastScanAt, check.zone),
    localDayOf(check.now, check.zone),
  );
  return quiet > allowed;
}
