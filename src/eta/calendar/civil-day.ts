// Calendar dates as whole days since 1970-01-01 ("epoch days"). The predictor does all its date
// arithmetic on these integers: it is exact, zone-free once a date is known, and far cheaper than
// building date objects on the prediction path (the budget is 20 µs per prediction).

export type EpochDay = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Howard Hinnant's days_from_civil: proleptic Gregorian, valid for any year we will meet. */
export function epochDayOf(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function civilDateOf(epochDay: EpochDay): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses the leading `YYYY-MM-DD` of an ISO date or date-time; undefined when there is none. */
export function parseIsoDate(text: string): EpochDay | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const epochDay = epochDayOf(year, month, day);
  const back = civilDateOf(epochDay);
  return back.month === month && back.day === day ? epochDay : undefined;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDateOf(epochDay: EpochDay): string {
  const { year, month, day } = civilDateOf(epochDay);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** An instant (ms since the epoch) as `YYYY-MM-DDTHH:mm:ss.sssZ`, cheaper than Date#toISOString. */
export function isoInstantOf(instant: number): string {
  const day = Math.floor(instant / 86_400_000);
  let rest = instant - day * 86_400_000;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const ms = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : String(millis);
  return `${isoDateOf(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${ms}Z`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOf(epochDay: EpochDay): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}
