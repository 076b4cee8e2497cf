import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { businessDaysBetween, localDateOf, weekdayCalendar } from './business-days.js';

const DST_ZONES = ['America/New_York', 'Europe/Berlin'] as const;

/** Fridays whose following weekend changes the clocks in `zone`, 2020–2030. */
function fridaysBeforeClockChanges(zone: string): DateTime[] {
  const fridays: DateTime[] = [];
  for (
    let friday = DateTime.fromISO('2020-01-03T12:00', { zone });
    friday.year <= 2030;
    friday = friday.plus({ weeks: 1 })
  ) {
    if (friday.offset !== friday.plus({ days: 3 }).offset) fridays.push(friday.startOf('day'));
  }
  return fridays;
}

/** Weekdays among the k days after a Friday, counted without any date library. */
function weekdaysAfterFriday(k: number): number {
  let count = 0;
  for (let j = 1; j <= k; j += 1) if (j % 7 !== 1 && j % 7 !== 2) count += 1;
  return count;
}

const CLOCK_CHANGE_FRIDAYS = new Map<string, DateTime[]>(
  DST_ZONES.map((zone) => [zone, fridaysBeforeClockChanges(zone)]),
);

describe('weekdayCalendar', () => {
  const calendar = weekdayCalendar('Europe/Berlin');

  it('counts Monday to Friday as business days', () => {
    expect(
      ['2024-03-29', '2024-03-30', '2024-03-31', '2024-04-01'].map((d) => calendar.isBusinessDay(d)),
    ).toEqual([true, false, false, true]);
  });

  it('refuses a zone that is not an IANA name, including the machine zone aliases', () => {
    for (const zone of ['local', 'system', 'default', 'Mars/Olympus', '']) {
      expect(() => weekdayCalendar(zone)).toThrow(/IANA/);
    }
  });

  it('refuses a local date that is not a calendar date', () => {
    expect(() => calendar.isBusinessDay('2024-02-30')).toThrow(/calendar date/);
  });
});

describe('businessDaysBetween', () => {
  it('counts from the day after the scan up to and including today', () => {
    const calendar = weekdayCalendar('UTC');
    expect(businessDaysBetween('2024-05-06T09:00:00Z', '2024-05-06T23:00:00Z', calendar)).toBe(0);
    expect(businessDaysBetween('2024-05-06T23:00:00Z', '2024-05-07T00:10:00Z', calendar)).toBe(1);
    expect(businessDaysBetween('2024-05-06T09:00:00Z', '2024-05-09T09:00:00Z', calendar)).toBe(3);
    expect(businessDaysBetween('2024-05-09T09:00:00Z', '2024-05-06T09:00:00Z', calendar)).toBe(0);
  });

  it('uses the calendar zone, not UTC, to decide what day it is', () => {
    // Friday 18:00 in New York; Monday 02:00 UTC is still Sunday evening there.
    const ny = weekdayCalendar('America/New_York');
    expect(businessDaysBetween('2024-03-08T23:00:00Z', '2024-03-11T02:00:00Z', ny)).toBe(0);
    expect(businessDaysBetween('2024-03-08T23:00:00Z', '2024-03-11T02:00:00Z', weekdayCalendar('UTC'))).toBe(
      1,
    );
  });

  it('finds clock-change weekends to test with', () => {
    const dates = (zone: string) =>
      (CLOCK_CHANGE_FRIDAYS.get(zone) ?? []).map((friday) => friday.toISODate());
    expect(dates('Europe/Berlin')).toEqual(expect.arrayContaining(['2024-03-29', '2024-10-25']));
    expect(dates('America/New_York')).toEqual(expect.arrayContaining(['2024-03-08', '2024-11-01']));
  });

  it('skips weekends, including weekends when the clocks change', () => {
    const fridayArb = fc.constantFrom(...DST_ZONES).chain((zone) =>
      fc.tuple(
        fc.constant(zone),
        fc.oneof(
          fc.constantFrom(...(CLOCK_CHANGE_FRIDAYS.get(zone) ?? [])),
          fc
            .integer({ min: 0, max: 570 })
            .map((week) => DateTime.fromISO('2020-01-03', { zone }).plus({ weeks: week }).startOf('day')),
        ),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 0, max: 1439 }),
      ),
    );
    fc.assert(
      fc.property(fridayArb, ([zone, friday, scanMinute, daysLater, nowMinute]) => {
        const scanned = friday.plus({ minutes: scanMinute });
        const now = friday.plus({ days: daysLater }).startOf('day').plus({ minutes: nowMinute });
        // Luxon moves a wall time that a clock change skips to the next real instant, on the same day.
        fc.pre(now.day === friday.plus({ days: daysLater }).day);
        expect(
          businessDaysBetween(
            scanned.toUTC().toISO() ?? '',
            now.toUTC().toISO() ?? '',
            weekdayCalendar(zone),
          ),
        ).toBe(weekdaysAfterFriday(daysLater));
      }),
    );
  });

  it('does not depend on the time zone of the machine', () => {
    const saved = process.env.TZ;
    const count = () =>
      businessDaysBetween('2024-10-25T21:30:00Z', '2024-10-28T06:00:00Z', weekdayCalendar('Europe/Berlin'));
    const date = () => localDateOf('2024-10-26T22:30:00Z', 'Europe/Berlin');
    try {
      const results = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'].map((tz) => {
        process.env.TZ = tz;
        return [count(), date()];
      });
      expect(results).toEqual([
        [1, '2024-10-27'],
        [1, '2024-10-27'],
        [1, '2024-10-27'],
      ]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
