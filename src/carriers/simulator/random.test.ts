import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { between, createRandom, deriveSeed, integerBetween, pick, pickWeighted } from './random.js';

describe('createRandom', () => {
  it('replays the same stream for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let index = 0; index < 20; index += 1) expect(a()).toBe(b());
      }),
    );
  });

  it('stays within [0, 1)', () => {
    const rng = createRandom(7);
    for (let index = 0; index < 10_000; index += 1) {
      const value = rng();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('spreads evenly enough for simulated rates', () => {
    const rng = createRandom(99);
    const buckets = Array.from({ length: 10 }, () => 0);
    for (let index = 0; index < 100_000; index += 1) {
      const bucket = Math.floor(rng() * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('deriveSeed', () => {
  it('gives different streams to neighbouring sequence numbers and seeds', () => {
    const seeds = new Set<number>();
    for (let sequence = 0; sequence < 10_000; sequence += 1) seeds.add(deriveSeed(1, sequence));
    for (let seed = 0; seed < 10_000; seed += 1) seeds.add(deriveSeed(seed, 0));
    expect(seeds.size).toBeGreaterThan(19_990);
  });

  it('is a pure function of its inputs', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat()), (seed, parts) => {
        expect(deriveSeed(seed, ...parts)).toBe(deriveSeed(seed, ...parts));
      }),
    );
  });
});

describe('helpers', () => {
  it('keep their bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.nat(50), (seed, min, width) => {
        const rng = createRandom(seed);
        const float = between(rng, min, min + width + 1);
        expect(float).toBeGreaterThanOrEqual(min);
        expect(float).toBeLessThan(min + width + 1);
        const whole = integerBetween(rng, min, min + width);
        expect(Number.isInteger(whole)).toBe(true);
        expect(whole).toBeGreaterThanOrEqual(min);
        expect(whole).toBeLessThanOrEqual(min + width);
      }),
    );
  });

  it('pick by weight in proportion', () => {
    const rng = createRandom(3);
    let heavy = 0;
    for (let index = 0; index < 20_000; index += 1) {
      if (
        pickWeighted(rng, [
          ['heavy', 3],
          ['light', 1],
        ] as const) === 'heavy'
      )
        heavy += 1;
    }
    expect(heavy / 20_000).toBeCloseTo(0.75, 1);
  });

  it('refuse to pick from nothing', () => {
    expect(() => pick(createRandom(1), [])).toThrow(RangeError);
  });
});
