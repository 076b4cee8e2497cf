// When the customer ordered, as merchants send it: an ISO 8601 instant with its offset (or Z).
// Without an offset the instant is ambiguous, so it is refused rather than read in some zone.

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The order time in UTC (toISOString's spelling), or undefined when the text is not an instant with an offset. */
export function orderedAtOf(text: string): string | undefined {
  if (!INSTANT.test(text)) return undefined;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return undefined;
  // Date.parse may roll 2026-02-30 over into March; a real date survives the round trip.
  return sameCalendarDay(text, ms) ? new Date(ms).toISOString() : undefined;
}

/** The text's own calendar date, read at its own offset, is the date of the instant there. */
function sameCalendarDay(text: string, ms: number): boolean {
  const offset = /(Z|[+-]\d{2}:?\d{2})$/i.exec(text)![1]!;
  const minutes =
    offset.toUpperCase() === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
  return new Date(ms + minutes * 60_000).toISOString().slice(0, 10) === text.slice(0, 10);
}

export const ORDERED_AT_PROBLEM =
  'must be a real ISO 8601 date and time with its offset, such as 2026-11-20T09:15:00+01:00';

const EARLIEST = Date.UTC(2000, 0, 1);
const MAX_AHEAD_MS = 24 * 3_600_000;

/**
 * What is wrong with an order time, or undefined when nothing is: it must be a real instant with
 * its offset, not before 2000 (a zero timestamp would give an estimate in 1970) and not more than a
 * day ahead of `now` (an order in 2099 would promise a parcel in 2099).
 */
export function orderedAtProblem(text: string, now: Date): string | undefined {
  const utc = orderedAtOf(text);
  if (utc === undefined) return ORDERED_AT_PROBLEM;
  const ms = Date.parse(utc);
  if (ms < EARLIEST) return 'is before the year 2000';
  if (ms > now.getTime() + MAX_AHEAD_MS) return 'is more than a day in the future';
  return undefined;
}
