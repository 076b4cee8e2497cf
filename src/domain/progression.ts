import type { Status } from './status.js';

/**
 * Where a status sits on the journey, used only to order scans that carry the same instant
 * (carriers that report to the minute often stamp "out for delivery" and "delivered" alike).
 * Later on the journey sorts later, so the scan that happened last in reality is folded last.
 * An exception sorts after the scans it usually interrupts; expiry and cancellation are verdicts
 * about everything before them, so they come last.
 */
export const PROGRESSION_RANK: Readonly<Record<Status, number>> = {
  pending: 0,
  info_received: 1,
  in_transit: 2,
  out_for_delivery: 3,
  attempt_failed: 4,
  available_for_pickup: 5,
  exception: 6,
  delivered: 7,
  return_to_sender: 8,
  expired: 9,
  cancelled: 10,
};

const NOT_PHYSICAL: ReadonlySet<Status> = new Set<Status>([
  'pending',
  'info_received',
  'cancelled',
  'expired',
]);

/** True when the status means a person or machine at the carrier handled the parcel itself. */
export function isPhysicalScan(status: Status): boolean {
  return !NOT_PHYSICAL.has(status);
}

/** Statuses that say the carrier has not handled the parcel yet; they cannot undo a physical scan. */
export function isBeforeFirstScan(status: Status): boolean {
  return status === 'pending' || status === 'info_received';
}
