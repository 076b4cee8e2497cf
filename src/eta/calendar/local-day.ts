import { DateTime } from 'luxon';

import type { EpochDay } from './civil-day.js';

// Which calendar date an instant falls on at a place. Asking luxon for every conversion costs
// microseconds; offsets only change a few times a year, so we remember the offset per zone and
// UTC day and only ask luxon again when the offset at the start and end of that day differ.

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const MAX_CACHED_DAYS_PER_ZONE = 20_000;

type DayOffsets = Map<number, number>;
const offsetsByZone = new Map<string, DayOffsets>();

/** Sentinel for "the offset changes during this UTC day". */
const CHANGES = Number.NaN;

function offsetMinutes(instant: number, zone: string): number {
  const local = DateTime.fromMillis(instant, { zone });
  if (!local.isValid) throw new RangeError(`Unknown time zone: ${zone}`);
  return local.offset;
}

export function localDayOf(instant: number, zone: string): EpochDay {
  let offsets = offsetsByZone.get(zone);
  if (!offsets) {
    offsets = new Map();
    offsetsByZone.set(zone, offsets);
  }
  const utcDay = Math.floor(instant / MS_PER_DAY);
  let offset = offsets.get(utcDay);
  if (offset === undefined) {
    const atStart = offsetMinutes(utcDay * MS_PER_DAY, zone);
    const atEnd = offsetMinutes((utcDay + 1) * MS_PER_DAY - 1, zone);
    offset = atStart === atEnd ? atStart : CHANGES;
    if (offsets.size >= MAX_CACHED_DAYS_PER_ZONE) offsets.clear();
    offsets.set(utcDay, offset);
  }
  if (Number.isNaN(offset)) offset = offsetMinutes(instant, zone);
  return Math.floor((instant + offset * MS_PER_MINUTE) / MS_PER_DAY);
}

/** Parses an ISO date-time; one without an offset is read as local time in `zone`. */
export function parseInstant(text: string, zone: string): number | undefined {
  const parsed = DateTime.fromISO(text.trim(), { zone, setZone: false });
  return parsed.isValid ? parsed.toMillis() : undefined;
}
