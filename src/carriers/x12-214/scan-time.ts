import type { Location } from '../../domain/location.js';
import { zoneOfPlace } from '../place-zone.js';
import { timeReadingOf } from './time-codes.js';

/** What a scan needs about its time: an ISO instant with an offset, or a local time with its zone. */
export type ScanTime = { readonly occurredAt: string; readonly zone?: string } | { readonly error: string };

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const TIME = /^(\d{2})(\d{2})(\d{2})?(\d{1,2})?$/;

/** AT705 (CCYYMMDD), AT706 (HHMM, HHMMSS, HHMMSSD[D]) and AT707 (time code) into a scan time. */
export function scanTimeOf(
  date: string,
  time: string,
  timeCode: string,
  place: Location | undefined,
): ScanTime {
  const local = localDateTime(date, time);
  if ('error' in local) return local;
  const reading = timeReadingOf(timeCode);
  if (!reading) return { error: `AT707 time code "${timeCode}" is not one X12 defines` };
  if (reading.kind === 'offset') return { occurredAt: `${local.iso}${reading.offset}` };
  const zone = reading.kind === 'zone' ? reading.zone : place ? zoneOf(place) : undefined;
  if (!zone) {
    return {
      error: `the time is local (${timeCode || 'no AT707'}) but the scan has no place with a country to take its time zone from`,
    };
  }
  return { occurredAt: local.iso, zone };
}

// A file repeats the same few places thousands of times; their zones are worth remembering.
const zones = new Map<string, string | undefined>();

function zoneOf(place: Location): string | undefined {
  const key = `${place.country ?? ''}|${place.region ?? ''}|${place.postalCode ?? ''}`;
  if (zones.has(key)) return zones.get(key);
  const zone = zoneOfPlace(place);
  if (zones.size > 10_000) zones.clear();
  zones.set(key, zone);
  return zone;
}

/** AT705 alone, for estimates: an ISO date. */
export function isoDateOf(date: string): string | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  // A calendar check without a date library: the day must survive a round trip through Date.UTC.
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid =
    check.getUTCFullYear() === Number(year) &&
    check.getUTCMonth() === Number(month) - 1 &&
    check.getUTCDate() === Number(day);
  return valid ? `${year}-${month}-${day}` : undefined;
}

function localDateTime(date: string, time: string): { iso: string } | { error: string } {
  const day = isoDateOf(date);
  if (!day) return { error: `AT705 date "${clip(date)}" is not a calendar date (CCYYMMDD)` };
  const match = TIME.exec(time);
  if (!match) return { error: `AT706 time "${clip(time)}" is not a time (HHMM or HHMMSS)` };
  const [, hh = '', mm = '', ss = '00'] = match;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) {
    return { error: `AT706 time "${clip(time)}" is not a time of day` };
  }
  return { iso: `${day}T${hh}:${mm}:${ss}` };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
