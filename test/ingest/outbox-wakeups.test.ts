import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { OutboxRelay, type OutboxSubscriber, type RelayOptions } from '../../src/ingest/outbox-relay.js';
import { listenForOutboxCommits, type CommitListener } from '../../src/store/dialects/outbox-commits.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { appendToOutbox, type OutboxMessage } from '../../src/store/repositories/outbox.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { freshStore, type TestStore } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';

const NOW = new Date('2026-12-07T12:00:00Z');
/** Polls so seldom that within a test only a LISTEN/NOTIFY wake-up can deliver anything. */
const NEVER_POLLS = { pollIntervalMs: 600_000, listeningPollMs: 600_000 };

/** One committed transaction with one outbox message, as a write of any node makes. */
async function commitMessage(store: Store, tenantId: string, type = 'shipment.updated'): Promise<void> {
  await store.db
    .transaction()
    .execute((trx) =>
      appendToOutbox(trx, store.caps, [{ tenantId, shipmentId: null, type, payload: {} }], NOW),
    );
}

function recorder(): { seen: OutboxMessage[]; subscriber: OutboxSubscriber } {
  const seen: OutboxMessage[] = [];
  return { seen, subscriber: { name: 'live-page', durable: false, handle: async (m) => void seen.push(m) } };
}

describe('outbox wake-ups across nodes on postgres', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const undo of cleanup.splice(0).reverse()) await undo();
  });

  /** Two nodes: two stores (two pools) on one schema, as two processes would have. */
  async function twoNodes(): Promise<{ one: TestStore; two: Store; tenantId: string }> {
    const one = await freshStore('postgres');
    cleanup.push(() => one.dispose());
    const two = await openStore(one.url, { poolSize: 2 });
    cleanup.push(() => two.close());
    const tenant = await createTenant(one.db, 'Shop', NOW);
    return { one, two, tenantId: tenant.id };
  }

  /** A started relay on `store` with a live-page recorder, listening and caught up. */
  async function listeningRelay(store: Store, options: RelayOptions = {}) {
    const relay = new OutboxRelay(store, { ...NEVER_POLLS, ...options });
    cleanup.push(() => relay.stop());
    const { seen, subscriber } = recorder();
    relay.subscribe(subscriber);
    relay.start();
    await waitFor(() => relay.listening, 'the relay to listen');
    await relay.drain();
    return { relay, seen };
  }

  it("wakes the other node's relay at the commit, not at its poll", async () => {
    const { one, two, tenantId } = await twoNodes();
    const { seen } = await listeningRelay(two);

    await commitMessage(one, tenantId, 'first');
    await waitFor(() => seen.length === 1, 'the message committed on the other node');
    await commitMessage(one, tenantId, 'second');
    await waitFor(() => seen.length === 2, 'the second message');
    expect(seen.map((m) => m.type)).toEqual(['first', 'second']);
  });

  it("hears only its own schema's commits, and none of a rolled-back transaction", async () => {
    const { one, tenantId } = await twoNodes();
    const elsewhere = await freshStore('postgres');
    cleanup.push(() => elsewhere.dispose());
    const otherTenant = await createTenant(elsewhere.db, 'Other', NOW);
    let heard = 0;
    const listener = listenForOutboxCommits(one.url, () => (heard += 1));
    cleanup.push(() => listener.close());
    await waitFor(() => listener.connected, 'the LISTEN connection');
    const onConnect = heard;

    await commitMessage(elsewhere, otherTenant.id);
    await one.db
      .transaction()
      .execute(async (trx) => {
        await appendToOutbox(trx, one.caps, [{ tenantId, shipmentId: null, type: 'x', payload: {} }], NOW);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    // Notifications reach a listener in commit order: once ours is heard, the others would have been.
    await commitMessage(one, tenantId);
    await waitFor(() => heard > onConnect, 'our commit');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toBe(onConnect + 1);
  });

  it('listens again after its connection is cut, and catches up on what it missed', async () => {
    const { one, two, tenantId } = await twoNodes();
    const errors: unknown[] = [];
    const { relay, seen } = await listeningRelay(two, { onListenError: (e) => errors.push(e) });

    const listener = (relay as unknown as { listener: CommitListener }).listener;
    const pid = listener.backendPid;
    expect(pid).toBeTypeOf('number');
    const admin = new pg.Client({ connectionString: one.url });
    await admin.connect();
    cleanup.push(() => admin.end());
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await waitFor(() => !relay.listening, 'the cut to be noticed');
    // Committed while nobody listened: the reconnect itself wakes the relay.
    await commitMessage(one, tenantId, 'missed');
    await waitFor(() => relay.listening && listener.backendPid !== pid, 'a new LISTEN connection');
    await waitFor(() => seen.length === 1, 'the message committed while cut off');
    await commitMessage(one, tenantId, 'after');
    await waitFor(() => seen.length === 2, 'a message after the reconnect');
    expect(seen.map((m) => m.type)).toEqual(['missed', 'after']);
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('outbox wake-ups on sqlite', () => {
  it('has no LISTEN (one process writes), and the relay polls', async () => {
    const store = await freshStore('sqlite');
    const relay = new OutboxRelay(store, { pollIntervalMs: 20 });
    try {
      const tenant = await createTenant(store.db, 'Shop', NOW);
      const { seen, subscriber } = recorder();
      relay.subscribe(subscriber);
      relay.start();
      await relay.drain();
      expect(store.listenForCommits).toBeUndefined();
      await commitMessage(store, tenant.id);
      await waitFor(() => seen.length === 1, 'the polled message');
      expect(relay.listening).toBe(false);
    } finally {
      await relay.stop();
      await store.dispose();
    }
  });
});
