import Holidays from 'date-holidays';

import { parseIsoDate, type EpochDay } from './civil-day.js';

// Public holidays at a destination, from date-holidays. Building a Holidays object takes tens of
// milliseconds, so each country/region is built once and each year's dates are kept as a set.

export interface HolidayPlace {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** A state or province, by code (`SP`) or name (`Tamil Nadu`); ignored when unknown. */
  readonly region?: string | undefined;
}

const calendars = new Map<string, Holidays>();
const regionCodes = new Map<string, string | undefined>();
const holidaysByYear = new Map<string, ReadonlySet<EpochDay>>();

function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/gi, '')
    .toUpperCase();
}

/** The date-holidays state code for a region given by code or by name, if the country has it. */
export function regionCodeOf(country: string, region: string | undefined): string | undefined {
  if (!region) return undefined;
  const key = `${country}|${region}`;
  if (regionCodes.has(key)) return regionCodes.get(key);
  const states = new Holidays().getStates(country) ?? {};
  const wanted = normalise(region);
  let code: string | undefined;
  for (const [stateCode, name] of Object.entries(states)) {
    if (normalise(stateCode) === wanted || normalise(name) === wanted) code = stateCode;
  }
  regionCodes.set(key, code);
  return code;
}

function calendarOf(country: string, region: string | undefined): Holidays {
  const key = `${country}|${region ?? ''}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    // An unknown country yields a calendar without holidays, which is the right fallback here.
    calendar = region ? new Holidays(country, region) : new Holidays(country);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** Whole-day public holidays in `year` at the place (half-day ones, such as 24 Dec from 14:00, are not). */
export function publicHolidaysIn(place: HolidayPlace, year: number): ReadonlySet<EpochDay> {
  const country = place.country.toUpperCase();
  const region = regionCodeOf(country, place.region);
  const key = `${country}|${region ?? ''}|${year}`;
  let days = holidaysByYear.get(key);
  if (!days) {
    const found = new Set<EpochDay>();
    for (const holiday of calendarOf(country, region).getHolidays(year)) {
      if (holiday.type !== 'public' || !holiday.date.includes(' 00:00:00')) continue;
      const day = parseIsoDate(holiday.date);
      if (day !== undefined) found.add(day);
    }
    days = found;
    holidaysByYear.set(key, days);
  }
  return days;
}
