import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsAdapter } from '../../../src/carriers/ups/index.js';
import { loadConfig } from '../../../src/config/config.js';
import { IngestPipeline } from '../../../src/ingest/pipeline.js';
import { pollRows } from '../../../src/ingest/polling/claims.js';
import { readHealth } from '../../../src/ingest/polling/health.js';
import { Poller } from '../../../src/ingest/polling/poller.js';
import { registerShipment } from '../../../src/ingest/register-shipment.js';
import { findShipmentByNumber, listEvents } from '../../../src/store/repositories/shipments.js';
import { createTenant } from '../../../src/store/repositories/tenants.js';
import {
  json,
  startCarrierStandIn,
  tooManyRequests,
  type CarrierStandIn,
} from '../../helpers/carrier-stand-in.js';
import { DIALECTS, freshStore, type TestStore } from '../../helpers/dialects.js';

const NUMBER = '1Z4F87W20342619083';
const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../src/carriers/ups/fixtures/${name}.json`, import.meta.url), 'utf8'),
  );

describe.each(DIALECTS)('polling the real UPS adapter against a stand-in on %s', (dialect) => {
  let store: TestStore;
  let standIn: CarrierStandIn;
  let now: number;
  const clock = () => new Date(now);

  beforeEach(async () => {
    now = Date.parse('2026-11-26T08:00:00.000Z');
    store = await freshStore(dialect);
    standIn = await startCarrierStandIn();
    standIn.route('POST /security/v1/oauth/token', () =>
      json({ access_token: 'token-1', token_type: 'Bearer', expires_in: 14_399 }),
    );
  });
  afterEach(async () => {
    await standIn.close();
    await store.dispose();
  });

  it('polls, honours a 429’s Retry-After, and follows the parcel to delivery', async () => {
    const tenantId = (await createTenant(store.db, 'Shop', clock())).id;
    await registerShipment(store, { tenantId, trackingNumber: NUMBER, carrier: 'ups' }, clock());
    let answer = fixture('in-transit-journey');
    standIn.route('GET /api/track/v1/details/:number', () => json(answer));
    const poller = new Poller({
      store,
      pipeline: new IngestPipeline(store, { clock }),
      adapters: { ups: upsAdapter },
      accounts: { ups: { baseUrl: standIn.url, clientId: 'id', clientSecret: 'secret' } },
      settings: loadConfig({}, {}).carriers.polling,
      clock,
      random: () => 0.5,
    });

    await poller.tick();
    const shipment = await findShipmentByNumber(store.db, tenantId, NUMBER);
    expect(shipment).toMatchObject({ status: 'out_for_delivery' });
    expect(await listEvents(store.db, tenantId, shipment!.id)).toHaveLength(5);
    expect((await pollRows(store, 'ups'))[0]).toMatchObject({
      status: 'out_for_delivery',
      next_poll_at: new Date(now + 30 * 60_000).toISOString(),
    });
    expect(standIn.requestsTo('GET /api/track/v1/details/:number')[0]?.headers.authorization).toBe(
      'Bearer token-1',
    );

    now += 30 * 60_000;
    standIn.once('GET /api/track/v1/details/:number', tooManyRequests(120));
    await poller.tick();
    expect((await pollRows(store, 'ups'))[0]).toMatchObject({
      next_poll_at: new Date(now + 120_000).toISOString(),
    });
    expect((await readHealth(store.db, clock())).get('ups')).toMatchObject({
      rateLimitedUntil: new Date(now + 120_000).toISOString(),
      lastError: expect.stringContaining('rate_limited'),
    });

    answer = fixture('delivered-signed');
    now += 120_000;
    await poller.tick();
    expect(await findShipmentByNumber(store.db, tenantId, NUMBER)).toMatchObject({
      status: 'delivered',
      substatus: 'delivered.signed',
    });
    expect((await pollRows(store, 'ups'))[0]).toMatchObject({ status: 'delivered', unchanged_polls: 0 });
  });
});
