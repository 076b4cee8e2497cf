import type { EpochDay } from './calendar/civil-day.js';
import { deliveryCalendarFor, type DeliveryCalendar } from './calendar/delivery-calendar.js';
import { MONDAY_TO_FRIDAY } from './calendar/delivery-days.js';
import type { Lane } from './lane.js';

// A merchant's handling time: from the order to the hand-over to the carrier, in the working days
// of the place it ships from. It belongs to the merchant, not to the lane: one shop packs the same
// day, another takes a week, and both send parcels down the same roads. The model keeps it apart
// and, from purchase, adds it to the lane's transit from hand-over (a convolution), so a shop's
// habits and a lane's speed are each learned where the data for them is.

/** Hierarchy of handling time, most general first: all merchants → ship-from region → merchant. */
function keysOf(lane: Lane): readonly string[] {
  const origin = `${lane.origin?.country ?? ''}|${lane.origin?.region ?? ''}`.toUpperCase();
  const keys = ['*', origin];
  if (lane.merchant !== undefined && lane.merchant !== '') keys.push(`${origin}|${lane.merchant}`);
  return keys;
}

const byObject = new WeakMap<Lane, readonly string[]>();
const interned = new Map<string, readonly string[]>();
const MAX_INTERNED = 100_000;

/** Keys interned per lane, as laneKeysOf does, so histogram lookups stay cached. */
export function handlingKeysOf(lane: Lane): readonly string[] {
  const known = byObject.get(lane);
  if (known) return known;
  const fresh = keysOf(lane);
  const id = fresh.join('\u0001');
  let keys = interned.get(id);
  if (!keys) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    keys = fresh;
    interned.set(id, keys);
  }
  byObject.set(lane, keys);
  return keys;
}

const calendars = new Map<string, DeliveryCalendar>();

/** Merchants work Monday to Friday, less the public holidays where they ship from. */
export function originCalendarOf(lane: Lane): DeliveryCalendar {
  const country = lane.origin?.country;
  const region = lane.origin?.region;
  const key = `${country ?? ''}|${region ?? ''}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = deliveryCalendarFor(MONDAY_TO_FRIDAY, country ? { country, region } : undefined);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** Below this a day's probability adds nothing to a date (and skipping it keeps predictions fast). */
const NEGLIGIBLE = 1e-7;

/** First and last index above NEGLIGIBLE (an empty range when there is none). */
function supportOf(pmf: Float64Array): [number, number] {
  let first = 0;
  while (first < pmf.length && pmf[first]! < NEGLIGIBLE) first++;
  let last = pmf.length - 1;
  while (last > first && pmf[last]! < NEGLIGIBLE) last--;
  return [first, last];
}

/**
 * Time from purchase in the destination's business days: handling h (origin working days after
 * the order day) ends on a hand-over day, and transit t (destination business days after it)
 * follows; the delivery is `destination days to the hand-over day + t` after the order day.
 */
export function convolveHandling(
  handling: Float64Array,
  transit: Float64Array,
  ordered: EpochDay,
  origin: DeliveryCalendar,
  destination: DeliveryCalendar,
  out: Float64Array,
): Float64Array {
  out.fill(0);
  const last = out.length - 1;
  // Only the days that carry probability are visited: both distributions are narrow next to
  // their 128 days, and this runs on every prediction from purchase.
  const [tFirst, tLast] = supportOf(transit);
  const [hFirst, hLast] = supportOf(handling);
  for (let h = hFirst; h <= hLast; h++) {
    const ph = handling[h]!;
    if (ph < NEGLIGIBLE) continue;
    const offset = destination.businessDaysBetween(ordered, origin.addBusinessDays(ordered, h));
    for (let t = tFirst; t <= tLast; t++) {
      const at = offset + t;
      out[at < 0 ? 0 : at > last ? last : at]! += ph * transit[t]!;
    }
  }
  return out;
}
