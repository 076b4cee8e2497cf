import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, splitPeriod, weekdayOf } from './weeks.js';

const date = fc.integer({ min: 0, max: 3_000 }).map((n) => addDays('2024-01-01', n));

describe('a period split into whole weeks and edge days', () => {
  it('covers every day of the period exactly once, weeks running Monday to Sunday', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), (from, length) => {
        const to = addDays(from, length);
        const { weeks, days } = splitPeriod(from, to);
        const covered: string[] = [];
        if (weeks) {
          expect(weekdayOf(weeks.first)).toBe(0);
          expect(weekdayOf(weeks.last)).toBe(0);
          for (let monday = weeks.first; monday <= weeks.last; monday = addDays(monday, 7))
            for (let i = 0; i < 7; i++) covered.push(addDays(monday, i));
        }
        for (const span of days) for (let d = span.from; d <= span.to; d = addDays(d, 1)) covered.push(d);
        const expected: string[] = [];
        for (let d = from; d <= to; d = addDays(d, 1)) expected.push(d);
        expect(covered.sort()).toEqual(expected);
      }),
    );
  });

  it('knows Mondays', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(weekdayOf('2026-12-07')).toBe(0);
  });
});
