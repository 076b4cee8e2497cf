import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { IngestPipeline } from '../../../src/ingest/pipeline.js';
import { registerShipment } from '../../../src/ingest/register-shipment.js';
import { claimDue, completePolls, pollRows, syncPollRows } from '../../../src/ingest/polling/claims.js';
import { Poller } from '../../../src/ingest/polling/poller.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { createTenant } from '../../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../../helpers/dialects.js';
import { FakeCarrier } from './fake-carrier.js';

const START = new Date('2026-11-26T08:00:00.000Z');
const DAY = 86_400_000;

describe.each(DIALECTS)('poll claims on %s', (dialect) => {
  let store: TestStore;
  let tenantId: string;
  let now: number;
  const clock = () => new Date(now);

  beforeEach(async () => {
    now = START.getTime();
    store = await freshStore(dialect);
    tenantId = (await createTenant(store.db, 'Shop', clock())).id;
  });
  afterEach(() => store.dispose());

  const track = (number: string, carrier = 'fake') =>
    registerShipment(store, { tenantId, trackingNumber: number, carrier }, clock());

  it('makes one row per carrier and number, only for the carriers asked about', async () => {
    await track('FAKE0001');
    await track('FAKE0002');
    await track('NOPE0001', 'other');
    const other = (await createTenant(store.db, 'Other', clock())).id;
    await registerShipment(store, { tenantId: other, trackingNumber: 'FAKE0001', carrier: 'fake' }, clock());
    await syncPollRows(store, { carriers: ['fake'], since: '', now: clock() });
    await syncPollRows(store, { carriers: ['fake'], since: '', now: clock() });
    const rows = await pollRows(store, 'fake');
    expect(rows.map((r) => r.tracking_number)).toEqual(['FAKE0001', 'FAKE0002']);
    expect(await pollRows(store, 'other')).toEqual([]);
  });

  it('a finished number is polled again when a tenant registers it afresh', async () => {
    await track('FAKE0001');
    await syncPollRows(store, { carriers: ['fake'], since: '', now: clock() });
    const [claimed] = await claimDue(store, {
      carrier: 'fake',
      worker: 'w1',
      now: clock(),
      leaseMs: 60_000,
      limit: 10,
    });
    await completePolls(store, {
      carrier: 'fake',
      worker: 'w1',
      now: clock(),
      outcomes: [{ trackingNumber: claimed!.tracking_number, nextPollAt: null, finished: true }],
    });
    now += DAY;
    await syncPollRows(store, { carriers: ['fake'], since: '', now: clock() });
    expect((await pollRows(store, 'fake'))[0]).toMatchObject({ next_poll_at: null }); // nothing new
    const other = (await createTenant(store.db, 'Other', clock())).id;
    await registerShipment(store, { tenantId: other, trackingNumber: 'FAKE0001', carrier: 'fake' }, clock());
    await syncPollRows(store, { carriers: ['fake'], since: '', now: clock() });
    expect((await pollRows(store, 'fake'))[0]).toMatchObject({
      next_poll_at: clock().toISOString(),
      finished_at: null,
    });
  });

  it('claims only due, unclaimed rows; a lapsed lease is free again; only the holder completes', async () => {
    for (const n of ['FAKE0001', 'FAKE0002', 'FAKE0003']) await track(n);
    await syncPollRows(store, { carriers: ['fake'], since: '', now: clock() });
    const claim = (worker: string, limit = 10) =>
      claimDue(store, { carrier: 'fake', worker, now: clock(), leaseMs: 60_000, limit });

    expect((await claim('w1', 2)).map((r) => r.claimed_by)).toEqual(['w1', 'w1']);
    const second = await claim('w2');
    expect(second).toHaveLength(1);
    expect(await claim('w3')).toEqual([]);

    // w2 finishes its number: due tomorrow, not claimable before.
    await completePolls(store, {
      carrier: 'fake',
      worker: 'w2',
      now: clock(),
      outcomes: [
        { trackingNumber: second[0]!.tracking_number, nextPollAt: new Date(now + DAY).toISOString() },
      ],
    });
    now += 60_001;
    const retaken = await claim('w3');
    expect(retaken).toHaveLength(2); // w1's lease lapsed
    // w1 comes back late: its completion is ignored, w3 holds the rows.
    await completePolls(store, {
      carrier: 'fake',
      worker: 'w1',
      now: clock(),
      outcomes: retaken.map((r) => ({ trackingNumber: r.tracking_number, nextPollAt: null })),
    });
    const rows = await pollRows(store, 'fake');
    expect(rows.filter((r) => r.claimed_by === 'w3')).toHaveLength(2);
    expect(rows.filter((r) => r.next_poll_at === null)).toHaveLength(0);
  });

  it('two workers at once never poll the same number at the same time, and every number gets polled', async () => {
    const fake = new FakeCarrier('fake', { batchSize: 3, concurrency: 3 });
    // Answers are held back a little so the two workers' requests overlap in time.
    fake.delay = () => new Promise((resolve) => setImmediate(resolve));
    const numbers = Array.from({ length: 30 }, (_, i) => `FAKE${String(i).padStart(4, '0')}`);
    for (const n of numbers) {
      await track(n);
      fake.addScan({ trackingNumber: n });
    }
    // On PostgreSQL each worker has its own connection pool, as two processes would.
    const second: Store =
      dialect === 'postgres' ? await openStore(store.url, { poolSize: 3, migrate: false }) : store;
    const settings = loadConfig({}, { 'carriers.polling.claimBatch': 6 }).carriers.polling;
    const worker = (s: Store, name: string) =>
      new Poller({
        store: s,
        pipeline: new IngestPipeline(s, { clock }),
        adapters: { fake: fake.adapter() },
        accounts: { fake: { apiKey: 'k' } },
        settings,
        clock,
        worker: name,
        onRequest: (report) => polled.push({ round, worker: name, numbers: report.numbers, ok: report.ok }),
        onError: (error) => errors.push(error),
      });
    let round = 0;
    const polled: { round: number; worker: string; numbers: readonly string[]; ok: boolean }[] = [];
    const errors: unknown[] = [];
    const a = worker(store, 'a');
    const b = worker(second, 'b');
    try {
      for (round = 0; round < 8; round += 1) {
        await Promise.all([a.tick(), b.tick()]);
        now += DAY; // everything is due again next round
      }
    } finally {
      if (second !== store) await second.close();
    }
    expect(fake.overlaps).toEqual([]);
    expect(new Set(fake.requests.flat())).toEqual(new Set(numbers));
    expect(errors).toEqual([]);
    expect(polled.every((p) => p.ok)).toBe(true);
    // Each round both workers got work, and no number went to both.
    for (let r = 0; r < 8; r += 1) {
      const mine = (w: string) =>
        polled.filter((p) => p.round === r && p.worker === w).flatMap((p) => p.numbers);
      expect(mine('a').length).toBeGreaterThan(0);
      expect(mine('b').length).toBeGreaterThan(0);
      expect(mine('a').filter((n) => mine('b').includes(n))).toEqual([]);
    }
  });
});
