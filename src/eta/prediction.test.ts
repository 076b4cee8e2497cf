import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { normalise, splitNormalPmf } from './pmf.js';
import { chooseWindow } from './prediction.js';

describe('the window around the most likely date', () => {
  it('holds about 80% of a broad distribution, leaving about 10% out on each side', () => {
    const pmf = splitNormalPmf(128, 0, 4, 10, 20);
    const window = chooseWindow(pmf, 0.8, 0.5);
    expect(window.mass).toBeGreaterThan(0.77);
    expect(window.mass).toBeLessThan(0.83);
    expect(window.low).toBeLessThanOrEqual(window.point);
    expect(window.high).toBeGreaterThanOrEqual(window.point);
  });

  it('is a single day with full confidence when only one day is possible', () => {
    const pmf = new Float64Array(10);
    pmf[3] = 1;
    expect(chooseWindow(pmf, 0.8, 0.5)).toEqual({ point: 3, low: 3, high: 3, mass: 1 });
  });

  it('starts where the mass starts, not at day zero', () => {
    const pmf = new Float64Array(20);
    pmf[12] = 0.5;
    pmf[13] = 0.3;
    pmf[14] = 0.2;
    const window = chooseWindow(pmf, 0.8, 0.5);
    expect(window.low).toBe(12);
    expect(window.mass).toBeCloseTo(0.8, 10);
  });

  it('always contains the most likely date and states the mass it covers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (weights) => {
          fc.pre(weights.some((w) => w > 1e-6));
          const pmf = normalise(Float64Array.from(weights));
          const window = chooseWindow(pmf, 0.8, 0.5);
          expect(window.low).toBeLessThanOrEqual(window.point);
          expect(window.point).toBeLessThanOrEqual(window.high);
          let mass = 0;
          for (let i = window.low; i <= window.high; i++) mass += pmf[i]!;
          expect(window.mass).toBeCloseTo(mass, 9);
        },
      ),
    );
  });
});
