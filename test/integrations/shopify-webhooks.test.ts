import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHOPIFY_WEBHOOK_PATH } from '../../src/integrations/shopify/webhook-route.js';
import { DIALECTS } from '../helpers/dialects.js';
import { shopifyWebhookRequest } from '../helpers/shopify-stand-in.js';
import {
  CLIENT_SECRET,
  PREVIOUS_SECRET,
  SHOP_DOMAIN,
  fulfillmentBody,
  orderBody,
  shopifyTestApp,
  type ShopifyTestApp,
} from './shopify-harness.js';

const UPS = '1Z5R89390357567127';
const FEDEX = '986578788855';

describe.each(DIALECTS)('Shopify webhooks on %s', (dialect) => {
  let t: ShopifyTestApp;
  beforeEach(async () => {
    t = await shopifyTestApp(dialect);
  });
  afterEach(() => t.close());

  const orderRow = (number: string) =>
    t.store.db
      .selectFrom('orders')
      .selectAll()
      .where('tenant_id', '=', t.tenantId)
      .where('order_number', '=', number)
      .executeTakeFirst();
  const shipmentsOf = (orderId: string) =>
    t.store.db
      .selectFrom('shipments')
      .select(['tracking_number', 'carrier', 'order_id', 'destination_country'])
      .where('order_id', '=', orderId)
      .orderBy('tracking_number')
      .execute();

  it('stores a signed order with its customer, consent, destination and parcel, and records the delivery', async () => {
    const fulfilled = orderBody({ fulfillments: [fulfillmentBody()] });
    const answer = await t.send({
      topic: 'orders/create',
      body: fulfilled,
      webhookId: 'wh-1',
      headerCase: 'lower',
    });
    expect(answer).toEqual({
      status: 200,
      body: {
        outcome: 'stored',
        detail: 'Order #1001 stored: 1 parcel tracked (1 new).',
        parcels: 1,
        refused: 0,
      },
    });
    const order = (await orderRow('#1001'))!;
    expect(order).toMatchObject({
      source: 'shopify',
      source_ref: '4440001001',
      customer_email: 'ada@example.com',
      customer_name: 'Ada Lee',
      customer_locale: 'en-CA',
      ordered_at: '2026-03-01T14:00:00.000Z',
    });
    expect(JSON.parse(order.consent)).toEqual({
      email: {
        text: "Shopify order #1001: shipping updates to the order's email address",
        at: expect.any(String),
      },
    });
    expect(JSON.parse(order.context)).toMatchObject({
      'shopify.shop': SHOP_DOMAIN,
      [`shopify.fulfillment.${UPS}`]: 'gid://shopify/Fulfillment/5550001001',
    });
    expect(await shipmentsOf(order.id)).toEqual([
      { tracking_number: UPS, carrier: 'ups', order_id: order.id, destination_country: 'CA' },
    ]);
    const recipients = await t.store.db
      .selectFrom('notification_recipients')
      .select(['channel', 'address'])
      .where('tenant_id', '=', t.tenantId)
      .execute();
    expect(recipients).toEqual([{ channel: 'email', address: 'ada@example.com' }]);
    expect(
      await t.store.db
        .selectFrom('shop_webhooks')
        .select(['webhook_id', 'topic', 'outcome', 'detail'])
        .execute(),
    ).toEqual([
      {
        webhook_id: 'wh-1',
        topic: 'orders/create',
        outcome: 'stored',
        detail: 'Order #1001 stored: 1 parcel tracked (1 new).',
      },
    ]);
    const integration = await t.store.db
      .selectFrom('shop_integrations')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(integration).toMatchObject({ tenant_id: t.tenantId, platform: 'shopify', last_error: null });
    expect(integration.last_webhook_at).not.toBeNull();
  });

  it.each([
    ['signed with another secret', { secret: 'shpss_someone_else' }],
    [
      'with a body altered after signing',
      {
        signature: shopifyWebhookRequest({
          topic: 'orders/create',
          shopDomain: SHOP_DOMAIN,
          secret: CLIENT_SECRET,
          body: orderBody({ email: 'eve@example.com' }),
        }).headers['X-Shopify-Hmac-Sha256']!,
      },
    ],
    ['without the signature header', { signature: 'missing' }],
  ])('refuses a webhook %s with 401, stores nothing and logs the shop and reason', async (_case, forged) => {
    const answer = await t.send({ topic: 'orders/create', body: orderBody(), ...forged });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: 'signature_invalid', status: 401 });
    expect(await t.count('orders')).toBe(0);
    expect(await t.count('shop_webhooks')).toBe(0);
    const warnings = t.logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'shopify webhook refused');
    expect(warnings).toEqual([
      expect.objectContaining({
        level: 40,
        shop: SHOP_DOMAIN,
        reason: expect.stringMatching(/X-Shopify-Hmac-Sha256/),
      }),
    ]);
    expect(t.logLines.join('\n')).not.toContain(CLIENT_SECRET);
  });

  it('refuses a shop that is not configured with 401', async () => {
    const answer = await t.send({
      topic: 'orders/create',
      body: orderBody(),
      shopDomain: 'other.myshopify.com',
    });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ detail: 'no Shopify shop other.myshopify.com is configured' });
    expect(await t.count('orders')).toBe(0);
  });

  it('handles a replayed delivery once: the same id again answers 200 and stores nothing new', async () => {
    const first = await t.send({ topic: 'orders/create', body: orderBody(), webhookId: 'wh-replay' });
    expect(first.body).toMatchObject({ outcome: 'stored' });
    const again = await t.send({
      topic: 'orders/create',
      body: orderBody({ email: 'changed@example.com', fulfillments: [fulfillmentBody()] }),
      webhookId: 'wh-replay',
    });
    expect(again).toEqual({
      status: 200,
      body: {
        outcome: 'duplicate',
        detail: 'webhook wh-replay was handled before; nothing changed',
        parcels: 0,
        refused: 0,
      },
    });
    expect(await t.count('shop_webhooks')).toBe(1);
    expect(await t.count('shipments')).toBe(0);
    expect((await orderRow('#1001'))?.customer_email).toBe('ada@example.com');
  });

  it('accepts the previous secret during a rotation', async () => {
    const answer = await t.send({ topic: 'orders/create', body: orderBody(), secret: PREVIOUS_SECRET });
    expect(answer.status).toBe(200);
    expect(await t.count('orders')).toBe(1);
  });

  it('takes a fulfillment before its order, and the order completes it later', async () => {
    const early = await t.send({
      topic: 'fulfillments/create',
      body: fulfillmentBody({ id: 5550002001, order_id: 4440002002, name: '#1002.1' }),
    });
    expect(early.body).toMatchObject({ outcome: 'stored', parcels: 1 });
    const minimal = (await orderRow('#1002'))!;
    expect(minimal).toMatchObject({ source: 'shopify', source_ref: '4440002002', customer_email: null });
    const order = await t.send({
      topic: 'orders/create',
      body: orderBody({ id: 4440002002, name: '#1002', order_number: 1002 }),
    });
    expect(order.body).toMatchObject({
      outcome: 'stored',
      detail: 'Order #1002 updated: 1 parcel tracked (0 new).',
    });
    expect(await t.count('orders')).toBe(1);
    const complete = (await orderRow('#1002'))!;
    expect(complete).toMatchObject({ id: minimal.id, customer_email: 'ada@example.com' });
    expect(await shipmentsOf(complete.id)).toEqual([
      expect.objectContaining({ tracking_number: UPS, carrier: 'ups' }),
    ]);
    // The customer the order named became the early parcel's recipient.
    const recipients = await t.store.db.selectFrom('notification_recipients').select('address').execute();
    expect(recipients).toEqual([{ address: 'ada@example.com' }]);
  });

  it('joins a later fulfillment to its stored order by Shopify order id, even without a name', async () => {
    await t.send({ topic: 'orders/create', body: orderBody({ name: 'SHOP-1001' }) });
    const answer = await t.send({ topic: 'fulfillments/update', body: fulfillmentBody({ name: null }) });
    expect(answer.body).toMatchObject({
      outcome: 'stored',
      detail: 'Order SHOP-1001 updated: 1 parcel tracked (1 new).',
    });
    expect(await t.count('orders')).toBe(1);
    const recipients = await t.store.db.selectFrom('notification_recipients').select('address').execute();
    expect(recipients).toEqual([{ address: 'ada@example.com' }]);
  });

  it('tracks an order split over parcels from two carriers, and leaves an unknown company to detection', async () => {
    const answer = await t.send({
      topic: 'orders/updated',
      body: orderBody({
        fulfillments: [
          fulfillmentBody(),
          fulfillmentBody({
            id: 5550001002,
            name: '#1001.2',
            tracking_company: 'FedEx',
            tracking_numbers: [FEDEX],
          }),
          fulfillmentBody({
            id: 5550001003,
            name: '#1001.3',
            tracking_company: 'Bob’s Couriers',
            tracking_numbers: ['1Z879E930346834440'],
          }),
        ],
      }),
    });
    expect(answer.body).toMatchObject({ outcome: 'stored', parcels: 3 });
    const order = (await orderRow('#1001'))!;
    expect((await shipmentsOf(order.id)).map((s) => [s.tracking_number, s.carrier])).toEqual([
      ['1Z5R89390357567127', 'ups'],
      ['1Z879E930346834440', 'ups'],
      [FEDEX, 'fedex'],
    ]);
  });

  it('stores the trackable parcels and reports the others', async () => {
    const answer = await t.send({
      topic: 'orders/updated',
      body: orderBody({
        fulfillments: [
          fulfillmentBody({ tracking_company: null, tracking_numbers: [UPS, 'NOT-A-NUMBER-123'] }),
        ],
      }),
    });
    expect(answer.body).toMatchObject({ outcome: 'stored', parcels: 1, refused: 1 });
    expect((answer.body as { detail: string }).detail).toMatch(/refused NOTANUMBER123 \(/);
  });

  it('ignores a delivery older than the order it would change', async () => {
    await t.send({
      topic: 'orders/updated',
      body: orderBody({ updated_at: '2026-03-03T10:00:00Z', email: 'new@example.com' }),
    });
    const stale = await t.send({
      topic: 'orders/updated',
      body: orderBody({ updated_at: '2026-03-02T10:00:00Z' }),
    });
    expect(stale.body).toMatchObject({ outcome: 'ignored' });
    expect((await orderRow('#1001'))?.customer_email).toBe('new@example.com');
  });

  it('answers 200 and records why for a body that is not an order, and for a topic it does not read', async () => {
    const bad = await t.send({ topic: 'orders/create', body: '[1,2', webhookId: 'wh-bad' });
    expect(bad).toEqual({
      status: 200,
      body: { outcome: 'failed', detail: 'The body is not JSON.', parcels: 0, refused: 0 },
    });
    const other = await t.send({ topic: 'app/uninstalled', body: { id: 1 } });
    expect(other.body).toMatchObject({ outcome: 'ignored' });
    const integration = await t.store.db
      .selectFrom('shop_integrations')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(integration.last_error).toBe('The body is not JSON.');
  });

  it('never answers 5xx to 1,000 validly signed deliveries of arbitrary JSON', async () => {
    const orderLike = fc.record(
      {
        id: fc.oneof(fc.integer(), fc.constant(4440001001), fc.string()),
        order_id: fc.oneof(fc.integer({ min: 1 }), fc.string()),
        name: fc.oneof(fc.string(), fc.constant('#1001.1')),
        email: fc.oneof(fc.string(), fc.emailAddress()),
        customer_locale: fc.string(),
        created_at: fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        tracking_company: fc.constantFrom('UPS', 'FedEx', 'DHL Express', 'x', null),
        tracking_numbers: fc.array(fc.oneof(fc.string(), fc.constant(UPS), fc.constant(FEDEX)), {
          maxLength: 4,
        }),
        fulfillments: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
        shipping_address: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'orders/create',
          'orders/updated',
          'fulfillments/create',
          'fulfillments/update',
          'orders/paid',
        ),
        fc.oneof(fc.jsonValue(), orderLike),
        async (topic, body) => {
          const { body: bytes, headers } = shopifyWebhookRequest({
            topic,
            body: JSON.stringify(body),
            shopDomain: SHOP_DOMAIN,
            secret: CLIENT_SECRET,
          });
          const response = await t.app.inject({
            method: 'POST',
            url: SHOPIFY_WEBHOOK_PATH,
            headers,
            payload: bytes,
          });
          expect(response.statusCode, response.body).toBe(200);
        },
      ),
      { numRuns: 1000 },
    );
  }, 300_000);
});
