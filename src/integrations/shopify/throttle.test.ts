import { describe, expect, it } from 'vitest';
import { CostPacer, queryCostOf } from './throttle.js';

const answer = (requested: number, available: number, maximum = 1000, rate = 50) => ({
  data: {},
  extensions: {
    cost: {
      requestedQueryCost: requested,
      actualQueryCost: requested,
      throttleStatus: { maximumAvailable: maximum, currentlyAvailable: available, restoreRate: rate },
    },
  },
});

describe('CostPacer', () => {
  it('sends at once while nothing is known or the cost fits', () => {
    let now = 0;
    const pacer = new CostPacer(() => now);
    expect(pacer.waitMs('orders')).toBe(0);
    pacer.observe('orders', queryCostOf(answer(152, 800))!);
    expect(pacer.waitMs('orders')).toBe(0);
    now = 10;
    expect(pacer.waitMs('other')).toBe(0);
  });

  it('waits until the bucket has leaked back enough for the query, and less as time passes', () => {
    let now = 0;
    const pacer = new CostPacer(() => now);
    pacer.observe('orders', queryCostOf(answer(152, 52))!);
    expect(pacer.waitMs('orders')).toBe(2000);
    now = 1500;
    expect(pacer.waitMs('orders')).toBe(500);
    now = 2000;
    expect(pacer.waitMs('orders')).toBe(0);
  });

  it('never waits for more than the bucket can hold, and never past its size', () => {
    let now = 0;
    const pacer = new CostPacer(() => now);
    pacer.observe('huge', queryCostOf(answer(5000, 0, 1000, 100))!);
    expect(pacer.waitMs('huge')).toBe(10_000);
    now = 60_000;
    expect(pacer.available()).toBe(1000);
  });

  it('reads a throttled answer, whose actual cost is null, and ignores a body without costs', () => {
    const throttled = {
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }],
      extensions: {
        cost: {
          requestedQueryCost: 152,
          actualQueryCost: null,
          throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 12, restoreRate: 100 },
        },
      },
    };
    expect(queryCostOf(throttled)).toEqual({
      requestedQueryCost: 152,
      throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 12, restoreRate: 100 },
    });
    expect(queryCostOf({ data: {} })).toBeUndefined();
    expect(queryCostOf('Throttled')).toBeUndefined();
  });
});
