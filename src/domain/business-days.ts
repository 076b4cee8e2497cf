import { DateTime, IANAZone } from 'luxon';
import { WaybillError } from './errors.js';
import { instantOf } from './instant.js';

/**
 * Which local dates count as working days, and in which zone "local" is meant. Weekends come
 * first (`weekdayCalendar`); public holidays and carrier delivery days plug in behind the same
 * interface later.
 */
export interface BusinessCalendar {
  /** IANA zone in which instants become local dates. */
  readonly zone: string;
  /** `localDate` is a calendar date, YYYY-MM-DD, in `zone`. */
  isBusinessDay(localDate: string): boolean;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Monday to Friday in the given IANA zone. */
export function weekdayCalendar(zone: string): BusinessCalendar {
  ianaZone(zone);
  return {
    zone,
    isBusinessDay(localDate: string): boolean {
      const weekday = new Date(epochDayOf(localDate) * DAY_MS).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
  };
}

/** The calendar date an instant falls on in `zone`. */
export function localDateOf(instant: string, zone: string): string {
  const local = DateTime.fromMillis(instantOf(instant, 'instant'), { zone: ianaZone(zone) });
  return local.toFormat('yyyy-MM-dd');
}

/**
 * Business days after the local date of `from`, up to and including the local date of `to`:
 * a scan on Friday evening followed by silence is one business day silent on Monday morning.
 * Zero when `to` is not later than `from`.
 */
export function businessDaysBetween(from: string, to: string, calendar: BusinessCalendar): number {
  const first = epochDayOf(localDateOf(from, calendar.zone)) + 1;
  const last = epochDayOf(localDateOf(to, calendar.zone));
  let count = 0;
  for (let day = first; day <= last; day += 1) {
    if (calendar.isBusinessDay(new Date(day * DAY_MS).toISOString().slice(0, 10))) count += 1;
  }
  return count;
}

// Local dates are counted as whole days since 1970-01-01; UTC arithmetic on plain dates has no DST.
function epochDayOf(localDate: string): number {
  const [year, month, day] = localDate.split('-').map(Number);
  const ms = LOCAL_DATE.test(localDate) ? Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN) : NaN;
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== localDate) {
    throw new WaybillError('validation_failed', 'Not a calendar date', {
      problems: [{ field: 'localDate', message: `expected YYYY-MM-DD, got ${JSON.stringify(localDate)}` }],
    });
  }
  return Math.round(ms / DAY_MS);
}

// Zones already checked: luxon's check builds an Intl.DateTimeFormat on every call.
const checkedZones = new Map<string, IANAZone>();

// Luxon reads "local", "system" and "default" as the machine's zone; only a real IANA name will do.
function ianaZone(zone: string): IANAZone {
  const checked = checkedZones.get(zone);
  if (checked) return checked;
  if (!IANAZone.isValidZone(zone)) {
    throw new WaybillError('validation_failed', 'Not an IANA time zone', {
      problems: [
        {
          field: 'zone',
          message: `expected an IANA zone such as Europe/Berlin, got ${JSON.stringify(zone)}`,
        },
      ],
    });
  }
  const created = IANAZone.create(zone);
  if (checkedZones.size < 1_000) checkedZones.set(zone, created);
  return created;
}
