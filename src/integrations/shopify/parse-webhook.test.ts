import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderedAtProblem } from '../../ingest/ordered-at.js';
import { checkRecipientInput } from '../../notify/recipient-input.js';
import type { OrderInput } from '../../orders/order-input.js';
import { edits, junkValue, mutate } from '../../../test/helpers/json-mutations.js';
import { MAX_PARCELS, SHOPIFY_TOPICS, parseShopifyWebhook, type ShopifyParse } from './parse-webhook.js';

const shop = { tenantId: 'tenant-1', shopDomain: 'example.myshopify.com' };
const now = new Date('2026-03-05T12:00:00Z');

const order = {
  id: 4440001001,
  name: '#1001',
  order_number: 1001,
  email: 'ada@example.com',
  phone: '+1(613)-555-0100',
  customer_locale: 'en-CA',
  created_at: '2026-03-01T09:00:00-05:00',
  updated_at: '2026-03-03T08:02:11-05:00',
  customer: { email: 'ada@example.com', first_name: 'Ada', last_name: 'Lee' },
  fulfillments: [
    {
      id: 5550001001,
      order_id: 4440001001,
      name: '#1001.1',
      status: 'success',
      tracking_company: 'UPS',
      tracking_number: '1Z5R89390357567127',
      tracking_numbers: ['1Z5R89390357567127'],
    },
    {
      id: 5550001002,
      order_id: 4440001001,
      name: '#1001.2',
      status: 'success',
      tracking_company: 'FedEx',
      tracking_numbers: ['9865 7878 8855'],
    },
    {
      id: 5550001003,
      status: 'cancelled',
      tracking_company: 'UPS',
      tracking_numbers: ['1Z879E930346834440'],
    },
  ],
  shipping_address: {
    name: 'Ada Lee',
    address1: '1 Main St',
    city: 'Ottawa',
    province_code: 'ON',
    zip: 'K1A 0B1',
    country_code: 'ca',
    phone: null,
  },
};

const fulfillment = {
  id: 5550001001,
  order_id: 4440001001,
  name: '#1001.1',
  status: 'success',
  shipment_status: 'in_transit',
  tracking_company: 'Some Local Courier',
  tracking_number: '1Z5R89390357567127',
  tracking_numbers: ['1Z5R89390357567127'],
  destination: { zip: 'K1A 0B1', country_code: 'CA' },
};

describe('parseShopifyWebhook', () => {
  it('reads an order: number, id, customer, consent for email only, destination, parcels with carriers and fulfillment ids', () => {
    const parsed = parseShopifyWebhook('orders/create', order, shop, now);
    expect(parsed).toEqual({
      ok: true,
      kind: 'order',
      orderId: '4440001001',
      updatedAt: '2026-03-03T13:02:11.000Z',
      input: {
        tenantId: 'tenant-1',
        source: 'shopify',
        sourceRef: '4440001001',
        orderNumber: '#1001',
        customer: { email: 'ada@example.com', phone: '+1(613)-555-0100', name: 'Ada Lee', locale: 'en-CA' },
        orderedAt: '2026-03-01T09:00:00-05:00',
        destination: { postalCode: 'K1A 0B1', city: 'Ottawa', region: 'ON', country: 'CA' },
        consent: { email: "Shopify order #1001: shipping updates to the order's email address" },
        context: {
          'shopify.shop': 'example.myshopify.com',
          'shopify.order': 'gid://shopify/Order/4440001001',
          'shopify.updatedAt': '2026-03-03T13:02:11.000Z',
          'shopify.fulfillment.1Z5R89390357567127': 'gid://shopify/Fulfillment/5550001001',
          'shopify.fulfillment.986578788855': 'gid://shopify/Fulfillment/5550001002',
        },
        parcels: [
          { trackingNumber: '1Z5R89390357567127', carrier: 'ups' },
          { trackingNumber: '986578788855', carrier: 'fedex' },
        ],
      },
    });
  });

  it('leaves out what ingestOrder would refuse instead of failing the order', () => {
    const parsed = parseShopifyWebhook(
      'orders/updated',
      {
        ...order,
        email: 'not an address',
        customer: null,
        customer_locale: 'english please',
        created_at: '2099-01-01T00:00:00Z',
      },
      shop,
      now,
    );
    expect(parsed.ok).toBe(true);
    const input = (parsed as Extract<ShopifyParse, { kind: 'order' }>).input;
    expect(input.customer?.email).toBeUndefined();
    expect(input.customer?.locale).toBeUndefined();
    expect(input.orderedAt).toBeUndefined();
    expect(input.consent).toEqual({});
  });

  it('names an order without a name by its order number, and refuses one with neither', () => {
    const numbered = parseShopifyWebhook('orders/create', { ...order, name: ' ' }, shop, now);
    expect(numbered.ok && numbered.input.orderNumber).toBe('#1001');
    expect(parseShopifyWebhook('orders/create', { id: 7 }, shop, now)).toEqual({
      ok: false,
      reason: 'order 7 has neither a name nor an order number',
      ignored: false,
    });
  });

  it('reads a fulfillment: its order id, the order number from its name, an unknown company left to detection', () => {
    expect(parseShopifyWebhook('fulfillments/update', fulfillment, shop, now)).toEqual({
      ok: true,
      kind: 'fulfillment',
      orderId: '4440001001',
      named: true,
      input: {
        tenantId: 'tenant-1',
        source: 'shopify',
        sourceRef: '4440001001',
        orderNumber: '#1001',
        destination: { postalCode: 'K1A 0B1', country: 'CA' },
        context: {
          'shopify.shop': 'example.myshopify.com',
          'shopify.order': 'gid://shopify/Order/4440001001',
          'shopify.fulfillment.1Z5R89390357567127': 'gid://shopify/Fulfillment/5550001001',
        },
        parcels: [{ trackingNumber: '1Z5R89390357567127' }],
      },
    });
  });

  it('ignores a cancelled fulfillment and a topic it does not read; fails one without an order', () => {
    expect(
      parseShopifyWebhook('fulfillments/update', { ...fulfillment, status: 'cancelled' }, shop, now),
    ).toMatchObject({
      ok: false,
      ignored: true,
    });
    expect(parseShopifyWebhook('app/uninstalled', {}, shop, now)).toMatchObject({ ok: false, ignored: true });
    expect(
      parseShopifyWebhook('fulfillments/create', { ...fulfillment, order_id: 'x' }, shop, now),
    ).toMatchObject({
      ok: false,
      ignored: false,
    });
  });
});

/** What ingestOrder checks, as a list of complaints (empty: it accepts the input). */
function problemsOf(input: OrderInput): string[] {
  const problems: string[] = [];
  if (input.tenantId !== shop.tenantId || input.source !== 'shopify') problems.push('tenant or source');
  const number = input.orderNumber.trim();
  if (number.length === 0 || number.length > 200) problems.push('orderNumber');
  if (typeof input.sourceRef !== 'string' || !/^\d+$/.test(input.sourceRef)) problems.push('sourceRef');
  if (input.orderedAt && orderedAtProblem(input.orderedAt, now)) problems.push('orderedAt');
  const customer = input.customer ?? {};
  const locale = customer.locale ?? 'en';
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) problems.push('locale');
  if (customer.email && !checkRecipientInput({ channel: 'email', address: customer.email, locale }).ok)
    problems.push('email');
  if (input.consent?.sms !== undefined) problems.push('sms consent');
  if (input.consent?.email && !customer.email) problems.push('email consent without email');
  if (!Array.isArray(input.parcels) || input.parcels.length > MAX_PARCELS) problems.push('parcels');
  for (const parcel of input.parcels)
    if (typeof parcel.trackingNumber !== 'string' || parcel.trackingNumber.length === 0)
      problems.push('parcel');
  for (const value of Object.values(input.context ?? {}))
    if (typeof value !== 'string') problems.push('context');
  for (const value of Object.values(input.destination ?? {}))
    if (typeof value !== 'string') problems.push('destination');
  return problems;
}

const payloads = [order, fulfillment, order.fulfillments[0]];

describe('parseShopifyWebhook under fuzzing', () => {
  it('answers 10,000 random and damaged payloads with an OrderInput ingestOrder accepts, or a reason; never a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHOPIFY_TOPICS, 'orders/cancelled'),
        fc.oneof(
          {
            weight: 6,
            arbitrary: fc
              .tuple(fc.constantFrom(...payloads), edits)
              .map(([payload, list]) => mutate(payload, list)),
          },
          { weight: 1, arbitrary: junkValue },
          { weight: 1, arbitrary: fc.anything() },
        ),
        (topic, payload) => {
          const parsed = parseShopifyWebhook(topic, payload, shop, now);
          if (parsed.ok) expect(problemsOf(parsed.input)).toEqual([]);
          else expect(parsed.reason).toMatch(/\S/);
          expect(parseShopifyWebhook(topic, payload, shop, now)).toEqual(parsed);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 180_000);
});
