import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestOrder } from '../../src/orders/ingest-order.js';
import type { OrderInput } from '../../src/orders/order-input.js';
import { DIALECTS } from '../helpers/dialects.js';
import { consoleHarness, signedIn, type ConsoleClient, type ConsoleHarness } from './harness.js';

// The order list and an order's page: what a person of the shop sees of each order and its
// parcels, and that another shop's orders stay out of sight.

const numbersIn = (body: string): string[] =>
  [
    ...body.matchAll(
      /<tr data-id="[^"]+">\s*<td class="nowrap"><a href="\/app\/orders\/[^"]+">([^<]+)<\/a>/g,
    ),
  ].map((m) => m[1]!);

describe.each(DIALECTS)('console orders (%s)', (dialect) => {
  let h: ConsoleHarness;
  let agent: ConsoleClient;
  const ids: Record<string, string> = {};

  async function order(input: Omit<OrderInput, 'tenantId'> & { tenantId?: string }) {
    const result = await ingestOrder(h.store, { tenantId: h.tenantId, ...input }, h.clock.read(), {
      detectCarrier: h.deps.detectCarrier,
      mode: 'lenient',
    });
    return result;
  }

  async function scan(
    trackingNumber: string,
    carrier: string,
    status: string,
    city: string,
    country: string,
  ) {
    const response = await h.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: h.auth,
      payload: {
        events: [
          {
            trackingNumber,
            carrier,
            occurredAt: '2026-11-21T09:30:00Z',
            status,
            location: { city, country },
          },
        ],
      },
    });
    if (response.statusCode >= 300) throw new Error(`scan refused: ${response.body}`);
  }

  beforeAll(async () => {
    h = await consoleHarness(dialect);
    const split = await order({
      source: 'shopify',
      sourceRef: 'gid://shopify/Order/5001',
      orderNumber: '#1001',
      customer: { name: 'Ada Lovelace', email: 'ada@example.com', locale: 'en' },
      orderedAt: '2026-11-19T08:00:00Z',
      consent: { email: 'Send me shipping updates by email' },
      parcels: [
        { trackingNumber: 'UPSA0000000001', carrier: 'ups' },
        { trackingNumber: 'UPSB0000000002', carrier: 'ups', service: 'Express' },
        { trackingNumber: 'DHLC0000000003', carrier: 'dhl' },
      ],
    });
    ids['split'] = split.order.id;
    for (const parcel of split.parcels)
      if ('shipmentId' in parcel) ids[parcel.trackingNumber] = parcel.shipmentId;
    await scan('UPSA0000000001', 'ups', 'delivered.signed', 'Leeds', 'GB');
    await scan('DHLC0000000003', 'dhl', 'delivered.standard', 'York', 'GB');
    await scan('UPSB0000000002', 'ups', 'in_transit.destination_facility', 'Chicago', 'US');
    h.clock.advance(1_000);
    ids['mail'] = (
      await order({
        source: 'email',
        orderNumber: 'SO-2002',
        customer: { email: 'grace@example.com' },
        context: {
          sender: 'shipping@shop.example',
          subject: 'Your order SO-2002 has shipped',
          forwardedBy: 'owner@shop.example',
        },
        parcels: [{ trackingNumber: 'MAIL0000000004', carrier: 'waybill' }],
      })
    ).order.id;
    h.clock.advance(1_000);
    ids['odd'] = (
      await order({
        source: 'api',
        orderNumber: '<b>#1003</b>',
        customer: { name: '<script>alert(1)</script>' },
        parcels: [],
      })
    ).order.id;
    ids['theirs'] = (
      await order({
        tenantId: h.other.tenantId,
        source: 'woocommerce',
        orderNumber: '#1001',
        customer: { name: 'Their Customer', email: 'their.customer@example.com' },
        parcels: [{ trackingNumber: 'THEIRS0000000001', carrier: 'waybill' }],
      })
    ).order.id;
    agent = await signedIn(h, h.agent);
  });
  afterAll(async () => h.close());

  it('lists the shop’s orders newest first, each with its customer, source, parcels and their progress', async () => {
    const page = await agent.get('/app/orders');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(numbersIn(page.body)).toEqual(['&lt;b&gt;#1003&lt;/b&gt;', 'SO-2002', '#1001']);
    const row = (id: string) =>
      new RegExp(`<tr data-id="${id}">([\\s\\S]*?)</tr>`).exec(page.body)?.[1] ?? '';
    const split = row(ids['split']!);
    expect(split).toContain('Ada Lovelace');
    expect(split).toContain('ada@example.com');
    expect(split).toContain('Shopify');
    expect(split).toContain('3 parcels');
    expect(split).toContain('2 of 3 delivered');
    expect(split).toContain('On its way');
    expect(split).toContain('datetime="2026-11-19T08:00:00.000Z"');
    const mail = row(ids['mail']!);
    expect(mail).toContain('Forwarded email');
    expect(mail).toContain('1 parcel<');
    expect(mail).toContain('0 of 1 delivered');
    const odd = row(ids['odd']!);
    expect(odd).toContain('No parcels yet');
    expect(odd).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.body).not.toContain('<script>alert(1)');
    // The other shop's order of the same number is not theirs to see.
    expect(page.body).not.toContain(ids['theirs']!);
    expect(page.body).not.toContain('their.customer@example.com');
    expect(page.body).toMatch(/<a href="\/app\/orders" aria-current="page"\s*>Orders<\/a/);
  });

  it('finds an order by its number as typed: with or without “#”, in any case', async () => {
    const search = async (q: string) =>
      numbersIn((await agent.get(`/app/orders?q=${encodeURIComponent(q)}`)).body);
    expect(await search('#1001')).toEqual(['#1001']);
    expect(await search('1001')).toEqual(['#1001']);
    expect(await search('so-2002')).toEqual(['SO-2002']);
    expect(await search(' SO-2002 ')).toEqual(['SO-2002']);
    expect(await search('9999')).toEqual([]);
    const none = await agent.get('/app/orders?q=9999');
    expect(none.body).toContain('No order has this number.');
    expect(none.body).toContain('value="9999"');
    // Junk never breaks the page.
    for (const query of ['?q=%23', '?after=%3Cx%3E', '?before=' + 'z'.repeat(300), '?q=' + 'x'.repeat(500)])
      expect((await agent.get(`/app/orders${query}`)).statusCode, query).toBe(200);
  });

  it('pages with cursors forwards and back', async () => {
    const local = await consoleHarness(dialect);
    try {
      for (let i = 0; i < 52; i++) {
        await ingestOrder(
          local.store,
          {
            tenantId: local.tenantId,
            source: 'csv',
            orderNumber: `P-${String(i).padStart(3, '0')}`,
            parcels: [],
          },
          local.clock.read(),
          { detectCarrier: local.deps.detectCarrier, mode: 'lenient' },
        );
        local.clock.advance(10);
      }
      const viewer = await signedIn(local, local.viewer);
      const first = await viewer.get('/app/orders');
      const firstRows = numbersIn(first.body);
      expect(firstRows).toHaveLength(50);
      expect(firstRows[0]).toBe('P-051');
      expect(first.body).not.toContain('rel="prev"');
      const next = /href="([^"]*after=[^"]*)" rel="next"/.exec(first.body)?.[1]?.replaceAll('&amp;', '&');
      const second = await viewer.get(next!);
      expect(numbersIn(second.body)).toEqual(['P-001', 'P-000']);
      expect(second.body).not.toContain('rel="next"');
      const back = /href="([^"]*before=[^"]*)" rel="prev"/.exec(second.body)?.[1]?.replaceAll('&amp;', '&');
      const again = await viewer.get(back!);
      expect(numbersIn(again.body)).toEqual(firstRows);
      expect(again.body).not.toContain('rel="prev"');
    } finally {
      await local.close();
    }
  });

  it('shows an order with its customer, consent, customer page and three parcels from two carriers', async () => {
    const page = await agent.get(`/app/orders/${ids['split']}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Order #1001</h1>');
    expect(page.body).toContain('2 of 3 delivered');
    expect(page.body).toContain('<dd>Ada Lovelace</dd>');
    expect(page.body).toContain('<dd>ada@example.com</dd>');
    expect(page.body).toContain('<q>Send me shipping updates by email</q>');
    expect(page.body).toMatch(/recorded <time datetime="[^"]+Z">/);
    expect(page.body).toContain('<code>gid://shopify/Order/5001</code>');
    expect(page.body).toMatch(/href="http:\/\/localhost:3000\/o\/[A-Za-z0-9_-]{24}" target="_blank"/);
    const parcels = /<table id="parcels">([\s\S]*?)<\/table>/.exec(page.body)?.[1] ?? '';
    const rows = [...parcels.matchAll(/<tr data-id="([^"]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual([
      ids['UPSA0000000001'],
      ids['UPSB0000000002'],
      ids['DHLC0000000003'],
    ]);
    for (const [, id, cells] of rows) expect(cells).toContain(`<a href="/app/shipments/${id}">`);
    const [ups, express, dhl] = rows.map((r) => r[2]!);
    expect(ups).toContain('UPS');
    expect(ups).toContain('Delivered');
    expect(ups).toContain('Leeds, GB');
    expect(express).toContain('Express');
    expect(express).toContain('On its way');
    expect(express).toContain('Chicago, US');
    expect(dhl).toContain('DHL');
    expect(dhl).toContain('Delivered');
    expect(dhl).toContain('York, GB');
    // Each parcel's page leads back to the order.
    const shipment = await agent.get(`/app/shipments/${ids['UPSB0000000002']}`);
    expect(shipment.body).toContain(`<a href="/app/orders/${ids['split']}">Order #1001</a>`);
    expect(shipment.body).toContain(`<dd><a href="/app/orders/${ids['split']}">#1001</a></dd>`);
  });

  it('shows what the source said about an order, and says plainly when there is no consent or customer', async () => {
    const mail = await agent.get(`/app/orders/${ids['mail']}`);
    expect(mail.body).toMatch(/<dt>Sender<\/dt>\s*<dd>shipping@shop.example<\/dd>/);
    expect(mail.body).toMatch(/<dt>Subject<\/dt>\s*<dd>Your order SO-2002 has shipped<\/dd>/);
    expect(mail.body).toMatch(/<dt>Forwarded by<\/dt>\s*<dd>owner@shop.example<\/dd>/);
    expect(mail.body).toContain('The shop recorded no consent');
    const odd = await agent.get(`/app/orders/${ids['odd']}`);
    expect(odd.statusCode).toBe(200);
    expect(odd.body).toContain('No parcel of this order is tracked yet.');
    expect(odd.body).toContain('&lt;b&gt;#1003&lt;/b&gt;');
    expect(odd.body).not.toContain('<b>#1003</b>');
    expect(odd.body).not.toContain('<script>alert(1)');
    // A shipment with no order shows no link to one.
    const loose = await h.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: h.auth,
      payload: { trackingNumber: 'LOOSE000000005', carrier: 'waybill', orderRef: 'X-1' },
    });
    const shipment = await agent.get(`/app/shipments/${(loose.json() as { id: string }).id}`);
    expect(shipment.body).not.toContain('/app/orders/');
    expect(shipment.body).toContain('<dd>X-1</dd>');
  });

  it('answers 404 for another shop’s order, and for an order that does not exist', async () => {
    const theirs = await agent.get(`/app/orders/${ids['theirs']}`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).not.toContain('Their Customer');
    expect(theirs.body).not.toContain('THEIRS0000000001');
    expect((await agent.get('/app/orders/NO-SUCH-ORDER')).statusCode).toBe(404);
    expect((await agent.get(`/app/orders/${'x'.repeat(65)}`)).statusCode).toBe(400);
    // The other shop sees its own order of the same number, and only that.
    const them = await signedIn(h, h.other.owner);
    const own = await them.get('/app/orders?q=1001');
    expect(numbersIn(own.body)).toEqual(['#1001']);
    expect(own.body).toContain(ids['theirs']!);
    expect(own.body).not.toContain('Ada Lovelace');
    expect((await them.get(`/app/orders/${ids['split']}`)).statusCode).toBe(404);
  });

  it('speaks every console language on the order pages', async () => {
    for (const [lang, words] of [
      ['de', ['Bestellungen', '2 von 3 zugestellt']],
      ['fr', ['Commandes', '2 sur 3 livrés']],
      ['es', ['Pedidos', '2 de 3 entregados']],
      ['pt-BR', ['Pedidos', '2 de 3 entregues']],
    ] as const) {
      const list = await agent.get(`/app/orders?lang=${lang}`);
      for (const word of words) expect(list.body, `${lang}: ${word}`).toContain(word);
      const detail = await agent.get(`/app/orders/${ids['split']}?lang=${lang}`);
      expect(detail.body).toContain(`lang="${lang}"`);
    }
  });
});
