import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxRelay, type OutboxSubscriber } from '../../src/ingest/outbox-relay.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { appendToOutbox, latestOutboxSeq, type OutboxMessage } from '../../src/store/repositories/outbox.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { JOURNEY, scan } from '../helpers/scans.js';
import { waitFor } from '../helpers/wait.js';

const NOW = new Date('2026-11-22T12:00:00Z');

function recorder(name: string, durable = true, failFirst = 0) {
  const seen: OutboxMessage[] = [];
  let failures = failFirst;
  const subscriber: OutboxSubscriber = {
    name,
    durable,
    async handle(message) {
      if (failures > 0) {
        failures -= 1;
        throw new Error('subscriber not ready');
      }
      seen.push(message);
    },
  };
  return { seen, subscriber };
}

/** A subscriber that takes whole batches: records each call, and throws on the first `failFirst`. */
function batchRecorder(name: string, failFirst = 0, accepts?: (message: OutboxMessage) => boolean) {
  const calls: OutboxMessage[][] = [];
  const failed: OutboxMessage[][] = [];
  let failures = failFirst;
  const subscriber: OutboxSubscriber = {
    name,
    durable: true,
    ...(accepts ? { accepts } : {}),
    handle() {
      throw new Error('a batch subscriber is never handed single messages');
    },
    async handleBatch(messages) {
      if (failures > 0) {
        failures -= 1;
        failed.push([...messages]);
        throw new Error('batch not done');
      }
      calls.push([...messages]);
    },
  };
  return { calls, failed, seen: () => calls.flat(), subscriber };
}

describe.each(DIALECTS)('outbox relay on %s', (dialect) => {
  let store: TestStore;
  let pipeline: IngestPipeline;
  let tenantId: string;
  const relays: OutboxRelay[] = [];
  const relay = (onCommitted = false) => {
    const r = new OutboxRelay(store, { pollIntervalMs: 20, retryDelayMs: () => 5, clock: () => new Date() });
    relays.push(r);
    if (onCommitted) pipeline = new IngestPipeline(store, { clock: () => NOW, onCommitted: () => r.wake() });
    return r;
  };

  beforeEach(async () => {
    store = await freshStore(dialect);
    pipeline = new IngestPipeline(store, { clock: () => NOW });
    tenantId = (await createTenant(store.db, 'Shop', NOW)).id;
  });
  afterEach(async () => {
    for (const r of relays.splice(0)) await r.stop();
    await store.dispose();
  });

  const ingestJourney = (number: string) =>
    pipeline.ingest(JOURNEY.map((part) => scan({ tenantId, trackingNumber: number, ...part })));

  it('delivers nothing to a subscriber of a relay not started until it starts (a server listens first)', async () => {
    await ingestJourney('SIM100000000002');
    const r = relay();
    const { seen, subscriber } = recorder('backlog');
    r.subscribe(subscriber);
    // Long enough for a pass to have delivered the backlog, had subscribing started one.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toHaveLength(0);
    const last = await latestOutboxSeq(store.db);
    r.start();
    await waitFor(() => seen.at(-1)?.seq === last, 'the backlog after start');
    expect(seen.length).toBeGreaterThan(1);
  });

  it('hands every message to a durable subscriber in order, once its handler finishes', async () => {
    const r = relay(true);
    const { seen, subscriber } = recorder('notify');
    r.subscribe(subscriber);
    r.start();
    await ingestJourney('SIM100000000001');
    await ingestJourney('SIM100000000002');
    await waitFor(() => seen.length === 6, 'six messages');
    expect(seen.map((m) => m.seq)).toEqual([...seen.map((m) => m.seq)].sort((a, b) => a - b));
    expect(seen.map((m) => m.type)).toEqual([
      'shipment.created',
      'status.changed',
      'delivered',
      'shipment.created',
      'status.changed',
      'delivered',
    ]);
  });

  it('retries a failing message and keeps the order behind it', async () => {
    const r = relay();
    const { seen, subscriber } = recorder('webhooks', true, 3);
    r.subscribe(subscriber);
    await ingestJourney('SIM100000000001');
    r.start();
    await waitFor(() => seen.length === 3, 'three messages after retries');
    expect(seen.map((m) => m.type)).toEqual(['shipment.created', 'status.changed', 'delivered']);
  });

  it('resumes from its cursor after a restart, without redelivering what was done', async () => {
    const first = relay();
    const a = recorder('notify');
    first.subscribe(a.subscriber);
    await ingestJourney('SIM100000000001');
    await first.drain();
    expect(a.seen).toHaveLength(3);
    await first.stop();

    await ingestJourney('SIM100000000002');
    const second = relay();
    const b = recorder('notify');
    second.subscribe(b.subscriber);
    await second.drain();
    expect(b.seen.map((m) => m.payload.shipmentId)).toEqual(Array(3).fill(b.seen[0]!.payload.shipmentId));
    expect(b.seen[0]!.seq).toBeGreaterThan(a.seen[2]!.seq);
  });

  it('stops after the message in hand, even with a backlog, and the next relay resumes right after it', async () => {
    for (let i = 0; i < 10; i += 1) await ingestJourney(`SIM1000000001${String(i).padStart(2, '0')}`);
    const first = relay();
    const handled: number[] = [];
    let stopping: Promise<void> | undefined;
    first.subscribe({
      name: 'slow',
      durable: true,
      async handle(message) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        handled.push(message.seq);
        // Stop is asked for while the third message is being handled, with 27 more waiting.
        if (handled.length === 3) stopping = first.stop();
      },
    });
    first.start();
    await waitFor(() => stopping !== undefined, 'the stop to be asked for');
    await stopping;
    expect(handled).toHaveLength(3);

    const second = relay();
    const rest = recorder('slow');
    second.subscribe(rest.subscriber);
    await second.drain();
    // Nothing skipped, nothing handled twice: the cursor was saved at the last handled message.
    expect(rest.seen[0]!.seq).toBeGreaterThan(handled[2]!);
    expect(handled.length + rest.seen.length).toBe(30);
  });

  it('a live (non-durable) subscriber starts at the newest message', async () => {
    await ingestJourney('SIM100000000001');
    const r = relay(true);
    const { seen, subscriber } = recorder('live-page', false);
    r.subscribe(subscriber);
    await r.drain();
    expect(seen).toHaveLength(0);
    r.start();
    await ingestJourney('SIM100000000002');
    await waitFor(() => seen.length === 3, 'messages of the second shipment');
  });

  it('two relays never hand the same durable subscriber a message twice at once', async () => {
    await ingestJourney('SIM100000000001');
    await ingestJourney('SIM100000000002');
    const seen: OutboxMessage[] = [];
    let inside = 0;
    let overlapped = false;
    const make = (): OutboxSubscriber => ({
      name: 'shared',
      durable: true,
      async handle(message) {
        inside += 1;
        if (inside > 1) overlapped = true;
        await new Promise((resolve) => setTimeout(resolve, 2));
        seen.push(message);
        inside -= 1;
      },
    });
    const one = relay();
    const two = relay();
    one.subscribe(make());
    two.subscribe(make());
    await Promise.all([one.drain(), two.drain()]);
    await one.drain();
    expect(overlapped).toBe(false);
    expect(new Set(seen.map((m) => m.seq)).size).toBe(6);
  });

  it('tells who takes a durable subscriber’s lease, and when it changes hands', async () => {
    await ingestJourney('SIM100000000001');
    const changes: string[] = [];
    const watched = (name: string) =>
      new OutboxRelay(store, {
        pollIntervalMs: 20,
        leaseMs: 60_000,
        onLease: (c) => changes.push(`${name} ${c.held ? 'took' : 'lost'} ${c.subscriber} (${c.reason})`),
      });
    const one = watched('one');
    const two = watched('two');
    relays.push(one, two);
    one.subscribe(recorder('estimates-like').subscriber);
    await one.drain();
    two.subscribe(recorder('estimates-like').subscriber);
    await two.drain();
    // A relay that never held it says nothing: every node of a cluster would, on every pass.
    expect(changes).toEqual(['one took estimates-like (taken)']);
    // The holder stops: it gives the lease back, and the other takes it at once.
    await one.stop();
    await two.drain();
    expect(changes.slice(1)).toEqual([
      'one lost estimates-like (released)',
      'two took estimates-like (taken)',
    ]);
  });

  const cursorOf = async (name: string) =>
    Number(
      (
        await store.db
          .selectFrom('outbox_cursors')
          .select('last_seq')
          .where('subscriber', '=', name)
          .executeTakeFirstOrThrow()
      ).last_seq,
    );

  it('hands a batch subscriber the accepted messages of each read in one call, in order', async () => {
    const r = new OutboxRelay(store, { batchSize: 4, retryDelayMs: () => 5 });
    relays.push(r);
    const wanted = new Set(['status.changed', 'delivered']);
    const b = batchRecorder('notify-batch', 0, (m) => wanted.has(m.type));
    r.subscribe(b.subscriber);
    await ingestJourney('SIM100000000001');
    await ingestJourney('SIM100000000002');
    await r.drain();
    // Six messages, reads of four: two calls, without the shipment.created messages it skips.
    expect(b.calls.map((call) => call.map((m) => m.type))).toEqual([
      ['status.changed', 'delivered'],
      ['status.changed', 'delivered'],
    ]);
    const seqs = b.seen().map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(await cursorOf('notify-batch')).toBe(await latestOutboxSeq(store.db));
  });

  it('redelivers a throwing batch whole, and its cursor stays until the batch is done', async () => {
    const r = relay();
    const b = batchRecorder('webhooks-batch', 2);
    r.subscribe(b.subscriber);
    await ingestJourney('SIM100000000001');
    await r.drain();
    expect(b.failed).toHaveLength(1);
    expect(b.calls).toHaveLength(0);
    expect(await cursorOf('webhooks-batch')).toBe(0);
    r.start();
    await waitFor(() => b.calls.length === 1, 'the batch, after two failures');
    expect(b.failed).toHaveLength(2);
    const seqsOf = (call: OutboxMessage[]) => call.map((m) => m.seq);
    expect(b.failed.map(seqsOf)).toEqual([seqsOf(b.calls[0]!), seqsOf(b.calls[0]!)]);
    expect(b.calls[0]!.map((m) => m.type)).toEqual(['shipment.created', 'status.changed', 'delivered']);
    await waitFor(
      async () => (await cursorOf('webhooks-batch')) === b.calls[0]!.at(-1)!.seq,
      'the cursor past the batch',
    );
  });

  it('a batch subscriber resumes from its cursor after a restart', async () => {
    const first = relay();
    const a = batchRecorder('notify-batch');
    first.subscribe(a.subscriber);
    await ingestJourney('SIM100000000001');
    await first.drain();
    await first.stop();

    await ingestJourney('SIM100000000002');
    const second = relay();
    const b = batchRecorder('notify-batch');
    second.subscribe(b.subscriber);
    await second.drain();
    expect(a.seen()).toHaveLength(3);
    expect(b.seen()).toHaveLength(3);
    expect(b.seen()[0]!.seq).toBeGreaterThan(a.seen()[2]!.seq);
    expect(new Set(b.seen().map((m) => m.payload.shipmentId)).size).toBe(1);
    expect(b.seen()[0]!.payload.shipmentId).not.toBe(a.seen()[0]!.payload.shipmentId);
  });

  it('keeps the lease while a slow batch runs, so no other relay takes the subscriber over', async () => {
    const leaseMs = 300;
    const make = (seen: OutboxMessage[][], gate?: Promise<void>): OutboxSubscriber => ({
      name: 'slow-batch',
      durable: true,
      handle() {
        throw new Error('batch subscriber');
      },
      async handleBatch(messages) {
        await gate;
        seen.push([...messages]);
      },
    });
    const one = new OutboxRelay(store, { leaseMs, retryDelayMs: () => 5 });
    const two = new OutboxRelay(store, { leaseMs, retryDelayMs: () => 5 });
    relays.push(one, two);
    await ingestJourney('SIM100000000001');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowSeen: OutboxMessage[][] = [];
    const otherSeen: OutboxMessage[][] = [];
    one.subscribe(make(slowSeen, gate));
    one.wake(); // a relay not started passes when woken; subscribing alone does not start a pass
    const started = Date.now();
    // Past two lease lengths the first relay's lease would have run out, had it not been renewed.
    await waitFor(() => Date.now() - started > 2 * leaseMs, 'two lease lengths');
    two.subscribe(make(otherSeen));
    try {
      await two.drain();
    } finally {
      release();
    }
    expect(otherSeen).toHaveLength(0);
    await one.drain();
    expect(slowSeen.flat()).toHaveLength(3);
  });

  it('never skips a message whose transaction commits after a later one, and delivers in commit order', async () => {
    const r = relay();
    const { seen, subscriber } = recorder('commit-order');
    r.subscribe(subscriber);
    const message = (type: string) => ({ tenantId, shipmentId: null, type, payload: {} });
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let appended!: () => void;
    const firstAppended = new Promise<void>((resolve) => (appended = resolve));

    // "first" takes its seq, then its transaction stays open while "second" tries to commit and a
    // relay pass runs; were "second" visible now, the cursor would move past "first" for good.
    const slow = store.db.transaction().execute(async (trx) => {
      await appendToOutbox(trx, store.caps, [message('first')], NOW);
      appended();
      await gate;
    });
    await firstAppended;
    const fast = store.db
      .transaction()
      .execute((trx) => appendToOutbox(trx, store.caps, [message('second')], NOW));
    await sleep(100);
    const early = r.drain();
    await Promise.race([early, sleep(200)]);
    release();
    await Promise.all([slow, fast, early]);
    await r.drain();
    // SQLite has one writer: "second" waited for "first" to commit. PostgreSQL takes no lock for
    // the outbox, so "second" committed first and is delivered first, and "first" after it.
    expect(seen.map((m) => m.type)).toEqual(dialect === 'sqlite' ? ['first', 'second'] : ['second', 'first']);
  });
});
