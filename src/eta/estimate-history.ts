import type { EstimatedDeliveryWindow } from '../domain/shipment.js';
import { isoWeekdayOf, parseIsoDate, civilDateOf } from './calendar/civil-day.js';

// The estimates a shipment has had, so pages can say "was Tuesday, now Thursday". Only changes
// are kept, and only so many: the first estimate and the most recent ones.

export interface EstimateHistoryEntry {
  readonly predictedAt: string;
  readonly mostLikely: string;
  readonly earliest: string;
  readonly latest: string;
}

export const MAX_ESTIMATE_HISTORY = 20;

/** The history with `window` added, unless its dates equal the latest entry's. */
export function appendEstimate(
  history: readonly EstimateHistoryEntry[],
  window: EstimatedDeliveryWindow,
  maxEntries = MAX_ESTIMATE_HISTORY,
): readonly EstimateHistoryEntry[] {
  const last = history[history.length - 1];
  if (
    last &&
    last.mostLikely === window.mostLikely &&
    last.earliest === window.earliest &&
    last.latest === window.latest
  ) {
    return history;
  }
  const entry = {
    predictedAt: window.predictedAt,
    mostLikely: window.mostLikely,
    earliest: window.earliest,
    latest: window.latest,
  };
  const next = [...history, entry];
  // Keep the very first estimate: "we first said Monday" stays true however long it takes.
  return next.length <= maxEntries ? next : [next[0]!, ...next.slice(next.length - maxEntries + 1)];
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Weekday names when both dates fall within a week of each other, dates otherwise. */
function words(isoDate: string, near: boolean): string {
  const day = parseIsoDate(isoDate);
  if (day === undefined) return isoDate;
  const weekday = WEEKDAYS[isoWeekdayOf(day) - 1]!;
  if (near) return weekday;
  const { day: dayOfMonth, month } = civilDateOf(day);
  return `${weekday.slice(0, 3)} ${dayOfMonth} ${MONTHS[month - 1]}`;
}

/** "was Tuesday, now Thursday" for the latest change of the most likely date, if there was one. */
export function describeEstimateChange(history: readonly EstimateHistoryEntry[]): string | undefined {
  const now = history[history.length - 1];
  if (!now) return undefined;
  for (let i = history.length - 2; i >= 0; i--) {
    const before = history[i]!;
    if (before.mostLikely === now.mostLikely) continue;
    const a = parseIsoDate(before.mostLikely);
    const b = parseIsoDate(now.mostLikely);
    const near = a !== undefined && b !== undefined && Math.abs(b - a) < 7;
    return `was ${words(before.mostLikely, near)}, now ${words(now.mostLikely, near)}`;
  }
  return undefined;
}
