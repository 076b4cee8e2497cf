/**
 * AT707 time codes (X12 element 623): how to read the AT705/AT706 wall-clock time. A named US
 * zone (`CT`) follows that zone's daylight-saving rules, so it becomes an IANA zone; the
 * standard/daylight variants (`CS`, `CD`) are fixed offsets; `LT` is the local time of the
 * scan's place (its zone comes from the place, see zoneOfPlace); `01`–`24` are whole-hour
 * offsets from UTC.
 */
export type TimeReading =
  | { readonly kind: 'local' }
  | { readonly kind: 'zone'; readonly zone: string }
  | { readonly kind: 'offset'; readonly offset: string };

const zone = (name: string): TimeReading => ({ kind: 'zone', zone: name });
const offset = (value: string): TimeReading => ({ kind: 'offset', offset: value });

export const TIME_CODES: Readonly<Record<string, TimeReading>> = {
  // Local time at the place of the scan.
  LT: { kind: 'local' },
  // Universal time, and its older name Greenwich Mean Time.
  UT: offset('+00:00'),
  GM: offset('+00:00'),
  // Eastern time: as observed, standard, daylight.
  ET: zone('America/New_York'),
  ES: offset('-05:00'),
  ED: offset('-04:00'),
  // Central time.
  CT: zone('America/Chicago'),
  CS: offset('-06:00'),
  CD: offset('-05:00'),
  // Mountain time.
  MT: zone('America/Denver'),
  MS: offset('-07:00'),
  MD: offset('-06:00'),
  // Pacific time.
  PT: zone('America/Los_Angeles'),
  PS: offset('-08:00'),
  PD: offset('-07:00'),
  // Alaska time.
  AT: zone('America/Anchorage'),
  AS: offset('-09:00'),
  AD: offset('-08:00'),
  // Hawaii-Aleutian time (Hawaii keeps standard time all year).
  HT: zone('Pacific/Honolulu'),
  HS: offset('-10:00'),
  HD: offset('-09:00'),
  // Atlantic time.
  TT: zone('America/Halifax'),
  TS: offset('-04:00'),
  TD: offset('-03:00'),
  // Newfoundland time.
  NT: zone('America/St_Johns'),
  NS: offset('-03:30'),
  ND: offset('-02:30'),
  ...numberedOffsets(),
};

/** `01`–`12` are UTC+1…+12, `13`–`24` are UTC−12…−1. */
function numberedOffsets(): Record<string, TimeReading> {
  const codes: Record<string, TimeReading> = {};
  for (let n = 1; n <= 24; n += 1) {
    const hours = n <= 12 ? n : n - 25;
    const sign = hours < 0 ? '-' : '+';
    codes[String(n).padStart(2, '0')] = offset(`${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`);
  }
  return codes;
}

/** A missing AT707 is read as local time: partners that omit it send the place's wall clock. */
export function timeReadingOf(code: string | undefined): TimeReading | undefined {
  if (code === undefined || code === '') return TIME_CODES['LT'];
  return Object.hasOwn(TIME_CODES, code) ? TIME_CODES[code] : undefined;
}
