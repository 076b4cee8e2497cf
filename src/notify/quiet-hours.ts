import { DateTime } from 'luxon';

export interface QuietHours {
  /** "HH:MM", local time. */
  readonly start: string;
  readonly end: string;
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * When quiet hours end, if `now` falls inside them in `zone`; otherwise null. The window may
 * cross midnight (21:00–08:00). Computed on the local wall clock with luxon, so a daylight-saving
 * change inside the window moves its end in UTC, not on the clock: 08:00 stays 08:00. An end
 * that falls in a spring-forward gap is pushed to the first valid instant after it.
 */
export function quietUntil(now: Date, zone: string, hours: QuietHours): Date | null {
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  if (start === end) return null;
  const local = DateTime.fromJSDate(now, { zone });
  if (!local.isValid) return null;
  const minute = local.hour * 60 + local.minute;
  const crossesMidnight = start > end;
  const inside = crossesMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inside) return null;
  // The end is today if we are before it on the clock, else tomorrow (the evening part).
  const endDay = minute < end ? local.startOf('day') : local.startOf('day').plus({ days: 1 });
  const endAt = DateTime.fromObject(
    { year: endDay.year, month: endDay.month, day: endDay.day, hour: Math.floor(end / 60), minute: end % 60 },
    { zone },
  );
  return endAt.toJSDate();
}

/** YYYY-MM-DD of an instant in a zone: the "day" of "once a day". */
export function localDay(at: Date, zone: string): string {
  const local = DateTime.fromJSDate(at, { zone });
  return (
    (local.isValid ? local : DateTime.fromJSDate(at, { zone: 'UTC' })).toISODate() ??
    at.toISOString().slice(0, 10)
  );
}
