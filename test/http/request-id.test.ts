import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Estimates } from '../../src/estimates/estimates.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import type { OutboxMessage } from '../../src/store/repositories/outbox.js';
import { DIALECTS } from '../helpers/dialects.js';
import { testApp, type TestApp } from '../helpers/app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(DIALECTS)('request ids on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(() => t.close());

  let serial = 0;
  const postScan = (headers: Record<string, string> = {}) => {
    serial += 1;
    return t.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { ...t.auth, ...headers },
      payload: {
        events: [
          {
            trackingNumber: `1ZREQ${String(serial).padStart(13, '0')}`,
            carrier: 'ups',
            occurredAt: '2026-12-01T09:00:00+01:00',
            status: 'in_transit.picked_up',
            rawDescription: 'Picked up',
          },
        ],
      },
    });
  };
  const registerAs = (requestId: string) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: { ...t.auth, 'x-request-id': requestId },
      payload: { trackingNumber: '1Z999AA10123456784', carrier: 'ups' },
    });
  const outboxIdsOf = async (requestId: string) =>
    (await t.store.db.selectFrom('outbox').select('id').where('request_id', '=', requestId).execute()).length;

  it('answers with the request id and stores it on the outbox messages the request caused', async () => {
    const response = await postScan();
    expect(response.statusCode).toBe(200);
    const id = response.headers['x-request-id'] as string;
    expect(id).toMatch(UUID);
    expect(await outboxIdsOf(id)).toBeGreaterThan(0);
    const other = await postScan();
    expect(other.headers['x-request-id']).not.toBe(id);
  });

  it("keeps a caller's plain X-Request-Id and replaces one that is not a plain token", async () => {
    const kept = await postScan({ 'x-request-id': 'lb-7f3a.42:edge' });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.42:edge');
    expect(await outboxIdsOf('lb-7f3a.42:edge')).toBeGreaterThan(0);
    for (const bad of ['has spaces in it', 'x'.repeat(129), '<script>']) {
      const replaced = await postScan({ 'x-request-id': bad });
      expect(replaced.headers['x-request-id']).toMatch(UUID);
    }
    // Problems answer with it too.
    const refused = await t.app.inject({ url: '/v1/shipments/nope', headers: { 'x-request-id': 'trace-1' } });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['x-request-id']).toBe('trace-1');
  });

  it('hands the request id to the subscribers that handle its messages, one by one or in a batch', async () => {
    const each: OutboxMessage[] = [];
    const batches: OutboxMessage[][] = [];
    // A relay of its own that nothing wakes: both requests' messages reach it in one read.
    const relay = new OutboxRelay(t.store);
    relay.subscribe({
      name: 'each',
      durable: true,
      async handle(message) {
        each.push(message);
      },
    });
    relay.subscribe({
      name: 'batch',
      durable: true,
      handle: async () => undefined,
      async handleBatch(messages) {
        batches.push([...messages]);
      },
    });
    await relay.drain();
    const first = (await postScan()).headers['x-request-id'] as string;
    const second = (await postScan()).headers['x-request-id'] as string;
    await relay.drain();
    await relay.stop();

    expect(each.length).toBeGreaterThanOrEqual(2);
    expect(new Set(each.map((m) => m.requestId))).toEqual(new Set([first, second]));
    expect(batches).toHaveLength(1);
    expect(new Set(batches[0]!.map((m) => m.requestId))).toEqual(new Set([first, second]));
  });

  it('names the request on what registering a shipment or an order writes', async () => {
    const shipment = await registerAs('register-1');
    expect(shipment.statusCode).toBe(201);
    expect(await outboxIdsOf('register-1')).toBeGreaterThan(0);
    const order = await t.app.inject({
      method: 'POST',
      url: '/v1/orders',
      headers: { ...t.auth, 'x-request-id': 'order-1' },
      payload: { orderNumber: 'R-1', parcels: [{ trackingNumber: '1ZREQ0000000000099', carrier: 'ups' }] },
    });
    expect(order.statusCode).toBe(201);
    expect(await outboxIdsOf('order-1')).toBeGreaterThan(0);
    // Every message here was caused by a request, and names it.
    const unnamed = await t.store.db
      .selectFrom('outbox')
      .select('id')
      .where('request_id', 'is', null)
      .execute();
    expect(unnamed).toHaveLength(0);
  });

  it("passes a request's id on to what a subscriber writes for it: the re-estimate", async () => {
    const relay = new OutboxRelay(t.store);
    new Estimates(t.store).attach(relay);
    const response = await registerAs('register-2');
    expect(response.statusCode).toBe(201);
    await relay.drain();
    await relay.stop();
    const estimated = await t.store.db
      .selectFrom('outbox')
      .select(['type', 'request_id'])
      .where('type', '=', 'eta.changed')
      .execute();
    expect(estimated.length).toBeGreaterThan(0);
    expect(estimated.every((m) => m.request_id === 'register-2')).toBe(true);
  });
});
