// The weekdays a carrier delivers on, as ISO weekdays (1 = Monday … 7 = Sunday).

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type DeliveryDays = readonly Weekday[];

export const MONDAY_TO_FRIDAY: DeliveryDays = [1, 2, 3, 4, 5];
export const MONDAY_TO_SATURDAY: DeliveryDays = [1, 2, 3, 4, 5, 6];
export const TUESDAY_TO_SATURDAY: DeliveryDays = [2, 3, 4, 5, 6];
export const EVERY_DAY: DeliveryDays = [1, 2, 3, 4, 5, 6, 7];

const NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function weekdayNamed(name: string): Weekday | undefined {
  const index = NAMES.indexOf(name.trim().toLowerCase().slice(0, 3) as (typeof NAMES)[number]);
  return index < 0 ? undefined : ((index + 1) as Weekday);
}

/**
 * Reads `mon-fri`, `mon-sat`, `tue-sat`, `all`, or a list such as `mon,wed,fri`.
 * Returns undefined for anything else, so callers can name the bad value.
 */
export function parseDeliveryDays(text: string): DeliveryDays | undefined {
  const spec = text.trim().toLowerCase();
  if (spec === 'all' || spec === 'every-day') return EVERY_DAY;
  const days = new Set<Weekday>();
  for (const part of spec.split(',')) {
    const [fromName, toName] = part.split('-');
    const from = fromName === undefined ? undefined : weekdayNamed(fromName);
    const to = toName === undefined ? from : weekdayNamed(toName);
    if (from === undefined || to === undefined) return undefined;
    for (let day = from; ; day = ((day % 7) + 1) as Weekday) {
      days.add(day);
      if (day === to) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

export function formatDeliveryDays(days: DeliveryDays): string {
  return days.map((day) => NAMES[day - 1]).join(',');
}
