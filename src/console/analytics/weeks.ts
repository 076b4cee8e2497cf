// Calendar arithmetic on YYYY-MM-DD dates (UTC arithmetic: plain dates have no zone).

const DAY_MS = 86_400_000;

function epochDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function mondayOf(date: string): string {
  return dateOf(epochDay(date) - weekdayOf(date));
}

export function addDays(date: string, days: number): string {
  return dateOf(epochDay(date) + days);
}

/**
 * A period split into the whole weeks (Monday–Sunday) inside it and the days at its edges, so a
 * report reads week rows for the middle and day rows only for the rest.
 */
export function splitPeriod(
  from: string,
  to: string,
): {
  weeks: { first: string; last: string } | null;
  days: { from: string; to: string }[];
} {
  const firstMonday = weekdayOf(from) === 0 ? from : addDays(mondayOf(from), 7);
  const lastMonday = addDays(mondayOf(to), weekdayOf(to) === 6 ? 0 : -7);
  if (lastMonday < firstMonday) return { weeks: null, days: [{ from, to }] };
  const days: { from: string; to: string }[] = [];
  if (from < firstMonday) days.push({ from, to: addDays(firstMonday, -1) });
  const lastSunday = addDays(lastMonday, 6);
  if (lastSunday < to) days.push({ from: addDays(lastSunday, 1), to });
  return { weeks: { first: firstMonday, last: lastMonday }, days };
}
