import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { civilDateOf, epochDayOf, isoDateOf, isoInstantOf, isoWeekdayOf, parseIsoDate } from './civil-day.js';

describe('epoch days', () => {
  it('agree with the JavaScript calendar for any date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(isoDateOf(day)).toBe(date.toISOString().slice(0, 10));
        expect(isoWeekdayOf(day)).toBe(((date.getUTCDay() + 6) % 7) + 1);
        const { year, month, day: dayOfMonth } = civilDateOf(day);
        expect(epochDayOf(year, month, dayOfMonth)).toBe(day);
      }),
    );
  });

  it('read back what they write', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (day) => {
        expect(parseIsoDate(isoDateOf(day))).toBe(day);
      }),
    );
  });

  it('reject dates that do not exist', () => {
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toBe(epochDayOf(2024, 2, 29));
    expect(parseIsoDate('2024-13-01')).toBeUndefined();
    expect(parseIsoDate('soon')).toBeUndefined();
  });

  it('format instants exactly as Date#toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (instant) => {
        expect(isoInstantOf(instant)).toBe(new Date(instant).toISOString());
      }),
    );
  });
});
