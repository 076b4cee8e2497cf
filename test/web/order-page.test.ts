import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findOrderByToken } from '../../src/store/repositories/orders.js';
import { orderPageUrl } from '../../src/web/order-page-url.js';
import { latestOrderSeq } from '../../src/web/order-view.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { CUSTOMER, FEDEX_DELIVERED, POSTCODE, scan, splitOrder } from './order-scenario.js';
import { scenario, seed } from './scenarios.js';
import { connectSse } from './sse-client.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe.each(DIALECTS)('order page over HTTP (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(async () => t.close());

  it('shows all three parcels of a split order, oldest first, with their statuses, on one page', async () => {
    const { order, parcels } = await splitOrder(t);
    const [ups1, fedex, ups3] = parcels;
    const page = await t.app.inject({
      url: `/o/${order.pageToken}`,
      headers: { 'accept-language': 'en-GB' },
    });
    expect(page.statusCode).toBe(200);
    const body = page.body;
    expect(body).toContain('3 parcels · 2 of 3 delivered');
    for (const [i, parcel] of parcels.entries()) {
      expect(body).toContain(`Parcel ${i + 1} of 3`);
      expect(body).toContain(parcel.trackingNumber);
      // Each parcel links to its own page.
      expect(body).toContain(`href="/t/${parcel.token}"`);
    }
    expect(body.indexOf(ups1.trackingNumber)).toBeLessThan(body.indexOf(fedex.trackingNumber));
    expect(body.indexOf(fedex.trackingNumber)).toBeLessThan(body.indexOf(ups3.trackingNumber));
    const cards = body.split('<section class="card parcel').slice(1);
    expect(cards).toHaveLength(3);
    expect(cards[0]).toContain('UPS');
    expect(cards[0]).toContain('Delivered');
    expect(cards[0]).toMatch(/Delivered <time datetime="[^"]+" data-local\s*>Thu 26 Nov, 13:12<\/time\s*>/);
    expect(cards[1]).toContain('FedEx');
    expect(cards[1]).toContain('On its way');
    expect(cards[1]).toContain('Arriving Tue 1 Dec – Thu 3 Dec');
    // The last scan: city-level place and the local time (Berlin, the destination's zone).
    expect(cards[1]).toMatch(
      /Leipzig, DE, <time datetime="[^"]+" data-local\s*>Thu 26 Nov, 08:30<\/time\s*>/,
    );
    expect(cards[2]).toContain('UPS');
    expect(cards[2]).toContain('Delivered');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(body).toContain(`data-events="/o/${order.pageToken}/events"`);
  });

  it("shows nothing private to an unverified visitor: no order number, customer, postcode or carrier's text", async () => {
    const { order, parcels } = await splitOrder(t, '#A-77123');
    const page = (await t.app.inject({ url: `/o/${order.pageToken}` })).body;
    expect(page).toContain('Your order from Test shop');
    // The tracking numbers are shown (as on /t/); anything private must be in the rest.
    const body = parcels.reduce((text, parcel) => text.replaceAll(parcel.trackingNumber, ''), page);
    for (const secret of ['A-77123', CUSTOMER.email, CUSTOMER.name, CUSTOMER.phone, '5123456789', POSTCODE])
      expect(body).not.toContain(secret);
    expect(body).not.toContain('signed by A LIMA');
    expect(body).not.toContain('FedEx hub');
    // The way to prove it: the lookup form's order half.
    expect(body).toMatch(/<form method="post" action="\/track"/);
  });

  it('gives the same 404 page as /t/ for an unknown token', async () => {
    const unknown = await t.app.inject({ url: `/o/${'x'.repeat(24)}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Page not found');
    const parcelPage = await t.app.inject({ url: `/t/${'x'.repeat(24)}` });
    const withoutNonce = (html: string) => html.replace(/nonce="[^"]+"/g, '');
    expect(withoutNonce(unknown.body)).toBe(withoutNonce(parcelPage.body));
    expect((await t.app.inject({ url: '/o/not-a-token' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/o/${'y'.repeat(24)}/events` })).statusCode).toBe(404);
  });

  it('leads the order-number lookup to the order page, unlocked; a parcel of no order still to its own page', async () => {
    const { order, parcels } = await splitOrder(t, '#7001');
    const found = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: `order=7001&secret=${encodeURIComponent(CUSTOMER.email.toUpperCase())}`,
    });
    expect(found.statusCode).toBe(303);
    expect(found.headers.location).toBe(`/o/${order.pageToken}`);
    const cookies = [found.headers['set-cookie']].flat().map(String);
    const orderCookie = cookies.find((c) => c.includes(`Path=/o/${order.pageToken}`));
    expect(orderCookie).toMatch(/HttpOnly/);
    // Each parcel's own page is unlocked too.
    for (const parcel of parcels)
      expect(cookies.some((c) => c.includes(`Path=/t/${parcel.token}`))).toBe(true);
    const unlocked = await t.app.inject({
      url: found.headers.location as string,
      headers: { cookie: orderCookie!.split(';')[0]! },
    });
    expect(unlocked.body).toContain('Order #7001');
    expect(unlocked.body).toContain(`${POSTCODE}, Berlin, DE`);
    // Even verified, the page does not show who the customer is.
    expect(unlocked.body).not.toContain(CUSTOMER.email);
    expect(unlocked.body).not.toContain(CUSTOMER.name);

    const byPostcode = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: `order=%237001&secret=${POSTCODE}`,
    });
    expect(byPostcode.headers.location).toBe(`/o/${order.pageToken}`);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: 'order=7001&secret=someone%40example.com',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('We could not match that order number');

    const single = await seed(t, scenario('in_transit'));
    const alone = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: `order=${single.orderRef}&secret=10115`,
    });
    expect(alone.statusCode).toBe(303);
    expect(alone.headers.location).toBe(`/t/${single.token}`);
    // A tracking number alone still leads to that parcel's page, never to the whole order.
    const byNumber = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: `number=${parcels[1].trackingNumber}`,
    });
    expect(byNumber.headers.location).toBe(`/t/${parcels[1].token}`);
  });

  it('keeps the lookup limits for order numbers', async () => {
    await t.close();
    t = await testApp(dialect, { 'pages.lookupPerNumberPerHour': 2 });
    await splitOrder(t, '#7002');
    const codes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/track',
        headers: FORM,
        payload: `order=7002&secret=${POSTCODE}`,
        remoteAddress: `10.0.2.${i + 1}`,
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([303, 303, 429]);
  });

  it('speaks German to a German browser, and ?lang= switches', async () => {
    const { order } = await splitOrder(t);
    const german = await t.app.inject({
      url: `/o/${order.pageToken}`,
      headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' },
    });
    expect(german.body).toContain('<html lang="de"');
    expect(german.body).toContain('3 Pakete · Zugestellt: 2 von 3');
    expect(german.body).toContain('Paket 2 von 3');
    expect(german.body).toContain('Unterwegs');
    expect(german.body).toContain('Ankunft Di., 1. Dez. – Do., 3. Dez.');
    expect(german.body).toContain('Ihre Bestellung bei Test shop');
    const french = await t.app.inject({
      url: `/o/${order.pageToken}?lang=fr`,
      headers: { 'accept-language': 'de' },
    });
    expect(french.body).toContain('<html lang="fr"');
    expect(french.body).toContain('Colis 1 sur 3');
  });

  it('sends a scan of any parcel to the open page as one update', async () => {
    const { order, parcels } = await splitOrder(t);
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const ids = parcels.map((p) => p.shipmentId);
    // Every message of the setup ordered first: on a loaded machine the sequencer may not have
    // reached them yet, and one ordered after the stream opened would come as an update of its own.
    await t.relay.drain();
    const seq = await latestOrderSeq(t.store.db, t.store.caps, ids);
    const stream = await connectSse(`${url}/o/${order.pageToken}/events`, { 'last-event-id': String(seq) });
    expect(stream.status).toBe(200);
    await scan(t, parcels[1], [FEDEX_DELIVERED]);
    const update = (await waitFor(
      () => stream.events.find((e) => e.data.includes('"status":"3 of 3 delivered"')),
      'the live update',
    ))!;
    expect(Number(update.id)).toBe(await latestOrderSeq(t.store.db, t.store.caps, ids));
    const data = JSON.parse(update.data) as { html: string; status: string; title: string };
    expect(data.html).toContain('3 parcels · 3 of 3 delivered');
    expect(data.title).toBe('3 of 3 delivered · Your order from Test shop');
    stream.close();
  });

  it('gives the order page link for the API and messages', async () => {
    const { order } = await splitOrder(t);
    expect(orderPageUrl('https://track.example/', order.pageToken)).toBe(
      `https://track.example/o/${order.pageToken}`,
    );
    expect(orderPageUrl('https://track.example', order.pageToken)).toBe(
      `https://track.example/o/${order.pageToken}`,
    );
    expect((await findOrderByToken(t.store.db, order.pageToken))?.id).toBe(order.id);
  });
});
