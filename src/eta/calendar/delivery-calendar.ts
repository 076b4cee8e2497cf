import { epochDayOf, isoWeekdayOf, type EpochDay } from './civil-day.js';
import type { DeliveryDays } from './delivery-days.js';
import { publicHolidaysIn, regionCodeOf, type HolidayPlace } from './public-holidays.js';

// Business-day arithmetic for one carrier's delivery days at one destination. A business day is a
// delivery day that is not a public holiday there. Each year is turned once into a table of flags
// and running counts, so counting and stepping business days stays cheap on the prediction path.

interface YearTable {
  readonly firstDay: EpochDay;
  /** 1 where the day is a business day. */
  readonly open: Uint8Array;
  /** prefix[i] = business days among the year's days 0..i. */
  readonly prefix: Uint16Array;
}

export interface DeliveryCalendar {
  readonly deliveryDays: DeliveryDays;
  readonly place: HolidayPlace | undefined;
  isBusinessDay(day: EpochDay): boolean;
  /** Business days d with from < d ≤ to; negative (counted the same way backwards) when to < from. */
  businessDaysBetween(from: EpochDay, to: EpochDay): number;
  /** The k-th business day after `from` (k = 0 gives `from` itself; negative k steps back). */
  addBusinessDays(from: EpochDay, k: number): EpochDay;
}

function yearOf(day: EpochDay): number {
  let year = 1970 + Math.floor(day / 365.2425);
  while (epochDayOf(year, 1, 1) > day) year--;
  while (epochDayOf(year + 1, 1, 1) <= day) year++;
  return year;
}

class TableCalendar implements DeliveryCalendar {
  private readonly years = new Map<number, YearTable>();
  private readonly openWeekday: boolean[] = [];
  private last: YearTable | undefined;

  constructor(
    readonly deliveryDays: DeliveryDays,
    readonly place: HolidayPlace | undefined,
  ) {
    for (let weekday = 1; weekday <= 7; weekday++) {
      this.openWeekday[weekday] = deliveryDays.includes(weekday as DeliveryDays[number]);
    }
  }

  private table(year: number): YearTable {
    let table = this.years.get(year);
    if (!table) {
      const firstDay = epochDayOf(year, 1, 1);
      const length = epochDayOf(year + 1, 1, 1) - firstDay;
      const holidays = this.place ? publicHolidaysIn(this.place, year) : new Set<EpochDay>();
      const open = new Uint8Array(length);
      const prefix = new Uint16Array(length);
      let running = 0;
      for (let i = 0; i < length; i++) {
        const day = firstDay + i;
        open[i] = this.openWeekday[isoWeekdayOf(day)] && !holidays.has(day) ? 1 : 0;
        running += open[i] ?? 0;
        prefix[i] = running;
      }
      table = { firstDay, open, prefix };
      this.years.set(year, table);
    }
    return table;
  }

  /** Consecutive lookups mostly fall in one year, so the last table used is tried first. */
  private tableOf(day: EpochDay): YearTable {
    const last = this.last;
    if (last && day >= last.firstDay && day - last.firstDay < last.open.length) return last;
    this.last = this.table(yearOf(day));
    return this.last;
  }

  isBusinessDay(day: EpochDay): boolean {
    const table = this.tableOf(day);
    return table.open[day - table.firstDay] === 1;
  }

  /** Business days from the start of `day`'s year up to and including `day`, plus the year. */
  private countThrough(day: EpochDay): { year: number; count: number } {
    const year = yearOf(day);
    const table = this.table(year);
    return { year, count: table.prefix[day - table.firstDay] ?? 0 };
  }

  businessDaysBetween(from: EpochDay, to: EpochDay): number {
    if (to < from) return -this.businessDaysBetween(to, from);
    const start = this.countThrough(from);
    const end = this.countThrough(to);
    let count = end.count - start.count;
    for (let year = start.year; year < end.year; year++) {
      const table = this.table(year);
      count += table.prefix[table.prefix.length - 1] ?? 0;
    }
    return count;
  }

  addBusinessDays(from: EpochDay, k: number): EpochDay {
    if (this.deliveryDays.length === 0) return from + k;
    const step = k < 0 ? -1 : 1;
    let day = from;
    for (let left = Math.abs(k); left > 0;) {
      day += step;
      if (this.isBusinessDay(day)) left--;
    }
    return day;
  }
}

const calendars = new Map<string, DeliveryCalendar>();

/** One shared calendar per delivery-day set and destination (country and, when known, region). */
export function deliveryCalendarFor(deliveryDays: DeliveryDays, place?: HolidayPlace): DeliveryCalendar {
  const region = place ? regionCodeOf(place.country.toUpperCase(), place.region) : undefined;
  const key = `${deliveryDays.join('')}|${place?.country.toUpperCase() ?? ''}|${region ?? ''}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = new TableCalendar(deliveryDays, place && { country: place.country, region });
    calendars.set(key, calendar);
  }
  return calendar;
}
