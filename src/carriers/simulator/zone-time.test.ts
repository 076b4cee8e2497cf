import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { CITIES } from './cities.js';
import {
  DAY_MS,
  dayOfWall,
  instantOfWall,
  isoDateOf,
  isoWeekdayOf,
  offsetMinutes,
  wallOf,
} from './zone-time.js';

const zones = [...new Set(CITIES.map((city) => city.zone))];
const zone = fc.constantFrom(...zones);
// 2015–2035, so both hemispheres' DST changes (and Brazil's, which ended in 2019) are covered.
const instant = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) });

describe('zone time', () => {
  it('agrees with luxon on the offset at any instant in every city zone', () => {
    fc.assert(
      fc.property(zone, instant, (name, at) => {
        expect(offsetMinutes(name, at)).toBe(DateTime.fromMillis(at, { zone: name }).offset);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with luxon on the offset minute by minute across DST changes', () => {
    const changes = [
      ['America/New_York', '2025-03-09T06:00:00Z'],
      ['America/New_York', '2025-11-02T05:00:00Z'],
      ['Europe/Berlin', '2025-03-30T00:00:00Z'],
      ['Europe/London', '2025-10-26T00:00:00Z'],
      ['Australia/Sydney', '2025-04-05T15:00:00Z'],
      ['Australia/Sydney', '2025-10-04T15:00:00Z'],
    ] as const;
    for (const [name, around] of changes) {
      const centre = Date.parse(around);
      for (let at = centre - 3 * 3_600_000; at <= centre + 3 * 3_600_000; at += 60_000) {
        expect(offsetMinutes(name, at)).toBe(DateTime.fromMillis(at, { zone: name }).offset);
      }
    }
  });

  it('reads the local date, weekday and hour like luxon', () => {
    fc.assert(
      fc.property(zone, instant, (name, at) => {
        const local = DateTime.fromMillis(at, { zone: name });
        const wall = wallOf(at, name);
        const day = dayOfWall(wall);
        expect(isoDateOf(day)).toBe(local.toISODate());
        expect(isoWeekdayOf(day)).toBe(local.weekday);
        expect(new Date(wall).getUTCHours()).toBe(local.hour);
        expect(new Date(wall).getUTCMinutes()).toBe(local.minute);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns a local wall time back into the instant luxon gives', () => {
    // Hours 04–22 only: DST changes in these zones fall between 23:00 and 04:00, and for a wall
    // time that happens twice luxon's choice depends on the machine's current date.
    fc.assert(
      fc.property(
        zone,
        instant,
        fc.integer({ min: 4, max: 22 }),
        fc.integer({ min: 0, max: 59 }),
        (name, at, h, m) => {
          const day = dayOfWall(wallOf(at, name));
          const wall = day * DAY_MS + h * 3_600_000 + m * 60_000;
          const [year, month, date] = isoDateOf(day).split('-').map(Number);
          const expected = DateTime.fromObject(
            { year, month, day: date, hour: h, minute: m },
            { zone: name },
          );
          expect(instantOfWall(wall, name)).toBe(expected.toMillis());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('moves a skipped wall time forward and takes the earlier of a repeated one', () => {
    // 02:30 does not exist in New York on 2025-03-09; it becomes 03:30 EDT.
    const skipped = Date.UTC(2025, 2, 9, 2, 30);
    expect(new Date(instantOfWall(skipped, 'America/New_York')).toISOString()).toBe(
      '2025-03-09T07:30:00.000Z',
    );
    // 01:30 happens twice in New York on 2025-11-02; the first time, still EDT, is the one.
    const repeated = Date.UTC(2025, 10, 2, 1, 30);
    expect(new Date(instantOfWall(repeated, 'America/New_York')).toISOString()).toBe(
      '2025-11-02T05:30:00.000Z',
    );
    // 02:30 happens twice in Berlin on 2025-10-26; the first time is still CEST.
    const repeatedEast = Date.UTC(2025, 9, 26, 2, 30);
    expect(new Date(instantOfWall(repeatedEast, 'Europe/Berlin')).toISOString()).toBe(
      '2025-10-26T00:30:00.000Z',
    );
    // Midnight did not exist in São Paulo on 2018-11-04; it becomes 01:00.
    const midnight = Date.UTC(2018, 10, 4);
    expect(new Date(instantOfWall(midnight, 'America/Sao_Paulo')).toISOString()).toBe(
      '2018-11-04T03:00:00.000Z',
    );
  });

  it('refuses a zone luxon does not know', () => {
    expect(() => offsetMinutes('Mars/Olympus_Mons', 0)).toThrow(RangeError);
  });
});
