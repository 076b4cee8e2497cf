import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.js';

function manualClock(start = 0) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('token bucket', () => {
  it('allows a burst, then the sustained rate', () => {
    const time = manualClock();
    const bucket = new TokenBucket({ ratePerSecond: 2, burst: 3, clock: time.clock });
    expect([1, 2, 3, 4].map(() => bucket.tryTake())).toEqual([true, true, true, false]);
    expect(bucket.msUntilAvailable()).toBe(500);
    time.advance(500);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
  });

  it('a Retry-After empties it until then', () => {
    const time = manualClock();
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 10, clock: time.clock });
    bucket.pauseFor(5_000);
    expect(bucket.tryTake()).toBe(false);
    expect(bucket.msUntilAvailable()).toBe(5_000);
    expect(bucket.pausedUntil()).toEqual(new Date(5_000));
    time.advance(4_999);
    expect(bucket.tryTake()).toBe(false);
    time.advance(101);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.pausedUntil()).toBeNull();
  });

  it('property: over any schedule of takes, granted ≤ burst + rate × elapsed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 200 }),
        (rate, burst, gaps) => {
          const time = manualClock();
          const bucket = new TokenBucket({ ratePerSecond: rate, burst, clock: time.clock });
          let granted = 0;
          let elapsed = 0;
          for (const gap of gaps) {
            time.advance(gap);
            elapsed += gap;
            if (bucket.tryTake()) granted += 1;
            expect(bucket.tokens()).toBeLessThanOrEqual(burst);
            expect(bucket.tokens()).toBeGreaterThanOrEqual(0);
          }
          expect(granted).toBeLessThanOrEqual(burst + (rate * elapsed) / 1000 + 1e-9);
        },
      ),
    );
  });

  it('property: when it says a token is available after a wait, there is one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 5 }),
        fc.nat(30),
        (rate, burst, takes) => {
          const time = manualClock();
          const bucket = new TokenBucket({ ratePerSecond: rate, burst, clock: time.clock });
          for (let i = 0; i < takes; i += 1) bucket.tryTake();
          time.advance(bucket.msUntilAvailable());
          expect(bucket.tryTake()).toBe(true);
        },
      ),
    );
  });
});
