import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findOrderByNumber, shipmentsOfOrder } from '../../../src/store/repositories/orders.js';
import { DIALECTS } from '../../helpers/dialects.js';
import {
  startWooCommerceStandIn,
  type WebhookSender,
  type WooCommerceStandIn,
} from '../../helpers/woocommerce-stand-in.js';
import { WEBHOOK_PATH, wooApp, type WooApp } from './woo-app.js';

const UPS = '1Z5R89390357567127';
const DHL = 'JJD0099999999';
const USPS = '9400111202555842332669';
const FEDEX = '986578788855';

const trackingMeta = (...items: { provider: string; number: string; custom?: string }[]) => [
  { id: 9001, key: '_other_plugin', value: 'x' },
  {
    id: 9002,
    key: '_wc_shipment_tracking_items',
    value: items.map((item, i) => ({
      tracking_provider: item.provider,
      custom_tracking_provider: item.custom ?? '',
      custom_tracking_link: item.custom ? 'https://track.example/?n=%1$s&zip=%2$s' : '',
      tracking_number: item.number,
      date_shipped: 1772524800 + i,
      tracking_id: `3f2a9c${i}`,
    })),
  },
];

describe.each(DIALECTS)('WooCommerce webhooks on %s', (dialect) => {
  let shop: WooCommerceStandIn;
  let t: WooApp;
  let sender: WebhookSender;
  beforeAll(async () => {
    shop = await startWooCommerceStandIn();
  });
  afterAll(() => shop.close());
  beforeEach(async () => {
    t = await wooApp(dialect, shop);
    sender = shop.webhookSender(t.transport);
  });
  afterEach(() => t.close());

  const orderOf = async (number: string) => {
    const order = await findOrderByNumber(t.store.db, t.shopTenantId, number);
    if (!order) throw new Error(`no order ${number}`);
    return { order, parcels: await shipmentsOfOrder(t.store.db, t.shopTenantId, order.id) };
  };
  const webhookRows = () =>
    t.store.db
      .selectFrom('shop_webhooks')
      .selectAll()
      .where('tenant_id', '=', t.shopTenantId)
      .orderBy('received_at')
      .execute();

  it('answers the unsigned ping with exactly 200 and stores nothing', async () => {
    expect(await sender.ping()).toBe(200);
    expect(await t.counts()).toEqual({ webhooks: 0, orders: 0, shipments: 0 });
    // WooCommerce's contract, not Waybill's API: the route is not in the OpenAPI document.
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: object }>();
    expect(Object.keys(document.paths).filter((path) => path.includes('woocommerce'))).toEqual([]);
  });

  it('stores a signed order.created with two tracking items of two carriers as one order of two parcels', async () => {
    await sender.ping();
    const woo = shop.addOrder({
      meta_data: trackingMeta({ provider: 'ups', number: UPS }, { provider: 'dhl', number: DHL }),
    });
    const sent = await sender.send('order.created', woo.id);
    expect(sent?.status).toBe(200);
    expect(JSON.parse(sent!.body)).toMatchObject({ outcome: 'stored' });

    const { order, parcels } = await orderOf(woo.number);
    expect(woo.number).not.toBe(String(woo.id));
    expect(order).toMatchObject({
      source: 'woocommerce',
      sourceRef: String(woo.id),
      orderedAt: `${String(woo['date_created_gmt'])}.000Z`,
      customer: { email: `ada${woo.id}@example.com`, name: 'Ada Lee', phone: '+49301234567' },
    });
    expect(order.consent.email?.text).toBe(
      `WooCommerce order ${woo.number}: shipping updates to the billing email`,
    );
    expect(order.consent.sms).toBeUndefined();
    expect(parcels.map((p) => [p.trackingNumber, p.carrier]).sort()).toEqual([
      [UPS, 'ups'],
      [DHL, 'dhl'],
    ]);
    // The customer hears about both parcels by email, not by SMS.
    const recipients = await t.store.db
      .selectFrom('notification_recipients')
      .select(['channel', 'address'])
      .where('tenant_id', '=', t.shopTenantId)
      .execute();
    expect(recipients).toEqual([
      { channel: 'email', address: `ada${woo.id}@example.com` },
      { channel: 'email', address: `ada${woo.id}@example.com` },
    ]);
    const [row] = await webhookRows();
    expect(row).toMatchObject({
      platform: 'woocommerce',
      webhook_id: `${woo.id}@${woo.date_modified_gmt}Z`,
      topic: 'order.created',
      outcome: 'stored',
    });
    const integration = await t.store.db
      .selectFrom('shop_integrations')
      .selectAll()
      .where('tenant_id', '=', t.shopTenantId)
      .executeTakeFirstOrThrow();
    expect(integration.last_webhook_at).not.toBeNull();
    expect(integration.last_error).toBeNull();
  });

  it('stores a replayed delivery once, and the next state of the order again', async () => {
    const woo = shop.addOrder({ meta_data: trackingMeta({ provider: 'ups', number: UPS }) });
    const first = await sender.send('order.updated', woo.id);
    const again = await sender.send('order.updated', woo.id);
    expect(first?.deliveryId).not.toBe(again?.deliveryId);
    expect(again?.status).toBe(200);
    expect(JSON.parse(again!.body)).toMatchObject({ outcome: 'duplicate' });
    expect(await t.counts()).toEqual({ webhooks: 1, orders: 1, shipments: 1 });

    shop.updateOrder(woo.id, (o) => {
      o.meta_data = trackingMeta({ provider: 'ups', number: UPS }, { provider: 'fedex', number: FEDEX });
    });
    expect((await sender.send('order.updated', woo.id))?.status).toBe(200);
    expect(await t.counts()).toEqual({ webhooks: 2, orders: 1, shipments: 2 });
  });

  it('refuses forged and unsigned deliveries with 401, logs nothing into the store', async () => {
    const woo = shop.addOrder({ meta_data: trackingMeta({ provider: 'ups', number: UPS }) });
    const forged = await sender.send('order.created', woo.id, { secret: 'not-the-secret' });
    const unsigned = await sender.send('order.created', woo.id, { signature: null });
    const garbled = await sender.send('order.created', woo.id, { signature: 'abc' });
    for (const answer of [forged, unsigned, garbled]) {
      expect(answer?.status).toBe(401);
      expect(JSON.parse(answer!.body)).toMatchObject({ code: 'signature_invalid' });
    }
    expect(await t.counts()).toEqual({ webhooks: 0, orders: 0, shipments: 0 });

    // A body changed after signing does not verify either.
    const sent = await sender.send('order.created', woo.id);
    expect(sent?.status).toBe(200);
    const tampered = await t.app.inject({
      method: 'POST',
      url: WEBHOOK_PATH,
      headers: {
        'content-type': 'application/json',
        'x-wc-webhook-source': shop.url,
        'x-wc-webhook-topic': 'order.updated',
        'x-wc-webhook-signature': signed(sent!.payload, shop),
      },
      payload: sent!.payload.replace(UPS, '1Z879E930346834440'),
    });
    expect(tampered.statusCode).toBe(401);
    expect(await t.counts()).toEqual({ webhooks: 1, orders: 1, shipments: 1 });
  });

  it('refuses a delivery from a site it does not know with 401', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: WEBHOOK_PATH,
      headers: { 'content-type': 'application/json', 'x-wc-webhook-source': 'https://other.example/' },
      payload: '{"id":1}',
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const bare = await t.app.inject({ method: 'POST', url: WEBHOOK_PATH, payload: 'hello' });
    expect(bare.statusCode).toBe(401);
    expect(await t.counts()).toEqual({ webhooks: 0, orders: 0, shipments: 0 });
  });

  it('finds the tracking number in the order notes when the order has no tracking items', async () => {
    const woo = shop.addOrder({ status: 'completed' });
    shop.setNotes(woo.id, [
      'Order status changed from Processing to Completed.',
      `Shipped with <b>FedEx</b>. Tracking number: <a href="https://www.fedex.com/fedextrack/?trknbr=${FEDEX}">${FEDEX}</a>`,
    ]);
    expect((await sender.send('order.updated', woo.id))?.status).toBe(200);
    const { order, parcels } = await orderOf(woo.number);
    expect(parcels.map((p) => [p.trackingNumber, p.carrier])).toEqual([[FEDEX, 'fedex']]);
    expect(order.context['trackingFrom']).toBe(`the order notes: ${FEDEX} (confidence 0.9091)`);
    const notesCall = shop.requests.find((r) => r.path === `/wp-json/wc/v3/orders/${woo.id}/notes`);
    expect(notesCall?.authorization).toMatch(/^Basic /);
  });

  it('stores the order without tracking, and says why, when its notes cannot be read', async () => {
    const woo = shop.addOrder();
    shop.failWhen((r) => r.path.endsWith(`/orders/${woo.id}/notes`), 503);
    const sent = await sender.send('order.created', woo.id);
    expect(sent?.status).toBe(200);
    expect(JSON.parse(sent!.body)).toMatchObject({ outcome: 'failed' });
    expect(await t.counts()).toEqual({ webhooks: 1, orders: 1, shipments: 0 });
    const integration = await t.store.db
      .selectFrom('shop_integrations')
      .selectAll()
      .where('tenant_id', '=', t.shopTenantId)
      .executeTakeFirstOrThrow();
    expect(integration.last_error).toMatch(/answered 503/);
    // The same state sent again is handled again, since it failed.
    shop.setNotes(woo.id, [`UPS ${UPS}`]);
    expect(JSON.parse((await sender.send('order.created', woo.id))!.body)).toMatchObject({
      outcome: 'stored',
    });
    expect(await t.counts()).toEqual({ webhooks: 1, orders: 1, shipments: 1 });
  });

  it('leaves an unknown or custom provider to detection from the number', async () => {
    const woo = shop.addOrder({
      meta_data: trackingMeta(
        { provider: 'hermes-germany-unlisted', number: USPS },
        { provider: '', custom: 'My Courier', number: UPS },
        { provider: '', custom: 'Local van', number: 'ABCD' },
      ),
    });
    const sent = await sender.send('order.created', woo.id);
    expect(sent?.status).toBe(200);
    const { parcels } = await orderOf(woo.number);
    expect(parcels.map((p) => [p.trackingNumber, p.carrier]).sort()).toEqual([
      [UPS, 'ups'],
      [USPS, 'usps'],
    ]);
    expect(JSON.parse(sent!.body).detail).toMatch(/ABCD not tracked/);
  });

  it('registers nothing for a cancelled order', async () => {
    const woo = shop.addOrder({
      status: 'cancelled',
      meta_data: trackingMeta({ provider: 'ups', number: UPS }),
    });
    const sent = await sender.send('order.updated', woo.id);
    expect(sent?.status).toBe(200);
    expect(JSON.parse(sent!.body)).toMatchObject({ outcome: 'ignored' });
    expect(await t.counts()).toEqual({ webhooks: 1, orders: 0, shipments: 0 });
    const [row] = await webhookRows();
    expect(row).toMatchObject({
      outcome: 'ignored',
      detail: `order ${woo.number} is cancelled: nothing registered`,
    });
  });

  it('keeps an order when it is deleted, and records the delivery', async () => {
    const woo = shop.addOrder({ meta_data: trackingMeta({ provider: 'ups', number: UPS }) });
    await sender.send('order.created', woo.id);
    const deleted = await sender.sendDeleted(woo.id);
    expect(deleted?.status).toBe(200);
    expect(await t.counts()).toEqual({ webhooks: 2, orders: 1, shipments: 1 });
  });

  it('answers a signed body that is not an order with 400 and records it as failed', async () => {
    const response = await t.transport({
      headers: {
        'content-type': 'application/json',
        'x-wc-webhook-source': shop.url,
        'x-wc-webhook-topic': 'order.updated',
        'x-wc-webhook-signature': signed('[1,2,3]', shop),
      },
      body: '[1,2,3]',
    });
    expect(response.status).toBe(400);
    expect(await t.counts()).toEqual({ webhooks: 1, orders: 0, shipments: 0 });
  });

  it('takes SMS consent only from an explicit opt-in', async () => {
    const woo = shop.addOrder({
      meta_data: [
        ...trackingMeta({ provider: 'ups', number: UPS }),
        { id: 1, key: '_wc_twilio_sms_optin', value: '1' },
      ],
    });
    await sender.send('order.created', woo.id);
    const { order } = await orderOf(woo.number);
    expect(order.consent.sms?.text).toMatch(/SMS shipping updates, opted in at checkout/);
  });
});

function signed(body: string, shop: WooCommerceStandIn): string {
  return createHmac('sha256', shop.webhookSecret.replaceAll('&amp;', '&')).update(body).digest('base64');
}
