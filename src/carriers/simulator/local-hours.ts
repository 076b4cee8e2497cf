import type { Random } from './random.js';
import {
  HOUR_MS,
  MINUTE_MS,
  dayOfWall,
  instantOfWall,
  isoDateOf,
  isoWeekdayOf,
  wallOf,
} from './zone-time.js';

/**
 * When people at a place do a kind of work, in that place's local time. Sorting hubs run around the
 * clock and need no window; drivers, customs officers and call centres keep hours.
 */
export interface LocalHours {
  /** First local hour a scan may carry, inclusive. */
  readonly fromHour: number;
  /** Local hour scans stop, exclusive: 18 means the last scan is before 18:00. */
  readonly toHour: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  readonly weekdays: readonly number[];
}

const MONDAY_TO_FRIDAY = Object.freeze([1, 2, 3, 4, 5]);
const MONDAY_TO_SATURDAY = Object.freeze([1, 2, 3, 4, 5, 6]);

export const PICKUP_HOURS: LocalHours = Object.freeze({
  fromHour: 9,
  toHour: 18,
  weekdays: MONDAY_TO_FRIDAY,
});
export const OUT_FOR_DELIVERY_HOURS: LocalHours = Object.freeze({
  fromHour: 7,
  toHour: 10,
  weekdays: MONDAY_TO_SATURDAY,
});
/** Also used for returns reaching the sender: the same drivers bring them. */
export const DELIVERY_HOURS: LocalHours = Object.freeze({
  fromHour: 9,
  toHour: 20,
  weekdays: MONDAY_TO_SATURDAY,
});
/** Customer service and customs officers: address confirmations, hold releases, loss declarations. */
export const OFFICE_HOURS: LocalHours = Object.freeze({
  fromHour: 9,
  toHour: 17,
  weekdays: MONDAY_TO_FRIDAY,
});

export function isWithinLocalHours(instantMs: number, zone: string, hours: LocalHours): boolean {
  const wall = wallOf(instantMs, zone);
  const hour = new Date(wall).getUTCHours();
  return (
    hours.weekdays.includes(isoWeekdayOf(dayOfWall(wall))) && hour >= hours.fromHour && hour < hours.toHour
  );
}

/**
 * The first moment at or after `earliestMs` that falls within `hours` in `zone`. When the parcel
 * has to wait for the next window, the scan lands at a random whole minute inside it, as real
 * scans spread across a shift.
 */
export function atLocalHours(earliestMs: number, zone: string, hours: LocalHours, rng: Random): number {
  const wall = wallOf(earliestMs, zone);
  let day = dayOfWall(wall);
  const hour = new Date(wall).getUTCHours();
  const workday = hours.weekdays.includes(isoWeekdayOf(day));
  if (workday && hour >= hours.fromHour && hour < hours.toHour) return earliestMs;

  // Step whole local calendar days, so a DST change before the window cannot shift its hours.
  if (!workday || hour >= hours.toHour) day += 1;
  while (!hours.weekdays.includes(isoWeekdayOf(day))) day += 1;
  const { opens, closes } = windowOn(day, zone, hours);
  return opens + Math.floor(rng() * ((closes - opens) / MINUTE_MS)) * MINUTE_MS;
}

/**
 * A random whole minute later on the same local day and within `hours`, between `gapMinutes.min`
 * and `gapMinutes.max` after `afterMs`: a stop on the route of a driver who left at `afterMs`.
 */
export function laterSameLocalDay(
  afterMs: number,
  zone: string,
  hours: LocalHours,
  gapMinutes: { readonly min: number; readonly max: number },
  rng: Random,
): number {
  const { opens, closes } = windowOn(dayOfWall(wallOf(afterMs, zone)), zone, hours);
  const earliest = Math.max(afterMs + gapMinutes.min * MINUTE_MS, opens);
  const latest = Math.min(afterMs + gapMinutes.max * MINUTE_MS, closes);
  const span = Math.floor((latest - earliest) / MINUTE_MS);
  if (span < 1) throw new RangeError(`No room later on the local day of ${new Date(afterMs).toISOString()}`);
  return earliest + Math.floor(rng() * span) * MINUTE_MS;
}

/** Midnight that starts the next local calendar day in `zone`. */
export function nextLocalDayStart(instantMs: number, zone: string): number {
  return instantOfWall((dayOfWall(wallOf(instantMs, zone)) + 1) * 24 * HOUR_MS, zone);
}

/**
 * The local calendar date (YYYY-MM-DD) in `zone`, `workdays` working days after the instant's own
 * date; with 0 it is that date, moved forward to a working day if need be.
 */
export function localDateAfterWorkdays(
  instantMs: number,
  zone: string,
  workdays: number,
  weekdays: readonly number[],
): string {
  let day = dayOfWall(wallOf(instantMs, zone));
  while (!weekdays.includes(isoWeekdayOf(day))) day += 1;
  for (let remaining = workdays; remaining > 0; remaining -= 1) {
    day += 1;
    while (!weekdays.includes(isoWeekdayOf(day))) day += 1;
  }
  return isoDateOf(day);
}

function windowOn(day: number, zone: string, hours: LocalHours): { opens: number; closes: number } {
  const midnight = day * 24 * HOUR_MS;
  return {
    opens: instantOfWall(midnight + hours.fromHour * HOUR_MS, zone),
    closes: instantOfWall(midnight + hours.toHour * HOUR_MS, zone),
  };
}
