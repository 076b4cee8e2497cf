import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShopifyIntegration } from '../../src/integrations/shopify/integration.js';
import { DIALECTS } from '../helpers/dialects.js';
import { JOURNEY } from '../helpers/scans.js';
import { startShopifyStandIn, type ShopifyStandIn } from '../helpers/shopify-stand-in.js';
import { waitFor } from '../helpers/wait.js';
import { fulfillmentBody, orderBody, shopifyTestApp, type ShopifyTestApp } from './shopify-harness.js';

const UPS = '1Z5R89390357567127';
const FEDEX = '986578788855';
const UPS_FULFILLMENT = 'gid://shopify/Fulfillment/5550001001';
const FEDEX_FULFILLMENT = 'gid://shopify/Fulfillment/5550001002';
/** What the journey's seven changes post on 2026-01: each substatus change is one event. */
const POSTED = [
  'CONFIRMED',
  'CARRIER_PICKED_UP',
  'IN_TRANSIT',
  'IN_TRANSIT',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
];

describe.each(DIALECTS)('Shopify fulfillment events on %s', (dialect) => {
  let shopify: ShopifyStandIn;
  let t: ShopifyTestApp;
  let integration: ShopifyIntegration;

  const setUp = async (shop: Record<string, unknown> = {}) => {
    t = await shopifyTestApp(dialect, {
      baseUrl: shopify.url,
      accessToken: shopify.accessToken,
      apiVersion: '2026-01',
      ...shop,
    });
    integration = new ShopifyIntegration(t.store, t.config, {
      pollIntervalMs: 20,
      retryDelayMs: () => 30,
      client: { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 20))) },
    });
    integration.attach(t.relay);
    integration.start();
  };
  /** One request per scan, each committed before the next: every one changes the status. */
  const scan = async (trackingNumber: string, carrier: string, step: (typeof JOURNEY)[number]) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: t.auth,
      payload: {
        events: [
          {
            trackingNumber,
            carrier,
            occurredAt: step.occurredAt,
            status: step.status,
            rawCode: step.rawCode,
            location: { city: 'Berlin', country: 'DE', postalCode: '10115' },
          },
        ],
      },
    });
    expect(response.json()).toMatchObject({ accepted: 1 });
  };
  const posts = () =>
    t.store.db
      .selectFrom('shopify_event_posts')
      .select(['fulfillment_id', 'state', 'attempts', 'last_error'])
      .orderBy('seq')
      .execute();

  beforeEach(async () => {
    shopify = await startShopifyStandIn({ bucket: { maximumAvailable: 1000, restoreRate: 1000 } });
    shopify.addOrder({
      id: 4440001001,
      name: '#1001',
      updatedAt: '2026-03-02T15:15:00Z',
      fulfillments: [
        { id: 5550001001, trackingInfo: [{ company: 'UPS', number: UPS }] },
        { id: 5550001002, trackingInfo: [{ company: 'FedEx', number: FEDEX }] },
      ],
    });
  });
  afterEach(async () => {
    await integration.stop();
    await t.close();
    await shopify.close();
  });

  it('posts every status change of a parcel with its time and place, in order', async () => {
    await setUp();
    await t.send({ topic: 'orders/create', body: orderBody({ fulfillments: [fulfillmentBody()] }) });
    for (const step of JOURNEY) await scan(UPS, 'ups', step);
    await waitFor(() => shopify.events.length >= POSTED.length, 'seven fulfillment events', 20_000);
    expect(shopify.events.map((e) => e.status)).toEqual(POSTED);
    expect(shopify.events[0]).toEqual({
      fulfillmentId: UPS_FULFILLMENT,
      status: 'CONFIRMED',
      happenedAt: '2026-11-18T16:02:00.000Z',
      city: 'Berlin',
      country: 'DE',
      zip: '10115',
    });
    expect(
      shopify.calls.every((call) => call.version === '2026-01' && call.token === shopify.accessToken),
    ).toBe(true);
    await waitFor(
      async () => (await posts()).every((post) => post.state === 'posted'),
      'every post marked posted',
    );
  });

  it('gets every change of both parcels of a split order through an outage, in order per fulfillment', async () => {
    await setUp();
    await t.send({
      topic: 'orders/create',
      body: orderBody({
        fulfillments: [
          fulfillmentBody(),
          fulfillmentBody({
            id: 5550001002,
            name: '#1001.2',
            tracking_company: 'FedEx',
            tracking_numbers: [FEDEX],
          }),
        ],
      }),
    });
    shopify.failNext(6);
    for (const step of JOURNEY) {
      await scan(UPS, 'ups', step);
      await scan(FEDEX, 'fedex', step);
    }
    await waitFor(() => shopify.events.length >= 2 * POSTED.length, 'fourteen fulfillment events', 30_000);
    const of = (fulfillment: string) =>
      shopify.events.filter((e) => e.fulfillmentId === fulfillment).map((e) => [e.status, e.happenedAt]);
    const expected = POSTED.map((status, i) => [status, new Date(JOURNEY[i]!.occurredAt!).toISOString()]);
    expect(of(UPS_FULFILLMENT)).toEqual(expected);
    expect(of(FEDEX_FULFILLMENT)).toEqual(expected);
    expect(shopify.calls.filter((call) => call.status === 503)).toHaveLength(6);
    const stored = await waitFor(async () => {
      const rows = await posts();
      return rows.every((post) => post.state === 'posted') ? rows : undefined;
    }, 'every post marked posted');
    expect(stored!.some((post) => post.attempts > 1)).toBe(true);
  });

  it('records userErrors as the integration’s last error and does not retry them', async () => {
    await setUp();
    await t.send({
      topic: 'orders/create',
      body: orderBody({ fulfillments: [fulfillmentBody({ id: 5559999999 })] }),
    });
    await scan(UPS, 'ups', JOURNEY[0]!);
    const failedPosts = await waitFor(async () => {
      const rows = await posts();
      return rows.length === 1 && rows[0]!.state === 'failed' ? rows : undefined;
    }, 'the post to fail');
    const failed = failedPosts![0];
    expect(failed).toMatchObject({
      attempts: 1,
      last_error:
        'fulfillmentEventCreate CONFIRMED for gid://shopify/Fulfillment/5559999999: Fulfillment does not exist.',
    });
    const integrationRow = await t.store.db
      .selectFrom('shop_integrations')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(integrationRow.last_error).toBe(failed!.last_error);
    const calls = shopify.calls.length;
    await scan(UPS, 'ups', JOURNEY[1]!);
    await waitFor(
      async () => (await posts()).filter((p) => p.state === 'failed').length === 2,
      'the second to fail',
    );
    expect(shopify.calls.length).toBe(calls + 1);
    expect(shopify.events).toEqual([]);
  });

  it('posts nothing for a shop with postEvents off', async () => {
    await setUp({ postEvents: false });
    await t.send({ topic: 'orders/create', body: orderBody({ fulfillments: [fulfillmentBody()] }) });
    await scan(UPS, 'ups', JOURNEY[0]!);
    await t.relay.drain();
    expect(await t.count('shopify_event_posts')).toBe(0);
    expect(shopify.calls).toEqual([]);
  });
});
