import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { addRecipient } from '../../src/notify/recipients.js';
import type { OrderInput } from '../../src/orders/order-input.js';
import { ingestOrder } from '../../src/orders/ingest-order.js';
import { findOrderByNumber } from '../../src/store/repositories/orders.js';
import { readOutboxAfter } from '../../src/store/repositories/outbox.js';
import { saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { notifyHarness, type NotifyHarness } from './notify-harness.js';
import { startLocalSmtp, type LocalSmtp } from './smtp-server.js';
import { until } from './until.js';

// The shipping confirmation (issue 15): the customer of an order hears of each parcel once, by
// email, in their language, with the order's page; the parcels of one order registered the same
// local day share one message, through the dispatcher's digest.

const WINDOW = {
  mostLikely: '2026-11-27',
  earliest: '2026-11-27',
  latest: '2026-11-28',
  confidence: 0.8,
  basis: 'test',
  predictedAt: '2026-11-26T08:00:00.000Z',
};

/** The email's JSON-LD blocks, parsed: one ParcelDelivery, or one per parcel. */
function cardsOf(mail: ParsedMail): Record<string, unknown>[] {
  const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(String(mail.html))?.[1];
  const parsed = JSON.parse(script ?? 'null') as unknown;
  return (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
}

/** What Google's email markup asks of a ParcelDelivery, and what this one must say. */
function expectParcelDelivery(
  card: Record<string, unknown>,
  expected: {
    number: string;
    carrier: string;
    url: string;
    order: string;
    merchant: string;
    window: boolean;
  },
): void {
  expect(card).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'ParcelDelivery',
    carrier: { '@type': 'Organization', name: expected.carrier },
    trackingNumber: expected.number,
    trackingUrl: expected.url,
    deliveryAddress: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' },
    itemShipped: { '@type': 'Product' },
    partOfOrder: {
      '@type': 'Order',
      orderNumber: expected.order,
      orderStatus: 'https://schema.org/OrderInTransit',
      merchant: { '@type': 'Organization', name: expected.merchant },
    },
  });
  if (expected.window) {
    expect(card['expectedArrivalFrom']).toBe(WINDOW.earliest);
    expect(card['expectedArrivalUntil']).toBe(WINDOW.latest);
  } else {
    expect(card).not.toHaveProperty('expectedArrivalUntil');
  }
}

describe.each(DIALECTS)('the shipping confirmation (%s)', (dialect) => {
  let smtp: LocalSmtp | undefined;
  let h: NotifyHarness | undefined;
  const relays: OutboxRelay[] = [];
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.stop();
    await h?.close();
    await smtp?.close();
    h = undefined;
    smtp = undefined;
  });

  /** A shop's order, as a platform or the API hands it over; the customer consented to email. */
  const order = (
    orderNumber: string,
    parcels: OrderInput['parcels'],
    customer: OrderInput['customer'] = { email: 'ana@example.com', locale: 'en' },
    consent: OrderInput['consent'] = { email: 'Shipping updates by email (checkout)' },
  ): OrderInput => ({
    tenantId: h!.tenantId,
    source: 'api',
    orderNumber,
    customer,
    destination: { city: 'Berlin', postalCode: '10115', country: 'DE' },
    consent,
    parcels,
  });
  const ingest = async (input: OrderInput) => {
    const result = await ingestOrder(h!.store, input, h!.now(), {
      detectCarrier: chooseCarrier,
      mode: 'lenient',
      onCommitted: () => h!.relay.wake(),
    });
    await h!.relay.drain(); // dispatched: what the events planned is in the queue
    return result;
  };
  const queue = () =>
    h!.store.db
      .selectFrom('notification_messages')
      .select(['id', 'status', 'context'])
      .where('tenant_id', '=', h!.tenantId)
      .orderBy('id')
      .execute();
  const confirmationFirings = () =>
    h!.store.db
      .selectFrom('notification_firings')
      .select(['outcome'])
      .where('tenant_id', '=', h!.tenantId)
      .where('topic', '=', 'shipping_confirmation')
      .orderBy('id')
      .execute();
  const withEstimate = (shipmentIds: readonly string[]) =>
    h!.store.db
      .updateTable('shipments')
      .set({ estimate: JSON.stringify(WINDOW) })
      .where('id', 'in', shipmentIds)
      .execute();
  const allSent = async (count: number) =>
    until(async () => {
      const rows = await queue();
      return rows.length === count && rows.every((r) => r.status === 'sent') ? rows : undefined;
    }, `${count} messages sent`);
  const createdIds = (result: Awaited<ReturnType<typeof ingest>>) =>
    result.parcels.flatMap((p) => ('shipmentId' in p && p.created ? [p.shipmentId] : []));

  it('a German customer gets one German email for the three parcels of a split order, with its page, windows and JSON-LD', async () => {
    smtp = await startLocalSmtp();
    h = await notifyHarness(dialect, {
      smtpUrl: smtp.url,
      now: '2026-11-26T09:00:00.000Z',
      overrides: { 'notify.digestWindowMs': 60_000 },
    });
    await saveTenantSetting(h.store.db, h.tenantId, 'branding', {
      name: 'Kaffeehaus',
      logoUrl: 'https://cdn.kaffeehaus.example/logo.png',
      primaryColor: '#123456',
      accentColor: '#aa3300',
      supportEmail: 'hilfe@kaffeehaus.example',
    });
    const result = await ingest(
      order(
        '#1001',
        [
          { trackingNumber: '1Z999AA10123456784', carrier: 'ups' },
          { trackingNumber: '1Z4F87W20342619083', carrier: 'ups' },
          { trackingNumber: 'JJD0001234567890', carrier: 'dhl' },
        ],
        { email: 'kunde@example.de', locale: 'de', name: 'Karl Kunde' },
        { email: 'Versandupdates per E-Mail' },
      ),
    );
    const ids = createdIds(result);
    expect(ids).toHaveLength(3);
    // The estimator has a window for two of them by the time the message goes out.
    await withEstimate(ids.slice(0, 2));
    expect((await confirmationFirings()).map((f) => f.outcome)).toEqual(['planned', 'merged', 'merged']);
    h.setNow('2026-11-26T09:05:00.000Z'); // past the digest window

    const [mail] = await until(() => (smtp!.mails.length > 0 ? smtp!.mails : undefined), 'the confirmation');
    await allSent(1);
    expect(smtp.mails).toHaveLength(1);
    const { pageToken } = (await findOrderByNumber(h.store.db, h.tenantId, '#1001'))!;
    const orderPage = `https://track.example.com/o/${pageToken}`;

    expect(mail!.subject).toBe('3 Pakete Ihrer Bestellung #1001 sind unterwegs');
    expect(mail!.headers.get('content-language')).toBe('de');
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toBe('kunde@example.de');
    const text = mail!.text ?? '';
    expect(text).toContain('Kaffeehaus hat Ihre Bestellung #1001 in 3 Paketen verschickt.');
    expect(text).toContain(`Bestellung verfolgen: ${orderPage}`);
    const window = 'Voraussichtlich zwischen Freitag, 27. November und Samstag, 28. November.';
    expect(text).toContain(`- UPS-Paket 1Z999AA10123456784. ${window}`);
    expect(text).toContain(`- UPS-Paket 1Z4F87W20342619083. ${window}`);
    expect(text).toMatch(/- DHL[^\n]*-Paket JJD0001234567890\.\n/); // no window: none is claimed
    expect(text).toContain('hilfe@kaffeehaus.example');
    const html = String(mail!.html);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(`href="${orderPage}"`);
    expect(html).toContain('background-color:#123456');
    expect(html).toContain('background-color:#aa3300');
    expect(html).toContain('src="https://cdn.kaffeehaus.example/logo.png"');

    const cards = cardsOf(mail!);
    expect(cards.map((c) => c['trackingNumber'])).toEqual([
      '1Z999AA10123456784',
      '1Z4F87W20342619083',
      'JJD0001234567890',
    ]);
    const common = { url: orderPage, order: '#1001', merchant: 'Kaffeehaus' };
    expectParcelDelivery(cards[0]!, {
      ...common,
      number: '1Z999AA10123456784',
      carrier: 'UPS',
      window: true,
    });
    expectParcelDelivery(cards[1]!, {
      ...common,
      number: '1Z4F87W20342619083',
      carrier: 'UPS',
      window: true,
    });
    const dhl = (cards[2]!['carrier'] as { name: string }).name;
    expect(dhl).toMatch(/^DHL/);
    expectParcelDelivery(cards[2]!, { ...common, number: 'JJD0001234567890', carrier: dhl, window: false });
  });

  it('parcels registered apart the same day share one message, the next day’s parcel gets its own, and nothing goes twice', async () => {
    smtp = await startLocalSmtp();
    // 09:00 in Berlin, the destination: the local day is 26 November.
    h = await notifyHarness(dialect, {
      smtpUrl: smtp.url,
      now: '2026-11-26T08:00:00.000Z',
      overrides: { 'notify.digestWindowMs': 3_600_000 },
    });
    const parcels = [
      { trackingNumber: '1Z999AA10000000001', carrier: 'ups' },
      { trackingNumber: '1Z999AA10000000002', carrier: 'ups' },
      { trackingNumber: '1Z999AA10000000003', carrier: 'ups' },
      { trackingNumber: '1Z999AA10000000004', carrier: 'ups' },
    ];
    // Three fulfilments, ten minutes apart, each a call of its own (one relay batch each).
    for (const [i, parcel] of parcels.slice(0, 3).entries()) {
      h.setNow(`2026-11-26T08:${String(i * 10).padStart(2, '0')}:00.000Z`);
      await ingest(order('#2002', [parcel]));
    }
    expect((await confirmationFirings()).map((f) => f.outcome)).toEqual(['planned', 'merged', 'merged']);
    h.setNow('2026-11-26T10:00:00.000Z');
    const first = await until(() => smtp!.mails[0], 'the first confirmation');
    await allSent(1);
    expect(first.subject).toBe('3 parcels of your order #2002 are on their way');
    for (const { trackingNumber } of parcels.slice(0, 3))
      expect(first.text).toContain(`UPS parcel ${trackingNumber}.`);
    expect(first.text).not.toContain(parcels[3]!.trackingNumber);
    expect(cardsOf(first).map((c) => c['trackingNumber'])).toEqual(
      parcels.slice(0, 3).map((p) => p.trackingNumber),
    );

    // The same numbers again (a platform resending the order) register nothing new.
    const again = await ingest(order('#2002', parcels.slice(0, 3)));
    expect(again.parcels.every((p) => 'created' in p && !p.created)).toBe(true);
    // A restarted relay resumes from its cursor; the same events handed over once more are
    // recognised by their outbox ids.
    await h.relay.stop();
    const restarted = new OutboxRelay(h.store, { pollIntervalMs: 20, retryDelayMs: () => 20, clock: h.now });
    relays.push(restarted);
    h.notifications.attach(restarted);
    await restarted.drain();
    const created = (await readOutboxAfter(h.store.db, 0, 1000)).filter(
      (m) => m.tenantId === h!.tenantId && m.type === 'shipment.created',
    );
    expect(created).toHaveLength(3);
    expect(await h.notifications.dispatcher.dispatchBatch(created)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(await queue()).toHaveLength(1);
    expect(await confirmationFirings()).toHaveLength(3);

    // The next day (09:00 in Berlin) the order gets a fourth parcel: a message of its own.
    h.setNow('2026-11-27T08:00:00.000Z');
    const next = await ingestOrder(h.store, order('#2002', parcels), h.now(), {
      detectCarrier: chooseCarrier,
      mode: 'lenient',
      onCommitted: () => restarted.wake(),
    });
    await restarted.drain();
    const fourth = createdIds(next);
    expect(fourth).toHaveLength(1);
    await withEstimate(fourth);
    expect((await confirmationFirings()).map((f) => f.outcome)).toEqual([
      'planned',
      'merged',
      'merged',
      'planned',
    ]);
    h.setNow('2026-11-27T10:00:00.000Z');
    await until(() => smtp!.mails[1], 'the second confirmation');
    await allSent(2);
    expect(smtp.mails).toHaveLength(2);
    const second = smtp.mails[1]!;
    expect(second.subject).toBe('Your order #2002 is on its way');
    expect(second.text).toContain(
      'Test Shop has shipped your order #2002: UPS is bringing your parcel 1Z999AA10000000004. Expected between Friday, November 27 and Saturday, November 28.',
    );
    for (const { trackingNumber } of parcels.slice(0, 3)) expect(second.text).not.toContain(trackingNumber);
    const [card, ...more] = cardsOf(second);
    expect(more).toEqual([]);
    const { pageToken } = (await findOrderByNumber(h.store.db, h.tenantId, '#2002'))!;
    expectParcelDelivery(card!, {
      number: '1Z999AA10000000004',
      carrier: 'UPS',
      url: `https://track.example.com/o/${pageToken}`,
      order: '#2002',
      merchant: 'Test Shop',
      window: true,
    });
  });

  it('sends nothing without consent, nothing to a recipient added later, and nothing when the merchant turned it off', async () => {
    smtp = await startLocalSmtp();
    h = await notifyHarness(dialect, { smtpUrl: smtp.url, now: '2026-11-26T09:00:00.000Z' });
    // No consent recorded: the parcel has no recipient when it is registered.
    const quiet = await ingest(
      order('#3001', [{ trackingNumber: '1Z999AA10000000011', carrier: 'ups' }], undefined, {}),
    );
    // Consent given later, and a customer subscribing on the page: no confirmation after the fact.
    await ingest(order('#3001', [{ trackingNumber: '1Z999AA10000000011', carrier: 'ups' }]));
    const shipmentId = createdIds(quiet)[0]!;
    await addRecipient(
      h.store.db,
      {
        tenantId: h.tenantId,
        shipmentId,
        channel: 'email',
        address: 'someone@example.com',
        details: {},
        locale: 'en',
        timeZone: null,
        consentText: 'Notify me',
      },
      h.now(),
    );
    // A shipment registered alone (no order) has no one to confirm to either.
    await h.shipment('SIM100000000031');
    await h.relay.drain();
    // The merchant turned the confirmation off.
    await saveTenantSetting(h.store.db, h.tenantId, 'notifications', {
      rules: { shipping_confirmation: { channels: [] } },
    });
    await ingest(order('#3002', [{ trackingNumber: '1Z999AA10000000012', carrier: 'ups' }]));

    expect(await confirmationFirings()).toEqual([]);
    expect(await queue()).toEqual([]);
    // The same order with the topic on again confirms its new parcel only.
    await saveTenantSetting(h.store.db, h.tenantId, 'notifications', {});
    await ingest(order('#3002', [{ trackingNumber: '1Z999AA10000000013', carrier: 'ups' }]));
    const mail = await until(() => smtp!.mails[0], 'the confirmation');
    expect(mail.subject).toBe('Your order #3002 is on its way');
    expect(mail.text).toContain('1Z999AA10000000013');
    await allSent(1);
  });
});
