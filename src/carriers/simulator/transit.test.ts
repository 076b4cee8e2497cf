import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cityById, type City } from './cities.js';
import { pickCities } from './lanes.js';
import { createRandom } from './random.js';
import { greatCircleKm, laneOf, legHours, transportModeFor } from './transit.js';

const city = (id: string): City => {
  const found = cityById(id);
  if (!found) throw new Error(`no city ${id}`);
  return found;
};

describe('greatCircleKm', () => {
  it('matches known distances between real cities', () => {
    expect(greatCircleKm(city('NYC'), city('LAX'))).toBeCloseTo(3936, -1);
    expect(greatCircleKm(city('LON'), city('PAR'))).toBeCloseTo(344, -1);
    expect(greatCircleKm(city('SYD'), city('LON'))).toBeCloseTo(16_990, -2);
  });

  it('is symmetric and zero from a place to itself', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 6);
        expect(greatCircleKm(a, a)).toBe(0);
        expect(greatCircleKm(a, b)).toBeLessThanOrEqual(20_016);
      }),
    );
  });
});

describe('legHours', () => {
  it('never gets shorter as the distance grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.constantFrom('truck' as const, 'air' as const),
        (a, b, mode) => {
          const [near, far] = a <= b ? [a, b] : [b, a];
          expect(legHours(near, mode)).toBeLessThanOrEqual(legHours(far, mode));
        },
      ),
    );
  });

  it('flies Express and ocean crossings, trucks the rest', () => {
    expect(transportModeFor(300, 'Express', false)).toBe('truck');
    expect(transportModeFor(3900, 'Express', false)).toBe('air');
    expect(transportModeFor(3900, 'Ground', false)).toBe('truck');
    expect(transportModeFor(1000, 'Ground', true)).toBe('truck');
    expect(transportModeFor(17_000, 'Ground', true)).toBe('air');
    expect(laneOf(city('BER'), city('SYD'), 'Ground')).toMatchObject({ international: true, mode: 'air' });
  });
});

describe('pickCities', () => {
  it('never ships to the same city and keeps most parcels in their country', () => {
    const rng = createRandom(12);
    let domestic = 0;
    for (let index = 0; index < 10_000; index += 1) {
      const { origin, destination } = pickCities(rng);
      expect(destination).not.toBe(origin);
      if (origin.country === destination.country) domestic += 1;
    }
    expect(domestic / 10_000).toBeGreaterThan(0.7);
    expect(domestic / 10_000).toBeLessThan(0.8);
  });
});
