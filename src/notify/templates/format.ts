import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';

export type MessageValues = Record<string, PrimitiveType | Date>;

const cache = new Map<string, IntlMessageFormat>();
const CACHE_LIMIT = 5_000;

/**
 * Formats one ICU message. Instants (`{at, date, long}`, `{at, time, short}`) are shown in the
 * recipient's zone; calendar dates (`{d, date, calendar}`, given as midnight UTC of the day) are
 * shown as the day they name, whatever the zone.
 */
export function formatMessage(
  message: string,
  locale: string,
  timeZone: string,
  values: MessageValues,
): string {
  const key = `${locale}\u0000${timeZone}\u0000${message}`;
  let format = cache.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale, {
      date: {
        short: { day: 'numeric', month: 'numeric', timeZone },
        long: { weekday: 'long', day: 'numeric', month: 'long', timeZone },
        calendar: { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' },
      },
      time: { short: { hour: 'numeric', minute: '2-digit', timeZone } },
    });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, format);
  }
  const result = format.format(values);
  return (Array.isArray(result) ? result.join('') : String(result)).replace(/\s+/g, ' ').trim();
}

/** A calendar date (YYYY-MM-DD) as the Date the `calendar` format expects. */
export function calendarDay(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00.000Z`);
}
