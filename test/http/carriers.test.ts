import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { build } from '../../src/http/app.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { ingestCarrierResult } from '../../src/ingest/carrier-ingest.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { Poller } from '../../src/ingest/polling/poller.js';
import { registerShipment } from '../../src/ingest/register-shipment.js';
import { createApiKey, createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { FakeCarrier, unavailable } from '../ingest/polling/fake-carrier.js';

describe.each(DIALECTS)('carrier health and unmapped codes API on %s', (dialect) => {
  let store: TestStore;
  let app: Awaited<ReturnType<typeof build>>;
  let auth: { authorization: string };
  let tenantId: string;
  const fake = new FakeCarrier('fake', { batchSize: 5, ratePerSecond: 2, burst: 4 });
  // Needs settings and has no account: not configured, not listed.
  const idle = new FakeCarrier('idle');
  const adapters = { fake: fake.adapter(), idle: idle.adapter() };
  const config = loadConfig(
    {},
    { 'simulator.enabled': false, 'carriers.accounts': { fake: { apiKey: 'k' } } },
  );
  const clock = () => new Date();
  let pipeline: IngestPipeline;

  beforeEach(async () => {
    store = await freshStore(dialect);
    tenantId = (await createTenant(store.db, 'Shop', clock())).id;
    auth = { authorization: `Bearer ${(await createApiKey(store.db, tenantId, 'test', clock())).key}` };
    pipeline = new IngestPipeline(store, { clock });
    app = await build({
      config,
      store,
      pipeline,
      logger: pino({ level: 'silent' }),
      clock,
      detectCarrier: chooseCarrier,
      carrierAdapters: adapters,
    });
  });
  afterEach(async () => {
    await app.close();
    await store.dispose();
  });

  it('needs an API key', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/carriers' });
    expect(response.statusCode).toBe(401);
  });

  it('lists each configured carrier with capabilities, last success and error, error rate, rate limit and breaker', async () => {
    const before = await app.inject({ method: 'GET', url: '/v1/carriers', headers: auth });
    expect(before.json()).toEqual({
      items: [
        expect.objectContaining({
          id: 'fake',
          name: 'Fake fake',
          polled: true,
          capabilities: expect.objectContaining({ pull: true, batchSize: 5, ratePerSecond: 2, burst: 4 }),
          lastSuccessAt: null,
          errorRate: null,
          requests: 0,
          breaker: 'closed',
        }),
      ],
    });

    await registerShipment(store, { tenantId, trackingNumber: 'FAKE0001', carrier: 'fake' }, clock());
    let now = Date.now();
    const poller = new Poller({
      store,
      pipeline,
      adapters,
      accounts: config.carriers.accounts,
      settings: { ...config.carriers.polling, breakerFailures: 1, breakerCooldownSeconds: 60 },
      clock: () => new Date(now),
    });
    fake.next = () => ({ kind: 'fail', error: unavailable() });
    await poller.tick();
    const down = (await app.inject({ method: 'GET', url: '/v1/carriers', headers: auth })).json().items[0];
    expect(down).toMatchObject({
      lastSuccessAt: null,
      lastError: 'unavailable: HTTP 503',
      errorRate: 1,
      requests: 1,
      breaker: 'open',
      rateLimit: { tokens: 3, limitedUntil: null },
    });

    fake.next = () => ({ kind: 'answer' });
    now += 2 * 60_000; // past the cool-down (60 s) and the retry delay (30 s ± jitter)
    await poller.tick();
    const up = (await app.inject({ method: 'GET', url: '/v1/carriers', headers: auth })).json().items[0];
    expect(up).toMatchObject({
      breaker: 'closed',
      lastSuccessAt: expect.any(String),
      errorRate: 0.5,
      requests: 2,
    });
  });

  it('counts unmapped codes per carrier, with a sample description', async () => {
    await registerShipment(store, { tenantId, trackingNumber: 'FAKE0001', carrier: 'fake' }, clock());
    const scan = (minute: number, code: string, description: string) => ({
      trackingNumber: 'FAKE0001',
      carrier: 'fake',
      occurredAt: `2026-11-25T10:0${minute}:00Z`,
      status: 'in_transit.other',
      rawCode: code,
      rawDescription: description,
      unmapped: true as const,
    });
    await ingestCarrierResult(
      { store, pipeline },
      {
        carrier: 'fake',
        source: { adapter: 'fake', mode: 'push' },
        result: {
          scans: [scan(1, 'Q7', 'Sorted oddly'), scan(2, 'Q7', 'Sorted oddly'), scan(3, 'ZZ', 'Mystery')],
          problems: [],
        },
      },
    );
    const response = await app.inject({ method: 'GET', url: '/v1/carriers/unmapped', headers: auth });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({
        carrier: 'fake',
        rawCode: 'Q7',
        count: 2,
        sampleDescription: 'Sorted oddly',
      }),
      expect.objectContaining({ carrier: 'fake', rawCode: 'ZZ', count: 1, sampleDescription: 'Mystery' }),
    ]);
  });
});
