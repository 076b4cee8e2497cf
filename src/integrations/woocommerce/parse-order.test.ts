import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CARRIERS } from '../../carriers/registry.js';
import { FORMATS } from '../../numbers/index.js';
import { noteTexts, numbersInNotes } from './notes.js';
import { notShippingReason, orderInputFor } from './order-input.js';
import { parseOrder, type WooOrder } from './parse-order.js';
import { isPing, parseWebhook } from './parse-webhook.js';
import { restBaseOf, shopsForSource, type WooShop } from './shops.js';
import { CARRIER_BY_PROVIDER, carrierForProvider } from './tracking-providers.js';
import { verifySignature } from './verify.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const SITE = { tenantId: 't1', siteUrl: 'https://shop.example/' };

// The reference's sample order (number differs from id here), with a second tracking item.
const SAMPLE = {
  id: 812,
  number: 'A-1812',
  status: 'completed',
  date_created_gmt: '2026-03-01T09:00:00',
  date_modified_gmt: '2026-03-03T08:30:00',
  billing: {
    first_name: 'Ada',
    last_name: 'Lee',
    email: 'Ada@Example.com',
    phone: '+49 30 1234567',
    country: 'DE',
  },
  shipping: {
    first_name: 'Ada',
    last_name: 'Lee',
    address_1: 'Hauptstr. 1',
    city: 'Berlin',
    postcode: '10115',
    country: 'DE',
  },
  meta_data: [
    {
      id: 9001,
      key: '_wc_shipment_tracking_items',
      // PHP renders a list with a removed item as an object.
      value: {
        '0': { tracking_provider: 'dhl', tracking_number: 'JJD0099999999', date_shipped: 1772524800 },
        '2': {
          tracking_provider: '',
          custom_tracking_provider: 'Van',
          tracking_number: '1Z5R89390357567127',
        },
      },
    },
  ],
};

const parsed = (payload: unknown): WooOrder => {
  const result = parseOrder(payload);
  if (!result.ok) throw new Error(result.problem);
  return result.order;
};

describe('parseOrder', () => {
  it('reads the order number apart from the id, GMT times with their Z, and the tracking items', () => {
    const order = parsed(SAMPLE);
    expect(order).toMatchObject({
      id: '812',
      number: 'A-1812',
      status: 'completed',
      createdAt: '2026-03-01T09:00:00Z',
      modifiedAt: '2026-03-03T08:30:00Z',
      trackingItems: [
        { trackingNumber: 'JJD0099999999', provider: 'dhl', customProvider: '' },
        { trackingNumber: '1Z5R89390357567127', provider: '', customProvider: 'Van' },
      ],
      smsOptIn: null,
    });
  });

  it('falls back to the id for a missing number and refuses a body without an id', () => {
    expect(parsed({ id: '77' }).number).toBe('77');
    expect(parseOrder({ number: '5' })).toMatchObject({ ok: false });
    expect(parseOrder({ id: -3 })).toMatchObject({ ok: false });
    expect(parseOrder([SAMPLE])).toMatchObject({ ok: false });
    expect(parseOrder({ id: 1, number: 'x'.repeat(201) })).toMatchObject({ ok: false });
  });

  it('takes SMS consent only from an explicit yes, and none when any field says otherwise', () => {
    const meta = (...entries: [string, unknown][]) =>
      parsed({ id: 1, meta_data: entries.map(([key, value]) => ({ key, value })) }).smsOptIn;
    expect(meta(['_wc_twilio_sms_optin', '1'])).toEqual({ key: '_wc_twilio_sms_optin', value: '1' });
    expect(meta(['sms_opt_in', true])).toEqual({ key: 'sms_opt_in', value: 'true' });
    expect(meta(['sms_opt_in', 'no'])).toBeNull();
    expect(meta(['sms_opt_in', 'yes'], ['_sms_consent', '0'])).toBeNull();
    expect(meta(['marketing_opt_in', 'yes'])).toBeNull();
  });
});

describe('orderInputFor', () => {
  it('maps the customer, destination, consent and parcels (a known slug names the carrier)', () => {
    const { input, trackingFrom } = orderInputFor(parsed(SAMPLE), SITE, NOW);
    expect(trackingFrom).toBe('shipment-tracking');
    expect(input).toMatchObject({
      tenantId: 't1',
      source: 'woocommerce',
      sourceRef: '812',
      orderNumber: 'A-1812',
      orderedAt: '2026-03-01T09:00:00Z',
      customer: { email: 'Ada@Example.com', phone: '+49 30 1234567', name: 'Ada Lee' },
      destination: { postalCode: '10115', city: 'Berlin', country: 'DE' },
      consent: { email: 'WooCommerce order A-1812: shipping updates to the billing email' },
      parcels: [
        { trackingNumber: 'JJD0099999999', carrier: 'dhl' },
        { trackingNumber: '1Z5R89390357567127', carrier: undefined },
      ],
    });
    expect(input.consent?.sms).toBeUndefined();
  });

  it('takes parcels from the notes only when there are no tracking items', () => {
    const noTracking = parsed({ ...SAMPLE, meta_data: [] });
    const inNotes = [{ trackingNumber: '986578788855', confidence: 0.9091 }];
    expect(orderInputFor(noTracking, SITE, NOW, inNotes).input.parcels).toEqual([
      { trackingNumber: '986578788855' },
    ]);
    expect(orderInputFor(parsed(SAMPLE), SITE, NOW, inNotes).input.parcels).toHaveLength(2);
  });

  it('leaves out what Waybill would refuse rather than failing the order', () => {
    const odd = parsed({
      id: 5,
      billing: { email: 'not an email' },
      date_created_gmt: '2099-01-01T00:00:00',
    });
    const { input } = orderInputFor(odd, SITE, NOW);
    expect(input.customer?.email).toBeNull();
    expect(input.consent).toEqual({});
    expect(input.orderedAt).toBeNull();
    expect(input.destination).toBeNull();
  });

  it('names the statuses that register nothing', () => {
    for (const status of ['cancelled', 'refunded', 'failed', 'trash'])
      expect(notShippingReason(parsed({ id: 1, number: '9', status }))).toMatch(/^order 9 is /);
    expect(notShippingReason(parsed({ id: 1, status: 'processing' }))).toBeUndefined();
  });
});

describe('numbers in order notes', () => {
  it('finds numbers in the text and in links, with their confidence, once each', () => {
    const notes = noteTexts([
      { id: 1, note: 'Order status changed from Processing to Completed.' },
      {
        id: 2,
        note: 'FedEx&nbsp;tracking: <a href="https://www.fedex.com/fedextrack/?trknbr=986578788855">here</a>',
      },
      { id: 3, note: 'UPS 1Z5R89390357567127 and again 1Z5R89390357567127' },
      { id: 4, note: 42 },
    ]);
    expect(numbersInNotes(notes)).toEqual([
      { trackingNumber: '986578788855', confidence: 0.9091 },
      { trackingNumber: '1Z5R89390357567127', confidence: 0.999 },
    ]);
    expect(noteTexts({ not: 'a list' })).toEqual([]);
  });
});

describe('verifySignature', () => {
  const body = Buffer.from('{"id":812}');
  const sign = (secret: string) => createHmac('sha256', secret).update(body).digest('base64');

  it('accepts the signature under the secret, or under its HTML-decoded spelling', () => {
    expect(verifySignature(body, sign('a&b<c'), 'a&b<c')).toEqual({ ok: true });
    expect(verifySignature(body, sign('a&b<c'), 'a&amp;b&lt;c')).toEqual({ ok: true });
  });

  it('refuses a missing, malformed or wrong signature, naming the header', () => {
    expect(verifySignature(body, undefined, 's')).toMatchObject({ ok: false, reason: /missing/ });
    expect(verifySignature(body, 'abc', 's')).toMatchObject({ ok: false, reason: /not a base64/ });
    expect(verifySignature(body, sign('other'), 's')).toMatchObject({ ok: false, reason: /does not match/ });
  });
});

describe('webhook deliveries', () => {
  it('tells the ping from a signed delivery', () => {
    expect(isPing({}, 'webhook_id=15')).toBe(true);
    expect(isPing({ 'x-wc-webhook-source': 'https://shop.example/' }, 'webhook_id=15')).toBe(false);
    expect(isPing({}, '{"webhook_id":15}')).toBe(false);
  });

  it('keys an order delivery by id and modification time, other topics by the delivery id', () => {
    const body = JSON.stringify(SAMPLE);
    expect(parseWebhook({ topic: 'order.updated', deliveryId: 'd1', body })).toMatchObject({
      kind: 'order',
      key: '812@2026-03-03T08:30:00Z',
    });
    expect(parseWebhook({ topic: 'order.deleted', deliveryId: 'd2', body: '{"id":812}' })).toMatchObject({
      kind: 'ignored',
      key: 'delivery:d2',
    });
    expect(parseWebhook({ topic: 'order.created', body: 'webhook_id=1' })).toMatchObject({
      kind: 'unreadable',
      malformedJson: true,
    });
  });
});

describe('sites and providers', () => {
  const shop = (siteUrl: string, restBase?: string): WooShop => ({
    tenantId: 't',
    siteUrl,
    consumerKey: 'ck',
    consumerSecret: 'cs',
    webhookSecret: 'ws',
    ...(restBase === undefined ? {} : { restBase }),
  });

  it('matches X-WC-Webhook-Source with or without the trailing slash, case aside', () => {
    const shops = [shop('https://Shop.example'), shop('https://other.example/')];
    expect(shopsForSource(shops, 'https://shop.example/')).toEqual([shops[0]]);
    expect(shopsForSource(shops, 'https://shop.example.evil/')).toEqual([]);
    expect(restBaseOf(shops[1]!)).toBe('https://other.example/wp-json/wc/v3/');
    expect(restBaseOf(shop('https://x.example/', 'https://x.example/?rest_route=/wc/v3'))).toBe(
      'https://x.example/?rest_route=/wc/v3/',
    );
  });

  it('maps provider slugs only to carrier ids Waybill knows', () => {
    // Carriers of formats, of looked-up fields (the S10 postal operators, post-gb…) and of adapters.
    const known = new Set([
      ...FORMATS.map((f) => f.carrier),
      ...FORMATS.flatMap((f) =>
        (f.lookups ?? []).flatMap((l) => [...l.entries.values()].map((e) => e.carrier)),
      ),
      ...Object.keys(CARRIERS),
    ]);
    for (const [slug, carrier] of Object.entries(CARRIER_BY_PROVIDER))
      expect(known.has(carrier), `${slug} → ${carrier}`).toBe(true);
    expect(carrierForProvider('DHL-US')).toBe('dhl');
    expect(carrierForProvider('hermes')).toBeUndefined();
    expect(carrierForProvider('constructor')).toBeUndefined();
  });
});
