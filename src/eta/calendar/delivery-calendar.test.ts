import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { epochDayOf, isoDateOf, parseIsoDate } from './civil-day.js';
import { deliveryCalendarFor } from './delivery-calendar.js';
import { EVERY_DAY, MONDAY_TO_FRIDAY, MONDAY_TO_SATURDAY, parseDeliveryDays } from './delivery-days.js';
import { publicHolidaysIn, regionCodeOf } from './public-holidays.js';

const day = (iso: string): number => parseIsoDate(iso)!;

describe('business days in Brazil', () => {
  const saoPaulo = deliveryCalendarFor(MONDAY_TO_FRIDAY, { country: 'BR', region: 'SP' });

  it('skip national holidays: Tiradentes (Friday 21 April 2017) and Good Friday', () => {
    expect(saoPaulo.isBusinessDay(day('2017-04-21'))).toBe(false);
    expect(saoPaulo.isBusinessDay(day('2017-04-14'))).toBe(false);
    // Thursday 20 April + 1 business day: Friday is Tiradentes, the weekend follows.
    expect(isoDateOf(saoPaulo.addBusinessDays(day('2017-04-20'), 1))).toBe('2017-04-24');
    expect(saoPaulo.businessDaysBetween(day('2017-04-20'), day('2017-04-24'))).toBe(1);
  });

  it("skip the state's own holiday only in that state (9 July in São Paulo)", () => {
    const rio = deliveryCalendarFor(MONDAY_TO_FRIDAY, { country: 'BR', region: 'RJ' });
    // 9 July 2018 was a Monday.
    expect(saoPaulo.isBusinessDay(day('2018-07-09'))).toBe(false);
    expect(rio.isBusinessDay(day('2018-07-09'))).toBe(true);
  });
});

describe('business days in Germany', () => {
  it('skip Christmas, and Epiphany in Bavaria but not in Berlin', () => {
    const bavaria = deliveryCalendarFor(MONDAY_TO_FRIDAY, { country: 'DE', region: 'BY' });
    const berlin = deliveryCalendarFor(MONDAY_TO_FRIDAY, { country: 'DE', region: 'BE' });
    // Monday 23 Dec 2024: Tuesday 24th is worked, 25th and 26th are public holidays.
    expect(isoDateOf(bavaria.addBusinessDays(day('2024-12-23'), 2))).toBe('2024-12-27');
    expect(bavaria.isBusinessDay(day('2025-01-06'))).toBe(false);
    expect(berlin.isBusinessDay(day('2025-01-06'))).toBe(true);
  });

  it('count Saturdays only for carriers that deliver on them', () => {
    const weekdays = deliveryCalendarFor(MONDAY_TO_FRIDAY, { country: 'DE' });
    const withSaturday = deliveryCalendarFor(MONDAY_TO_SATURDAY, { country: 'DE' });
    // Friday 7 June 2024 + 1.
    expect(isoDateOf(weekdays.addBusinessDays(day('2024-06-07'), 1))).toBe('2024-06-10');
    expect(isoDateOf(withSaturday.addBusinessDays(day('2024-06-07'), 1))).toBe('2024-06-08');
  });
});

describe('business-day arithmetic', () => {
  const calendar = deliveryCalendarFor(MONDAY_TO_FRIDAY, { country: 'BR', region: 'SP' });
  const start = epochDayOf(2015, 1, 1);

  it('counts back exactly what it stepped forward, across years and holidays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 120 }), (offset, k) => {
        const from = start + offset;
        const to = calendar.addBusinessDays(from, k);
        expect(calendar.businessDaysBetween(from, to)).toBe(k);
        if (k > 0) expect(calendar.isBusinessDay(to)).toBe(true);
      }),
    );
  });

  it('steps back from a business day to the k-th business day before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 60 }), (offset, k) => {
        const from = calendar.addBusinessDays(start + offset, 1);
        expect(calendar.businessDaysBetween(from, calendar.addBusinessDays(from, -k))).toBe(-k);
      }),
    );
  });

  it('is additive: (a, b] and (b, c] make (a, c]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 800 }),
        (a, b, c) => {
          const [x, y, z] = [start + a, start + a + b, start + a + b + c];
          expect(calendar.businessDaysBetween(x, y) + calendar.businessDaysBetween(y, z)).toBe(
            calendar.businessDaysBetween(x, z),
          );
        },
      ),
    );
  });

  it('treats every day as a business day for a carrier that always delivers and a place without holidays', () => {
    const always = deliveryCalendarFor(EVERY_DAY);
    expect(always.businessDaysBetween(day('2024-01-01'), day('2024-12-31'))).toBe(365);
  });
});

describe('holiday places', () => {
  it('find regions by code or by name, ignoring case and accents', () => {
    expect(regionCodeOf('IN', 'TAMIL NADU')).toBe('TN');
    expect(regionCodeOf('BR', 'São Paulo')).toBe('SP');
    expect(regionCodeOf('BR', 'sp')).toBe('SP');
    expect(regionCodeOf('BR', 'Atlantis')).toBeUndefined();
  });

  it('give no holidays for a country date-holidays does not know', () => {
    expect(publicHolidaysIn({ country: 'XX' }, 2024).size).toBe(0);
  });
});

describe('delivery days', () => {
  it('read ranges, lists and "all"', () => {
    expect(parseDeliveryDays('mon-fri')).toEqual([1, 2, 3, 4, 5]);
    expect(parseDeliveryDays('Tue-Sat')).toEqual([2, 3, 4, 5, 6]);
    expect(parseDeliveryDays('mon,wed,fri')).toEqual([1, 3, 5]);
    expect(parseDeliveryDays('sat-mon')).toEqual([1, 6, 7]);
    expect(parseDeliveryDays('all')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(parseDeliveryDays('weekdays')).toBeUndefined();
  });
});
