import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { build } from '../../src/http/app.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { IDEMPOTENCY_TTL_MS } from '../../src/http/plugins/idempotency.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { createApiKey, createTenant } from '../../src/store/repositories/tenants.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';

const shipment = (trackingNumber = 'WBIDEM0000001') => ({ trackingNumber, carrier: 'custom' });

describe.each(DIALECTS)('Idempotency-Key on POST /v1 (%s)', (dialect) => {
  let t: TestApp;
  let clockMs: number;
  const clock = () => new Date(clockMs);
  const apps: FastifyInstance[] = [];

  // Another node (or the same one after a restart) on the same database, on the test's clock.
  async function node(): Promise<FastifyInstance> {
    const app = await build({
      config: loadConfig({}, { 'simulator.enabled': false }),
      store: t.store,
      pipeline: new IngestPipeline(t.store, { clock }),
      logger: pino({ level: 'silent' }),
      clock,
      detectCarrier: chooseCarrier,
    });
    apps.push(app);
    return app;
  }

  beforeEach(async () => {
    clockMs = Date.parse('2026-12-01T10:00:00Z');
    t = await testApp(dialect);
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await t.close();
  });

  const post = (app: FastifyInstance, payload: unknown, key?: string, auth = t.auth) =>
    app.inject({
      method: 'POST',
      url: '/v1/shipments',
      payload: payload as object,
      headers: { ...auth, ...(key === undefined ? {} : { 'idempotency-key': key }) },
    });
  const count = async () =>
    Number(
      (
        await t.store.db
          .selectFrom('shipments')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('answers a repeat with the first answer, status included, and runs the request once', async () => {
    const app = await node();
    const first = await post(app, shipment(), 'order-1001-label');
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await post(app, shipment(), 'order-1001-label');
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.headers['idempotent-replayed']).toBe('true');
    // Without a key the same body is a new request: the existing shipment, 200.
    expect((await post(app, shipment())).statusCode).toBe(200);
    expect(await count()).toBe(1);
  });

  it('reads the body for what it says: the same fields in another order are the same request', async () => {
    const app = await node();
    const first = await post(app, { trackingNumber: 'WBIDEM0000002', carrier: 'custom' }, 'k-order');
    const again = await post(app, { carrier: 'custom', trackingNumber: 'WBIDEM0000002' }, 'k-order');
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('refuses the same key with another body or path with 422, changing nothing', async () => {
    const app = await node();
    expect((await post(app, shipment('WBIDEM0000003'), 'k-1')).statusCode).toBe(201);
    const other = await post(app, shipment('WBIDEM0000004'), 'k-1');
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({
      code: 'idempotency_key_reused',
      detail: expect.stringContaining('k-1'),
    });
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/v1/events',
      payload: {
        events: [
          {
            trackingNumber: 'WBIDEM0000003',
            occurredAt: '2026-11-30T09:00:00Z',
            status: 'in_transit.picked_up',
            rawDescription: 'Picked up',
          },
        ],
      },
      headers: { ...t.auth, 'idempotency-key': 'k-1' },
    });
    expect(elsewhere.statusCode).toBe(422);
    expect(await count()).toBe(1);
    const scans = await t.store.db.selectFrom('tracking_events').select('id').execute();
    expect(scans).toEqual([]);
  });

  it('runs one of two identical requests arriving at once on two connections, and both get its answer', async () => {
    const app = await node();
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const send = () =>
      fetch(`${url}/v1/shipments`, {
        method: 'POST',
        headers: { ...t.auth, 'content-type': 'application/json', 'idempotency-key': 'same-moment' },
        body: JSON.stringify(shipment('WBIDEM0000005')),
      }).then(async (r) => ({
        status: r.status,
        body: await r.text(),
        replayed: r.headers.get('idempotent-replayed'),
      }));
    const [a, b] = await Promise.all([send(), send()]);
    // Without the key one would be 201 (created) and the other 200 (already tracked).
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body).toBe(b.body);
    expect([a.replayed, b.replayed].filter((r) => r === 'true')).toHaveLength(1);
    expect(await count()).toBe(1);
  });

  it('gives the first answer after a restart and on another node', async () => {
    const before = await node();
    const first = await post(before, shipment('WBIDEM0000006'), 'restart-1');
    await before.close();
    apps.splice(apps.indexOf(before), 1);
    const after = await node();
    const again = await post(after, shipment('WBIDEM0000006'), 'restart-1');
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('keeps keys apart per tenant, and forgets them after 24 hours', async () => {
    const app = await node();
    expect((await post(app, shipment('WBIDEM0000007'), 'shared-key')).statusCode).toBe(201);
    const shop = await createTenant(t.store.db, 'Other shop', clock());
    const { key } = await createApiKey(t.store.db, shop.id, 'other', clock());
    const theirs = await post(app, shipment('WBIDEM0000008'), 'shared-key', {
      authorization: `Bearer ${key}`,
    });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();

    clockMs += IDEMPOTENCY_TTL_MS - 1_000;
    expect((await post(app, shipment('WBIDEM0000009'), 'shared-key')).statusCode).toBe(422);
    clockMs += 2_000;
    const fresh = await post(app, shipment('WBIDEM0000009'), 'shared-key');
    expect(fresh.statusCode).toBe(201);
    expect(fresh.headers['idempotent-replayed']).toBeUndefined();
  });

  it('lets a retry run when the first request’s process died before storing its answer', async () => {
    const app = await node();
    expect((await post(app, shipment('WBIDEM0000010'), 'orphaned')).statusCode).toBe(201);
    // What a process killed between running and answering leaves: the key held, no answer.
    await t.store.db
      .updateTable('idempotency_keys')
      .set({
        status: null,
        body: null,
        content_type: null,
        locked_until: new Date(clockMs + 60_000).toISOString(),
      })
      .where('key', '=', 'orphaned')
      .execute();
    // Once its hold has run out, the retry runs (the shipment exists by now: 200) and is kept.
    clockMs += 60_001;
    const retry = await post(app, shipment('WBIDEM0000010'), 'orphaned');
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    const again = await post(app, shipment('WBIDEM0000010'), 'orphaned');
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('refuses a malformed key with 400 naming the header, and answers errors the same way again', async () => {
    const app = await node();
    const bad = await post(app, shipment(), 'x'.repeat(256));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ field: 'header.idempotency-key' }] });
    const refused = await post(app, { trackingNumber: '12', carrier: 'custom' }, 'bad-number');
    const again = await post(app, { trackingNumber: '12', carrier: 'custom' }, 'bad-number');
    expect(again.statusCode).toBe(refused.statusCode);
    expect(again.body).toBe(refused.body);
    expect(await count()).toBe(0);
  });
});
