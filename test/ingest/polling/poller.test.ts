import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CarrierRequestError } from '../../../src/carriers/carrier.js';
import { loadConfig } from '../../../src/config/config.js';
import { registerShipment } from '../../../src/ingest/register-shipment.js';
import { IngestPipeline } from '../../../src/ingest/pipeline.js';
import { pollRows } from '../../../src/ingest/polling/claims.js';
import { readHealth } from '../../../src/ingest/polling/health.js';
import { Poller } from '../../../src/ingest/polling/poller.js';
import { findShipmentByNumber, listEvents } from '../../../src/store/repositories/shipments.js';
import { createTenant } from '../../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../../helpers/dialects.js';
import { waitFor } from '../../helpers/wait.js';
import { FakeCarrier, unavailable } from './fake-carrier.js';

const HOUR = 3_600_000;
const START = new Date('2026-11-26T08:00:00.000Z');

describe.each(DIALECTS)('poller on %s', (dialect) => {
  let store: TestStore;
  let now: number;
  let tenantId: string;
  let fake: FakeCarrier;
  const clock = () => new Date(now);
  const advance = (ms: number) => (now += ms);

  beforeEach(async () => {
    now = START.getTime();
    store = await freshStore(dialect);
    tenantId = (await createTenant(store.db, 'Shop', clock())).id;
    fake = new FakeCarrier('fake', { batchSize: 2 });
  });
  afterEach(() => store.dispose());

  const settings = (overrides: Record<string, unknown> = {}) =>
    loadConfig(
      {},
      Object.fromEntries(Object.entries(overrides).map(([k, v]) => [`carriers.polling.${k}`, v])),
    ).carriers.polling;
  const poller = (overrides: Record<string, unknown> = {}) =>
    new Poller({
      store,
      pipeline: new IngestPipeline(store, { clock }),
      adapters: { fake: fake.adapter() },
      accounts: { fake: { apiKey: 'k' } },
      settings: settings(overrides),
      clock,
      random: () => 0.5, // no jitter: exact intervals
    });
  const track = (number: string, carrier = 'fake') =>
    registerShipment(store, { tenantId, trackingNumber: number, carrier }, clock());
  const row = async (number: string) =>
    (await pollRows(store, 'fake')).find((r) => r.tracking_number === number);

  it('polls a newly registered number, stores its scans, and schedules by status', async () => {
    await track('FAKE0001');
    await track('OTHER0001', 'someone-else');
    fake.addScan({ trackingNumber: 'FAKE0001' });
    await poller().tick();

    expect(fake.requests).toEqual([['FAKE0001']]);
    const shipment = await findShipmentByNumber(store.db, tenantId, 'FAKE0001');
    expect(shipment).toMatchObject({ status: 'in_transit' });
    const events = await listEvents(store.db, tenantId, shipment!.id);
    expect(events.map((e) => e.source.mode)).toEqual(['pull']);
    expect(await row('FAKE0001')).toMatchObject({
      next_poll_at: new Date(now + 3 * HOUR).toISOString(),
      status: 'in_transit',
      unchanged_polls: 0,
      claimed_by: null,
      first_seen_by_carrier_at: START.toISOString(),
    });
  });

  it('backs off while the answer does not change and speeds up when it does', async () => {
    await track('FAKE0001');
    fake.addScan({ trackingNumber: 'FAKE0001' });
    const p = poller();
    await p.tick();
    advance(3 * HOUR);
    await p.tick();
    expect(await row('FAKE0001')).toMatchObject({
      unchanged_polls: 1,
      next_poll_at: new Date(now + 6 * HOUR).toISOString(),
    });
    advance(6 * HOUR);
    fake.addScan({
      trackingNumber: 'FAKE0001',
      occurredAt: '2026-11-26T16:00:00Z',
      status: 'out_for_delivery',
      rawCode: 'OD',
    });
    await p.tick();
    expect(await row('FAKE0001')).toMatchObject({
      unchanged_polls: 0,
      status: 'out_for_delivery',
      next_poll_at: new Date(now + 0.5 * HOUR).toISOString(),
    });
  });

  it('is not asked about a number before it is due', async () => {
    await track('FAKE0001');
    fake.addScan({ trackingNumber: 'FAKE0001' });
    const p = poller();
    await p.tick();
    advance(HOUR);
    await p.tick();
    expect(fake.requests).toHaveLength(1);
  });

  it('batches numbers up to the carrier’s batch size', async () => {
    for (const n of ['FAKE0001', 'FAKE0002', 'FAKE0003', 'FAKE0004', 'FAKE0005']) await track(n);
    await poller().tick();
    expect(fake.requests.map((r) => r.length).sort()).toEqual([1, 2, 2]);
    expect(new Set(fake.requests.flat()).size).toBe(5);
  });

  it('stops polling after delivery plus the grace period', async () => {
    await track('FAKE0001');
    fake.addScan({
      trackingNumber: 'FAKE0001',
      occurredAt: '2026-11-26T07:30:00Z',
      status: 'delivered',
      rawCode: 'DL',
    });
    const p = poller();
    await p.tick();
    expect((await row('FAKE0001'))?.next_poll_at).not.toBeNull();
    for (let i = 0; i < 12; i += 1) {
      advance(3 * HOUR);
      await p.tick();
    }
    const finished = await row('FAKE0001');
    expect(finished).toMatchObject({ next_poll_at: null, status: 'delivered' });
    expect(finished?.finished_at).not.toBeNull();
    const polls = fake.requests.length;
    advance(24 * HOUR);
    await p.tick();
    expect(fake.requests).toHaveLength(polls);
  });

  it('expires a number the carrier never knew after the configured days', async () => {
    await track('FAKE0404');
    const p = poller({ notFoundExpiryDays: 2 });
    await p.tick();
    expect(await row('FAKE0404')).toMatchObject({ first_seen_by_carrier_at: null, status: 'pending' });
    for (let i = 0; i < 5; i += 1) {
      advance(12 * HOUR);
      await p.tick();
    }
    expect(await row('FAKE0404')).toMatchObject({ next_poll_at: null, status: 'expired' });
    const shipment = await findShipmentByNumber(store.db, tenantId, 'FAKE0404');
    expect(shipment).toMatchObject({ status: 'expired', substatus: 'expired.not_found' });
  });

  it('honours Retry-After: no request before it, the number is due again after it', async () => {
    await track('FAKE0001');
    fake.next = () => ({ kind: 'fail', error: new CarrierRequestError('rate_limited', 'HTTP 429', 90_000) });
    const p = poller();
    await p.tick();
    expect(await row('FAKE0001')).toMatchObject({ next_poll_at: new Date(now + 90_000).toISOString() });
    const health = (await readHealth(store.db, clock())).get('fake');
    expect(health).toMatchObject({
      rateLimitedUntil: new Date(now + 90_000).toISOString(),
      breaker: 'closed',
    });
    fake.next = () => ({ kind: 'answer' });
    advance(60_000);
    await p.tick();
    expect(fake.requests).toHaveLength(1);
    advance(30_000);
    await p.tick();
    expect(fake.requests).toHaveLength(2);
  });

  it('opens the breaker after repeated failures and stops asking until the cool-down', async () => {
    await track('FAKE0001');
    fake.next = () => ({ kind: 'fail', error: unavailable() });
    const p = poller({
      breakerFailures: 2,
      breakerCooldownSeconds: 600,
      retryBaseSeconds: 1,
      retryMaxSeconds: 1,
    });
    await p.tick();
    advance(1_000);
    await p.tick();
    expect(p.carriers.get('fake')?.breaker.state()).toBe('open');
    expect(fake.requests).toHaveLength(2);
    // Due again by the retry delay, but the circuit is open.
    advance(60_000);
    await p.tick();
    expect(fake.requests).toHaveLength(2);
    fake.next = () => ({ kind: 'answer' });
    advance(600_000);
    await p.tick();
    expect(fake.requests).toHaveLength(3);
    expect(p.carriers.get('fake')?.breaker.state()).toBe('closed');
    const health = (await readHealth(store.db, clock())).get('fake');
    expect(health).toMatchObject({ breaker: 'closed', lastError: 'unavailable: HTTP 503', requests: 3 });
    expect(health?.errorRate).toBeCloseTo(2 / 3);
  });

  it('a timed-out request counts as a failure and the number is retried', async () => {
    await track('FAKE0001');
    fake.next = () => ({ kind: 'hang' });
    const p = poller({ requestTimeoutMs: 100, retryBaseSeconds: 10 });
    await p.tick();
    expect((await readHealth(store.db, clock())).get('fake')).toMatchObject({
      lastError: expect.stringMatching(/^timeout/),
    });
    expect(await row('FAKE0001')).toMatchObject({
      claimed_by: null,
      next_poll_at: new Date(now + 10_000).toISOString(),
    });
  });

  it('a crashed worker’s claims come back after the lease, and its late answer changes nothing', async () => {
    await track('FAKE0001');
    // A worker claims and stalls: its request does not come back until the gate opens.
    let openGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    fake.delay = () => gate;
    const stalled = poller({ leaseSeconds: 60, requestTimeoutMs: 60_000 });
    const stalledTick = stalled.tick();
    await waitFor(async () => (await row('FAKE0001'))?.claimed_by === stalled.worker, 'the first claim');
    // Its request is out (after a token from the shared budget), and stuck.
    await waitFor(() => fake.requests.length === 1, 'the stalled request');

    fake.delay = () => Promise.resolve();
    const alive = poller({ leaseSeconds: 60 });
    await alive.tick();
    expect(fake.requests).toHaveLength(1); // still leased
    advance(61_000);
    await alive.tick();
    expect(fake.requests).toHaveLength(2);
    const afterAlive = await row('FAKE0001');
    expect(afterAlive).toMatchObject({ claimed_by: null, last_polled_at: clock().toISOString() });

    openGate();
    await stalledTick;
    expect(await row('FAKE0001')).toEqual(afterAlive);
  });

  it('refuses an account that does not match the adapter’s settings, naming the key', () => {
    expect(
      () =>
        new Poller({
          store,
          pipeline: new IngestPipeline(store, { clock }),
          adapters: { fake: fake.adapter() },
          accounts: { fake: { apiKey: '' } },
          settings: settings(),
        }),
    ).toThrow(/carriers\.accounts\.fake\.apiKey/);
    expect(
      () =>
        new Poller({
          store,
          pipeline: new IngestPipeline(store, { clock }),
          adapters: { fake: fake.adapter() },
          accounts: { nope: {} },
          settings: settings(),
        }),
    ).toThrow(/carriers\.accounts\.nope/);
  });

  it('does not poll a carrier whose required settings have no account', () => {
    const p = new Poller({
      store,
      pipeline: new IngestPipeline(store, { clock }),
      adapters: { fake: fake.adapter() },
      accounts: {},
      settings: settings(),
    });
    expect(p.active).toBe(false);
  });
});
