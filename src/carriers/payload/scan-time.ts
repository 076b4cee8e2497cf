import { DateTime } from 'luxon';

/**
 * When a scan happened, as the contract wants it: an ISO 8601 time with the carrier's own offset,
 * or a local wall-clock time together with the IANA zone of the place. `ms` is the instant, for
 * ordering scans inside one payload. Anything that is not a real calendar time is `undefined`,
 * so the parser reports it as a problem instead of handing the pipeline a scan it would reject.
 */
export interface ScanTime {
  readonly occurredAt: string;
  readonly zone?: string | undefined;
  readonly ms: number;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|([+-])(\d{2}):(\d{2}))?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

interface Parts {
  readonly wallMs: number; // the wall-clock time read as if it were UTC
  readonly offsetMinutes: number | undefined; // undefined: no offset written
}

/**
 * Reads the ISO 8601 forms carriers send, checking the calendar (Date.parse would take 30 February),
 * without luxon on the hot path: a poll answer holds hundreds of scans.
 */
function partsOf(text: string): Parts | undefined {
  if (text.length > 40) return undefined;
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysIn(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const wallMs =
    year >= 100
      ? Date.UTC(year, month - 1, day, hour, minute, second, millis)
      : earlyYear(year, month, day, hour, minute, second, millis);
  if (m[8] === undefined) return { wallMs, offsetMinutes: undefined };
  if (m[8] === 'Z' || m[8] === 'z') return { wallMs, offsetMinutes: 0 };
  const offsetHours = Number(m[10]);
  const offsetMins = Number(m[11]);
  if (offsetHours > 18 || offsetMins > 59) return undefined;
  return { wallMs, offsetMinutes: (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins) };
}

// Date.UTC maps years 0–99 to 1900–1999; carriers never mean those years, but the instant must be exact.
function earlyYear(...[year, month, day, hour, minute, second, millis]: number[]): number {
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day);
  date.setUTCHours(hour!, minute, second, millis);
  return date.getTime();
}

function daysIn(year: number, month: number): number {
  return month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;
}

/** A time that carries its offset (or Z). */
export function timeWithOffset(text: string | undefined): ScanTime | undefined {
  const parts = text === undefined ? undefined : partsOf(text);
  if (!parts || parts.offsetMinutes === undefined) return undefined;
  return { occurredAt: text!, ms: parts.wallMs - parts.offsetMinutes * 60_000 };
}

/** A wall-clock time at a place whose zone we know. */
export function localTimeIn(text: string | undefined, zone: string | undefined): ScanTime | undefined {
  if (text === undefined || zone === undefined) return undefined;
  const parts = partsOf(text);
  if (!parts || parts.offsetMinutes !== undefined) return undefined;
  const offset = zoneOffsetAt(zone, text, parts.wallMs);
  return offset === undefined ? undefined : { occurredAt: text, zone, ms: parts.wallMs - offset * 60_000 };
}

// Zones change offset on the hour (or half hour), so one luxon lookup per zone and wall-clock
// half-hour serves every scan in it; the cache is bounded so a hostile payload cannot grow it.
const offsets = new Map<string, number | undefined>();

function zoneOffsetAt(zone: string, text: string, wallMs: number): number | undefined {
  const slot = Math.floor(wallMs / 1_800_000);
  const key = `${zone}|${slot}`;
  if (offsets.has(key)) return offsets.get(key);
  const parsed = DateTime.fromISO(text, { zone });
  const offset = parsed.isValid ? parsed.offset : undefined;
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** `-300` minutes → `-05:00`; undefined outside the ±18 h that real offsets stay within. */
export function offsetOfMinutes(minutes: number): string | undefined {
  if (!Number.isInteger(minutes) || Math.abs(minutes) > 18 * 60) return undefined;
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar date (YYYY-MM-DD) at the start of a carrier's date or date-time, if it is a real date. */
export function isoDateOf(text: string | undefined): string | undefined {
  if (text === undefined || text.length > 40) return undefined;
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? m[0] : undefined;
}

/** Scans oldest first; the carrier's own order breaks ties, so the result is deterministic. */
export function byTime<T extends { readonly ms: number; readonly index: number }>(a: T, b: T): number {
  return a.ms - b.ms || a.index - b.index;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
