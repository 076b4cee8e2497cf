import { IANAZone } from 'luxon';
import type { Locale } from './i18n/messages.js';

// Dates and times in the customer's words and zone. Estimated windows are calendar dates at the
// destination (no zone involved); scan instants are shown in the zone the customer reads in.
// Intl formatters are slow to create (milliseconds each), so one per locale and zone is kept.

// English dates as in the issue's own example ("Tue 2 Dec"): day before month, no commas.
const FORMAT_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es', de: 'de', fr: 'fr', 'pt-BR': 'pt-BR' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${key}|${locale}|${options.timeZone ?? ''}`;
  let found = formatters.get(id);
  if (!found) {
    // Bounded by locales × zones customers actually use; a guard against unbounded growth anyway.
    if (formatters.size > 5_000) formatters.clear();
    found = new Intl.DateTimeFormat(FORMAT_LOCALE[locale], options);
    formatters.set(id, found);
  }
  return found;
}

const zoneValidity = new Map<string, boolean>();

/** Whether a browser-supplied zone is a real IANA zone; remembered, as the check builds a formatter. */
export function isZone(value: string | undefined): value is string {
  if (value === undefined || value.length > 64) return false;
  let valid = zoneValidity.get(value);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(value);
    if (zoneValidity.size > 5_000) zoneValidity.clear();
    zoneValidity.set(value, valid);
  }
  return valid;
}

/** "Tue 2 Dec" (en), "mar, 2 dic" (es): weekday, day and month of a YYYY-MM-DD date. */
export function formatDay(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return formatter('day', locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(at);
}

/** "Tue 2 Dec, 14:05" in the given zone; UTC when the zone is unusable. */
export function formatInstant(instant: string, zone: string, locale: Locale): string {
  const at = Date.parse(instant);
  if (Number.isNaN(at)) return instant;
  return formatter('instant', locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: isZone(zone) ? zone : 'UTC',
  }).format(at);
}

/** The zone's name as people read it: "Central European Standard Time", or the IANA id. */
export function zoneLabel(zone: string, locale: Locale, at: string): string {
  const when = Date.parse(at);
  const parts = formatter('zone', locale, {
    timeZoneName: 'long',
    timeZone: isZone(zone) ? zone : 'UTC',
  }).formatToParts(Number.isNaN(when) ? 0 : when);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}
