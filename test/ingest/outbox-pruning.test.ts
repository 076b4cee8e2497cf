import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxPruner } from '../../src/ingest/outbox-pruner.js';
import { outboxPruned } from '../../src/metrics/process-metrics.js';
import {
  appendToOutbox,
  ensureCursor,
  readOutboxAfter,
  sequenceOutbox,
} from '../../src/store/repositories/outbox.js';
import { pruneOutbox } from '../../src/store/repositories/outbox-retention.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const DAY = 86_400_000;
const WEEK_AGO = new Date(NOW.getTime() - 7 * DAY);

describe.each(DIALECTS)('outbox retention on %s', (dialect) => {
  let store: TestStore;
  let tenantId: string;

  beforeEach(async () => {
    store = await freshStore(dialect);
    tenantId = (await createTenant(store.db, 'Shop', NOW)).id;
  });
  afterEach(() => store.dispose());

  /** Writes one message per instant, in order, and hands them to relays (their positions). */
  async function write(...instants: Date[]): Promise<void> {
    for (const at of instants)
      await appendToOutbox(
        store.db,
        store.caps,
        [{ tenantId, shipmentId: null, type: 't', payload: {} }],
        at,
      );
    while ((await sequenceOutbox(store.db, store.caps)).waiting);
  }
  const positions = async () => (await readOutboxAfter(store.db, 0, 1000)).map((m) => m.position);
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

  it('deletes nothing while no subscriber has a cursor', async () => {
    await write(daysAgo(30), daysAgo(20), daysAgo(10));
    expect(await pruneOutbox(store.db, store.caps, WEEK_AGO, 100)).toBe(0);
    expect(await positions()).toHaveLength(3);
  });

  it('deletes only what every cursor passed and what is older than the cut', async () => {
    await write(daysAgo(30), daysAgo(20), daysAgo(10), daysAgo(9), daysAgo(2), daysAgo(1));
    const all = await positions();
    await ensureCursor(store.db, 'slow', all[1]!, NOW);
    await ensureCursor(store.db, 'fast', all[5]!, NOW);
    // The slow subscriber has passed two messages: only those may go.
    expect(await pruneOutbox(store.db, store.caps, WEEK_AGO, 100)).toBe(2);
    expect(await positions()).toEqual(all.slice(2));

    await store.db.updateTable('outbox_cursors').set({ last_seq: all[5]! }).execute();
    // Both passed everything now; the two messages younger than a week stay.
    expect(await pruneOutbox(store.db, store.caps, WEEK_AGO, 100)).toBe(2);
    expect(await positions()).toEqual(all.slice(4));
  });

  it('keeps the newest message, and positions go on from it', async () => {
    await write(daysAgo(30), daysAgo(20), daysAgo(10));
    const all = await positions();
    await ensureCursor(store.db, 'only', all[2]!, NOW);
    expect(await pruneOutbox(store.db, store.caps, WEEK_AGO, 100)).toBe(2);
    expect(await positions()).toEqual([all[2]]);

    await write(NOW);
    const after = await positions();
    expect(after).toHaveLength(2);
    expect(after[1]!).toBeGreaterThan(all[2]!);
  });

  it('prunes in chunks until nothing is left to prune, and counts it', async () => {
    const old = Array.from({ length: 11 }, (_, i) => daysAgo(40 - i));
    await write(...old, NOW);
    const all = await positions();
    await ensureCursor(store.db, 'only', all.at(-1)!, NOW);
    const before = (await outboxPruned.get()).values[0]?.value ?? 0;
    const pruned: number[] = [];
    const pruner = new OutboxPruner(store, {
      retentionDays: 7,
      clock: () => NOW,
      chunk: 3,
      onPruned: (count) => pruned.push(count),
    });
    expect(await pruner.pruneOnce()).toBe(11);
    expect(pruned).toEqual([11]);
    expect((await outboxPruned.get()).values[0]?.value).toBe(before + 11);
    expect(await positions()).toEqual([all.at(-1)]);
    // A second pass finds nothing more.
    expect(await pruner.pruneOnce()).toBe(0);
    expect(pruned).toEqual([11]);
  });

  it('prunes once on start, then on its timer, until stopped', async () => {
    await write(daysAgo(30), daysAgo(20), NOW);
    const all = await positions();
    await ensureCursor(store.db, 'only', all[2]!, NOW);
    let clock = NOW;
    const pruned: number[] = [];
    const pruner = new OutboxPruner(store, {
      retentionDays: 7,
      clock: () => clock,
      intervalMs: 20,
      onPruned: (count) => pruned.push(count),
    });
    pruner.start();
    await expect.poll(() => pruned).toEqual([2]);
    await write(NOW);
    const newest = (await positions()).at(-1)!;
    await store.db.updateTable('outbox_cursors').set({ last_seq: newest }).execute();
    clock = new Date(NOW.getTime() + 8 * DAY);
    await expect.poll(() => pruned).toEqual([2, 1]);
    await pruner.stop();
    expect(await positions()).toEqual([newest]);
  });
});

describe('outbox retention on postgres, messages not yet ordered', () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore('postgres');
  });
  afterEach(() => store.dispose());

  it('keeps a committed message the sequencer has not given a position, however old', async () => {
    const tenantId = (await createTenant(store.db, 'Shop', NOW)).id;
    const message = { tenantId, shipmentId: null, type: 't', payload: {} };
    await appendToOutbox(store.db, store.caps, [message], new Date(NOW.getTime() - 30 * DAY));
    await appendToOutbox(store.db, store.caps, [message], new Date(NOW.getTime() - 29 * DAY));
    await sequenceOutbox(store.db, store.caps);
    await appendToOutbox(store.db, store.caps, [message], new Date(NOW.getTime() - 20 * DAY));
    await ensureCursor(store.db, 'only', 10, NOW);
    // Ordered: the first two (positions 1 and 2); the newest ordered one stays as the positions'
    // anchor, the unordered one stays until the sequencer reaches it.
    expect(await pruneOutbox(store.db, store.caps, WEEK_AGO, 100)).toBe(1);
    const left = await readOutboxAfter(store.db, 0, 10);
    expect(left.map((m) => m.createdAt)).toEqual([
      new Date(NOW.getTime() - 29 * DAY).toISOString(),
      new Date(NOW.getTime() - 20 * DAY).toISOString(),
    ]);
  });
});
