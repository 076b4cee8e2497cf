import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import {
  appendToOutbox,
  readOutboxAfter,
  sequenceOutbox,
  type OutboxMessage,
} from '../../src/store/repositories/outbox.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { freshStore, type TestStore } from '../helpers/dialects.js';
import { scan } from '../helpers/scans.js';

// PostgreSQL writes outbox messages without a global lock (repositories/outbox.ts): a sequencer
// gives committed messages their delivery positions. These tests drive the interleavings that
// order must survive, with transactions held open on connections of their own.

const NOW = new Date('2026-12-07T12:00:00Z');

describe('the outbox on PostgreSQL, without a global lock', () => {
  let store: TestStore;
  let tenantId: string;
  const clients: pg.Client[] = [];
  const relays: OutboxRelay[] = [];

  beforeEach(async () => {
    store = await freshStore('postgres');
    tenantId = (await createTenant(store.db, 'Shop', NOW)).id;
  });
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.stop();
    for (const client of clients.splice(0)) await client.end().catch(() => undefined);
    await store.dispose();
  });

  /** A connection of its own, so a transaction on it stays open while others run. */
  const connection = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: store.url });
    await client.connect();
    clients.push(client);
    return client;
  };
  /** Opens a transaction and gives it an id at once, as its first write would. */
  const openTransaction = async (): Promise<pg.Client> => {
    const client = await connection();
    await client.query('begin');
    await client.query('select pg_current_xact_id()');
    return client;
  };
  const shipment = async (id: string): Promise<void> => {
    await store.db
      .insertInto('shipments')
      .values({
        id,
        tenant_id: tenantId,
        tracking_number: `NUM-${id}`,
        carrier: 'dhl',
        status: 'pending',
        substatus: 'pending.registered',
        created_at: NOW.toISOString(),
        updated_at: NOW.toISOString(),
      } as never)
      .execute();
  };
  /** Writes a message about a shipment the way every writer does: holding the shipment's row. */
  const writeAbout = async (client: pg.Client, shipmentId: string, type: string): Promise<void> => {
    await client.query('update shipments set updated_at = $1 where id = $2', [NOW.toISOString(), shipmentId]);
    await client.query(
      `insert into outbox (id, tenant_id, shipment_id, type, payload, created_at) values ($1, $2, $3, $4, '{}', $5)`,
      [`${type}-${shipmentId}`, tenantId, shipmentId, type, NOW.toISOString()],
    );
  };
  const positions = async (): Promise<Map<string, number | null>> => {
    const rows = await store.db.selectFrom('outbox').select(['type', 'dseq']).execute();
    return new Map(rows.map((row) => [row.type, row.dseq === null ? null : Number(row.dseq)]));
  };
  const sequenceAll = async (): Promise<void> => {
    while ((await sequenceOutbox(store.db, store.caps)).waiting);
  };

  it('lets two writers hold outbox messages in open transactions at once', async () => {
    const message = (type: string) => [{ tenantId, shipmentId: null, type, payload: {} }];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let appended!: () => void;
    const firstAppended = new Promise<void>((resolve) => (appended = resolve));
    const first = store.db.transaction().execute(async (trx) => {
      await appendToOutbox(trx, store.caps, message('one'), NOW);
      appended();
      await gate;
    });
    await firstAppended;
    // With a lock from the append to the commit, this would wait for `first` to end.
    const second = store.db
      .transaction()
      .execute((trx) => appendToOutbox(trx, store.caps, message('two'), NOW))
      .then(() => true);
    const committed = await Promise.race([
      second,
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
    ]);
    release();
    await Promise.all([first, second]);
    expect(committed).toBe(true);
  });

  it('gives a message that took its seq first and committed last a later position, and delivers it', async () => {
    await shipment('s1');
    await shipment('s2');
    const early = await connection();
    await early.query('begin');
    await writeAbout(early, 's1', 'seq-first');
    const late = await connection();
    await late.query('begin');
    await writeAbout(late, 's2', 'seq-second');
    await late.query('commit');
    await sequenceAll();
    // Only what is committed gets a position; a relay reading now moves past "seq-second" alone.
    expect((await positions()).has('seq-first')).toBe(false);
    const relay = new OutboxRelay(store, { pollIntervalMs: 20, listen: false });
    relays.push(relay);
    const seen: string[] = [];
    relay.subscribe({ name: 'late', durable: true, handle: async (m) => void seen.push(m.type) });
    await relay.drain();
    expect(seen).toEqual(['seq-second']);
    await early.query('commit');
    await relay.drain();
    const after = await positions();
    expect(after.get('seq-first')).toBeGreaterThan(after.get('seq-second')!);
    expect(seen).toEqual(['seq-second', 'seq-first']);
  });

  it('keeps one shipment’s messages in the order they were written, whatever the transaction ids', async () => {
    await shipment('s1');
    // T1 takes its transaction id first, T2 after it. T2 writes "first" about s1 and commits;
    // then T1 writes "second" about s1. Ordering by transaction id (or by a horizon of them) would
    // deliver "second" before "first".
    const t1 = await openTransaction();
    const t2 = await connection();
    await t2.query('begin');
    await writeAbout(t2, 's1', 'first');
    await t2.query('commit');
    await writeAbout(t1, 's1', 'second');
    await t1.query('commit');
    await sequenceAll();
    const ordered = await positions();
    expect(ordered.get('first')).toBeLessThan(ordered.get('second')!);

    const relay = new OutboxRelay(store, { pollIntervalMs: 20, listen: false });
    relays.push(relay);
    const seen: string[] = [];
    relay.subscribe({ name: 'order', durable: true, handle: async (m) => void seen.push(m.type) });
    await relay.drain();
    expect(seen).toEqual(['first', 'second']);
  });

  it('delivers every message of concurrent writers once, each shipment’s in the order written', async () => {
    const pipelines = [0, 1, 2, 3].map(() => new IngestPipeline(store, { clock: () => NOW }));
    const relay = new OutboxRelay(store, { pollIntervalMs: 10, listen: false });
    relays.push(relay);
    const seen: OutboxMessage[] = [];
    relay.subscribe({ name: 'all', durable: true, handle: async (m) => void seen.push(m) });
    relay.start();
    const statuses = ['in_transit.picked_up', 'in_transit.linehaul', 'out_for_delivery.on_vehicle'] as const;
    // Four writers, eight shipments shared between them: rows are contended, the outbox is not.
    await Promise.all(
      pipelines.map(async (pipeline, writer) => {
        for (let round = 0; round < 12; round++) {
          const number = `SHARED-${(writer + round) % 8}`;
          await pipeline.ingest([
            scan({
              tenantId,
              trackingNumber: number,
              status: statuses[round % 3]!,
              occurredAt: new Date(NOW.getTime() + (writer * 100 + round) * 60_000).toISOString(),
              rawCode: `w${writer}r${round}`,
            }),
          ]);
        }
      }),
    );
    await relay.drain();
    const written = await readOutboxAfter(store.db, 0, 10_000);
    expect(written.length).toBeGreaterThan(0);
    expect(seen.map((m) => m.id).sort()).toEqual(written.map((m) => m.id).sort());
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    const bySeqPerShipment = new Map<string, number[]>();
    for (const message of seen) {
      const list = bySeqPerShipment.get(message.shipmentId ?? '') ?? [];
      list.push(message.seq);
      bySeqPerShipment.set(message.shipmentId ?? '', list);
    }
    for (const seqs of bySeqPerShipment.values()) expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });
});
