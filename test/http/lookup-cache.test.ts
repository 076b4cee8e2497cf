import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctCarrier, setArchived } from '../../src/console/actions/shipment-actions.js';
import { loadConfig } from '../../src/config/config.js';
import { updateEstimate } from '../../src/estimates/estimate-updater.js';
import { Estimator } from '../../src/estimates/estimator.js';
import { build } from '../../src/http/app.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { KEY_TRUST_MS } from '../../src/http/plugins/auth.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { sweepStalled } from '../../src/ingest/stall-sweep.js';
import {
  createApiKey,
  createTenant,
  listApiKeys,
  revokeApiKey,
} from '../../src/store/repositories/tenants.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';

const NUMBER = 'WB1234567890';
const scan = (occurredAt: string, city: string, status = 'in_transit.origin_facility') => ({
  trackingNumber: NUMBER,
  occurredAt,
  status,
  rawDescription: `Arrived at ${city}`,
  location: { city, country: 'DE' },
});
const system = { userId: null, label: 'system', ip: null };

describe.each(DIALECTS)('cached shipment lookups on %s', (dialect) => {
  let t: TestApp;
  let other: FastifyInstance;
  let clockMs: number;
  const clock = () => new Date(clockMs);

  // A second node on the same database, with its own cache and clock.
  async function node(): Promise<FastifyInstance> {
    return build({
      config: loadConfig({}, { 'simulator.enabled': false }),
      store: t.store,
      pipeline: new IngestPipeline(t.store, { clock }),
      onCommitted: () => undefined,
      relay: t.relay,
      logger: pino({ level: 'silent' }),
      clock,
      detectCarrier: chooseCarrier,
    });
  }

  beforeEach(async () => {
    clockMs = Date.parse('2026-11-23T12:00:00Z');
    t = await testApp(dialect);
    other = await node();
  });
  afterEach(async () => {
    await other.close();
    await t.close();
  });

  const get = (app: FastifyInstance, id: string, headers: Record<string, string> = {}) =>
    app.inject({ url: `/v1/shipments/${id}`, headers: { ...t.auth, ...headers } });
  const post = (app: FastifyInstance, events: unknown[]) =>
    app.inject({ method: 'POST', url: '/v1/events', payload: { events }, headers: t.auth });

  async function registered(): Promise<string> {
    expect((await post(t.app, [scan('2026-11-20T09:15:00+01:00', 'Berlin')])).statusCode).toBe(200);
    const list = await t.app.inject({ url: `/v1/shipments?tracking_number=${NUMBER}`, headers: t.auth });
    return (list.json() as { data: { id: string }[] }).data[0]!.id;
  }

  /** What a node that never cached this shipment answers. */
  async function fresh(id: string): Promise<string> {
    const cold = await node();
    try {
      return (await get(cold, id)).body;
    } finally {
      await cold.close();
    }
  }

  it('answers the same bytes twice, with an ETag that a conditional request turns into a 304', async () => {
    const id = await registered();
    const first = await get(t.app, id);
    const second = await get(t.app, id);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(second.body).toBe(first.body);
    expect(first.json()).toMatchObject({ id, trackingNumber: NUMBER, timeline: [expect.any(Object)] });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(second.headers.etag).toBe(etag);

    const unchanged = await get(t.app, id, { 'if-none-match': `W/"other", ${etag}` });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
    expect((await get(t.app, id, { 'if-none-match': '"other"' })).statusCode).toBe(200);
  });

  it('leaves out what the response schema does not name, as the uncached answer did', async () => {
    const id = await registered();
    const body = (await get(t.app, id)).json() as Record<string, unknown>;
    expect(body).not.toHaveProperty('tenantId');
    expect(body).not.toHaveProperty('version');
  });

  it('answers a scan that leaves the status as it was, written through another node', async () => {
    const id = await registered();
    const before = await get(t.app, id);
    // Same status, a new place: "in transit, Halle" after "in transit, Berlin".
    expect((await post(other, [scan('2026-11-21T08:00:00+01:00', 'Halle')])).statusCode).toBe(200);
    const after = await get(t.app, id);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.json().timeline).toHaveLength(2);
    expect(after.body).toBe(await fresh(id));
    // The old ETag no longer matches.
    expect((await get(t.app, id, { 'if-none-match': before.headers.etag as string })).statusCode).toBe(200);
  });

  it('follows every other writer of a shipment: estimates, stall sweeps and console actions', async () => {
    const id = await registered();
    const writers: [string, () => Promise<unknown>][] = [
      [
        'estimate',
        async () => {
          const done = await updateEstimate(t.store, new Estimator(), t.tenantId, id, clock());
          expect(done.estimated).toBe(true);
        },
      ],
      [
        'stall sweep',
        async () => {
          const swept = await sweepStalled(t.store, { now: new Date('2026-12-20T12:00:00Z') });
          expect(swept.stalledIds).toContain(id);
        },
      ],
      [
        'archive',
        () =>
          setArchived(
            t.store,
            { tenantId: t.tenantId, shipmentId: id, archived: true, actor: system },
            clock(),
          ),
      ],
      [
        'carrier correction',
        () =>
          correctCarrier(
            t.store,
            {
              tenantId: t.tenantId,
              shipmentId: id,
              trackingNumber: NUMBER,
              from: 'waybill',
              to: 'dhl',
              actor: system,
              detected: [],
            },
            clock(),
          ),
      ],
    ];
    for (const [name, write] of writers) {
      const before = await get(t.app, id);
      await write();
      const after = await get(t.app, id);
      expect(after.body, name).toBe(await fresh(id));
      if (name !== 'archive') expect(after.body, name).not.toBe(before.body);
    }
    const final = (await get(t.app, id)).json() as { carrier: string; stalled: boolean; estimate: unknown };
    expect(final).toMatchObject({ carrier: 'dhl', stalled: true, estimate: expect.any(Object) });
  });

  it('still answers 404 for a shipment of another tenant or none at all', async () => {
    const id = await registered();
    await get(t.app, id);
    const shop = await createTenant(t.store.db, 'Another shop', clock());
    const { key } = await createApiKey(t.store.db, shop.id, 'other', clock());
    const foreign = await t.app.inject({
      url: `/v1/shipments/${id}`,
      headers: { authorization: `Bearer ${key}` },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.headers.etag).toBeUndefined();
    const missing = await get(t.app, '01ZZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'not_found' });
  });

  it('stops a revoked key at once on the node that revoked it, and within a second elsewhere', async () => {
    const key = (await listApiKeys(t.store.db, t.tenantId))[0]!;
    const list = (app: FastifyInstance) => app.inject({ url: '/v1/shipments', headers: t.auth });
    expect((await list(other)).statusCode).toBe(200);
    expect((await list(t.app)).statusCode).toBe(200);
    // Revoked by this process (the console's route calls the same function).
    await revokeApiKey(t.store.db, t.tenantId, key.id, clock());
    expect((await list(t.app)).statusCode).toBe(401);
    expect((await list(other)).statusCode).toBe(401);
  });

  it('reads a key again after the trust period, so another process’s revocation holds', async () => {
    const key = (await listApiKeys(t.store.db, t.tenantId))[0]!;
    const list = () => other.inject({ url: '/v1/shipments', headers: t.auth });
    expect((await list()).statusCode).toBe(200);
    // As the CLI would, in another process: this one's revocation count does not move.
    await t.store.db
      .updateTable('api_keys')
      .set({ revoked_at: clock().toISOString() })
      .where('id', '=', key.id)
      .execute();
    expect((await list()).statusCode).toBe(200);
    clockMs += KEY_TRUST_MS;
    expect((await list()).statusCode).toBe(401);
  });
});
