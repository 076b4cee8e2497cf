import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, storesOfNodes, type TestStore } from '../../test/helpers/dialects.js';
import { WindowLimiter } from './rate-limit.js';

const T0 = 1_765_000_000_000;

describe.each(DIALECTS)('attempt limits in the database on %s', (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(() => store.dispose());

  it('allows the limit within a window, says how long to wait, and starts afresh after it', async () => {
    const limiter = new WindowLimiter(store, 'a', 3, 60_000);
    const waits = [];
    for (let i = 0; i < 4; i += 1) waits.push(await limiter.take('203.0.113.9', T0 + i * 1_000));
    expect(waits).toEqual([0, 0, 0, 57_000]);
    expect(await limiter.take('203.0.113.10', T0 + 3_000)).toBe(0);
    expect(await limiter.take('203.0.113.9', T0 + 59_999)).toBe(1);
    expect(await limiter.take('203.0.113.9', T0 + 60_000)).toBe(0);
  });

  it('keeps the scopes of different limiters apart', async () => {
    const lookups = new WindowLimiter(store, 'lookups', 1, 60_000);
    const signIns = new WindowLimiter(store, 'sign-ins', 1, 60_000);
    expect(await lookups.take('198.51.100.1', T0)).toBe(0);
    expect(await signIns.take('198.51.100.1', T0)).toBe(0);
    expect(await lookups.take('198.51.100.1', T0)).toBeGreaterThan(0);
  });

  it('deletes ended windows as it goes', async () => {
    const limiter = new WindowLimiter(store, 'sweep', 5, 1_000);
    for (let i = 0; i < 1_000; i += 1) await limiter.take(`key-${i}`, T0 + i * 10);
    const left = await store.db
      .selectFrom('rate_windows')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('scope_key', 'like', 'sweep:%')
      .executeTakeFirstOrThrow();
    // The sweep at the 1,000th attempt (at T0 + 9,990 ms) kept the windows not yet ended then:
    // key-i ends at T0 + 10·i + 1,000, so keys 899 to 999.
    expect(Number(left.n)).toBe(101);
  });
});

describe('attempt limits shared by three nodes on postgres', () => {
  const stores = storesOfNodes(3);

  it('counts attempts through every node against one limit, however they race', async () => {
    const nodes = stores.all.map((store) => new WindowLimiter(store, 'lookup-ip', 10, 60_000));
    const waits = (
      await Promise.all(
        nodes.map((n) => Promise.all(Array.from({ length: 8 }, () => n.take('192.0.2.7', T0)))),
      )
    ).flat();
    expect(waits.filter((w) => w === 0)).toHaveLength(10);
    expect(waits.filter((w) => w > 0)).toHaveLength(14);
  });
});
