import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { CITIES } from './cities.js';
import {
  DELIVERY_HOURS,
  OFFICE_HOURS,
  OUT_FOR_DELIVERY_HOURS,
  PICKUP_HOURS,
  atLocalHours,
  isWithinLocalHours,
  laterSameLocalDay,
  localDateAfterWorkdays,
  nextLocalDayStart,
} from './local-hours.js';
import { createRandom } from './random.js';

const zone = fc.constantFrom(...new Set(CITIES.map((city) => city.zone)));
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) });
const hours = fc.constantFrom(PICKUP_HOURS, OUT_FOR_DELIVERY_HOURS, DELIVERY_HOURS, OFFICE_HOURS);

describe('atLocalHours', () => {
  it('lands on a working day and hour in the place, never before the earliest moment', () => {
    fc.assert(
      fc.property(zone, instant, hours, fc.integer(), (name, earliest, window, seed) => {
        const at = atLocalHours(earliest, name, window, createRandom(seed));
        const local = DateTime.fromMillis(at, { zone: name });
        expect(at).toBeGreaterThanOrEqual(earliest);
        expect(window.weekdays).toContain(local.weekday);
        expect(local.hour).toBeGreaterThanOrEqual(window.fromHour);
        expect(local.hour).toBeLessThan(window.toHour);
        expect(isWithinLocalHours(at, name, window)).toBe(true);
        // It waits no longer than needed: at most the rest of today plus two days (a weekend).
        expect(at - earliest).toBeLessThan(4 * 86_400_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a moment that is already inside the window', () => {
    const tuesdayNoonInTokyo = Date.parse('2025-06-10T03:00:00Z');
    expect(atLocalHours(tuesdayNoonInTokyo, 'Asia/Tokyo', PICKUP_HOURS, createRandom(1))).toBe(
      tuesdayNoonInTokyo,
    );
  });

  it('moves a Saturday pickup in Sydney to Monday, local time', () => {
    const saturday = Date.parse('2025-06-14T02:00:00Z'); // 12:00 Saturday in Sydney
    const local = DateTime.fromMillis(
      atLocalHours(saturday, 'Australia/Sydney', PICKUP_HOURS, createRandom(1)),
      {
        zone: 'Australia/Sydney',
      },
    );
    expect(local.toISODate()).toBe('2025-06-16');
  });
});

describe('laterSameLocalDay', () => {
  it('stays on the same local day, inside the hours and the route gap', () => {
    fc.assert(
      fc.property(zone, instant, fc.integer(), (name, day, seed) => {
        const loaded = atLocalHours(day, name, OUT_FOR_DELIVERY_HOURS, createRandom(seed));
        const stop = laterSameLocalDay(
          loaded,
          name,
          DELIVERY_HOURS,
          { min: 20, max: 600 },
          createRandom(seed),
        );
        const before = DateTime.fromMillis(loaded, { zone: name });
        const after = DateTime.fromMillis(stop, { zone: name });
        expect(after.toISODate()).toBe(before.toISODate());
        expect(stop - loaded).toBeGreaterThanOrEqual(20 * 60_000);
        expect(stop - loaded).toBeLessThanOrEqual(600 * 60_000);
        expect(after.hour).toBeGreaterThanOrEqual(9);
        expect(after.hour).toBeLessThan(20);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('calendar helpers', () => {
  it('find the next local midnight, across a DST change too', () => {
    const beforeChange = Date.parse('2025-03-29T12:00:00Z');
    const midnight = DateTime.fromMillis(nextLocalDayStart(beforeChange, 'Europe/Berlin'), {
      zone: 'Europe/Berlin',
    });
    expect(midnight.toISO()).toBe('2025-03-30T00:00:00.000+01:00');
    const next = DateTime.fromMillis(nextLocalDayStart(midnight.toMillis(), 'Europe/Berlin'), {
      zone: 'Europe/Berlin',
    });
    expect(next.toISO()).toBe('2025-03-31T00:00:00.000+02:00');
  });

  it('count working days forward, skipping days off', () => {
    const fridayEvening = Date.parse('2025-06-13T20:00:00Z'); // Saturday 06:00 in Sydney
    expect(localDateAfterWorkdays(fridayEvening, 'Australia/Sydney', 0, DELIVERY_HOURS.weekdays)).toBe(
      '2025-06-14',
    );
    expect(localDateAfterWorkdays(fridayEvening, 'Australia/Sydney', 1, DELIVERY_HOURS.weekdays)).toBe(
      '2025-06-16',
    );
    expect(localDateAfterWorkdays(fridayEvening, 'America/Los_Angeles', 2, OFFICE_HOURS.weekdays)).toBe(
      '2025-06-17',
    );
  });
});
