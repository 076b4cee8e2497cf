import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, storesOfNodes, type TestStore } from '../../../test/helpers/dialects.js';
import type { Store } from '../../store/open-store.js';
import { TokenBucket } from './token-bucket.js';

function manualClock(start = 1_700_000_000_000) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms), start };
}

let buckets = 0;
const bucketOn = (store: Pick<Store, 'db' | 'caps'>, rate: number, burst: number, clock: () => Date) =>
  new TokenBucket(store, { name: `test:${(buckets += 1)}`, ratePerSecond: rate, burst, clock });

describe.each(DIALECTS)('token bucket in the database on %s', (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(() => store.dispose());

  it('allows a burst, then the sustained rate', async () => {
    const time = manualClock();
    const bucket = bucketOn(store, 2, 3, time.clock);
    expect(await bucket.tokens()).toBe(3);
    const takes = [];
    for (let i = 0; i < 4; i += 1) takes.push(await bucket.tryTake());
    expect(takes).toEqual([true, true, true, false]);
    expect(await bucket.msUntilAvailable()).toBe(500);
    time.advance(500);
    expect(await bucket.tryTake()).toBe(true);
    expect(await bucket.tryTake()).toBe(false);
  });

  it('a Retry-After empties it until then, then lets one request through', async () => {
    const time = manualClock();
    const bucket = bucketOn(store, 10, 10, time.clock);
    await bucket.pauseFor(5_000);
    expect(await bucket.tryTake()).toBe(false);
    expect(await bucket.msUntilAvailable()).toBe(5_000);
    expect(await bucket.pausedUntil()).toEqual(new Date(time.start + 5_000));
    time.advance(4_999);
    expect(await bucket.tryTake()).toBe(false);
    time.advance(1);
    expect(await bucket.tryTake()).toBe(true);
    expect(await bucket.tryTake()).toBe(false);
    expect(await bucket.pausedUntil()).toBeNull();
    // A shorter pause never cuts a longer one short.
    await bucket.pauseFor(10_000);
    await bucket.pauseFor(1_000);
    expect(await bucket.pausedUntil()).toEqual(new Date(time.start + 5_000 + 10_000));
  });

  it('property: over any schedule of takes, granted ≤ burst + rate × elapsed, and a promised token is there', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 40 }),
        async (rate, burst, gaps) => {
          const time = manualClock();
          const bucket = bucketOn(store, rate, burst, time.clock);
          let granted = 0;
          let elapsed = 0;
          for (const gap of gaps) {
            time.advance(gap);
            elapsed += gap;
            if (await bucket.tryTake()) granted += 1;
            const tokens = await bucket.tokens();
            expect(tokens).toBeLessThanOrEqual(burst);
            expect(tokens).toBeGreaterThanOrEqual(0);
          }
          expect(granted).toBeLessThanOrEqual(burst + (rate * elapsed) / 1000 + 1e-9);
          time.advance(await bucket.msUntilAvailable());
          expect(await bucket.tryTake()).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('one token bucket shared by three nodes on postgres', () => {
  const stores = storesOfNodes(3);

  it('grants exactly the budget, however the nodes race for it', async () => {
    const time = manualClock();
    const name = 'carrier:shared';
    const nodes = stores.all.map(
      (store) => new TokenBucket(store, { name, ratePerSecond: 5, burst: 10, clock: time.clock }),
    );
    // Each node tries far more often than the budget allows, all at once.
    const tryMany = (bucket: TokenBucket) => Promise.all(Array.from({ length: 12 }, () => bucket.tryTake()));
    const round = async () => (await Promise.all(nodes.map(tryMany))).flat().filter(Boolean).length;
    expect(await round()).toBe(10);
    time.advance(1_000);
    expect(await round()).toBe(5);
    time.advance(200);
    expect(await round()).toBe(1);
    // One node's Retry-After holds back the others too.
    await nodes[0]!.pauseFor(3_000);
    time.advance(2_000);
    expect(await round()).toBe(0);
    expect(await nodes[2]!.pausedUntil()).toEqual(new Date(time.start + 1_200 + 3_000));
  });
});
