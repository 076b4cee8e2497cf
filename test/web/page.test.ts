import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addRecipient } from '../../src/notify/recipients.js';
import { pageTokenFor, pageUrlFor } from '../../src/web/page-token.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { CHANNELS_ON } from '../helpers/channels-on.js';
import { DIALECTS } from '../helpers/dialects.js';
import { scenario, seed } from './scenarios.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** "Notify me" as the page's form posts it. */
const postNotify = (
  app: TestApp['app'],
  token: string,
  payload: string,
  headers: Record<string, string> = {},
) => app.inject({ method: 'POST', url: `/t/${token}/notify`, headers: { ...FORM, ...headers }, payload });

describe.each(DIALECTS)('tracking page over HTTP (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect, {
      'pages.lookupPerIpPerMinute': 5,
      'pages.lookupPerNumberPerHour': 3,
      ...CHANNELS_ON,
    });
  });
  afterEach(async () => t.close());

  it('gives each shipment one unguessable token, stable across calls', async () => {
    const a = await seed(t, scenario('in_transit'));
    const b = await seed(t, scenario('in_transit'));
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(a.token).not.toBe(b.token);
    expect(await pageTokenFor(t.store.db, { id: a.shipmentId, tenantId: t.tenantId })).toBe(a.token);
    expect(await pageUrlFor(t.store.db, a.shipmentId, 'https://track.example/')).toBe(
      `https://track.example/t/${a.token}`,
    );
    expect((await t.app.inject({ url: `/t/${'x'.repeat(24)}` })).statusCode).toBe(404);
  });

  it('gives the page link in the API shipment', async () => {
    const s = await seed(t, scenario('in_transit'));
    const shipment = await t.app.inject({ url: `/v1/shipments/${s.shipmentId}`, headers: t.auth });
    // The default public base URL follows the port.
    expect(shipment.json()).toMatchObject({ trackingPageUrl: `http://localhost:3000/t/${s.token}` });
  });

  it('shows the public view: status, window, city-level places, and nothing private', async () => {
    const s = await seed(t, scenario('in_transit'));
    const page = await t.app.inject({ url: `/t/${s.token}`, headers: { 'accept-language': 'en-GB' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('On its way');
    expect(page.body).toContain('Arriving Tue 1 Dec – Thu 3 Dec');
    expect(page.body).toContain('Berlin, DE');
    expect(page.body).toContain('Based on 1,240 similar parcels to your area.');
    // The technical basis is for the API and the console, not the customer.
    expect(page.body).not.toContain('UPS Ground shipments');
    expect(page.body).toContain(s.trackingNumber);
    // Order number, postcode and the carrier's free text stay behind verification.
    expect(page.body).not.toContain(s.orderRef);
    expect(page.body).not.toContain('10115');
    expect(page.body).not.toContain('Arrived at facility');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('carries schema.org ParcelDelivery markup that cannot close its script element', async () => {
    const s = await seed(t, scenario('in_transit'));
    await t.store.db
      .updateTable('tenants')
      .set({ settings: JSON.stringify({ branding: { name: 'Shop</script><script>alert(1)</script>' } }) })
      .where('id', '=', t.tenantId)
      .execute();
    const body = (await t.app.inject({ url: `/t/${s.token}` })).body;
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(body)?.[1];
    expect(JSON.parse(json ?? 'null')).toMatchObject({
      '@type': 'ParcelDelivery',
      trackingNumber: s.trackingNumber,
      expectedArrivalFrom: '2026-12-01',
      expectedArrivalUntil: '2026-12-03',
    });
    expect(body).not.toContain('<script>alert(1)');
  });

  it('picks the language from Accept-Language, and ?lang= switches and is remembered', async () => {
    const s = await seed(t, scenario('delivered'));
    const german = await t.app.inject({
      url: `/t/${s.token}`,
      headers: { 'accept-language': 'de-AT,en;q=0.5' },
    });
    expect(german.body).toContain('<html lang="de"');
    expect(german.body).toContain('Zugestellt');
    // The delivery time follows the browser's zone like every other time on the page.
    expect(german.body).toMatch(/Zugestellt am <time datetime="[^"]+" data-local\s*>/);
    const brazil = await t.app.inject({ url: `/t/${s.token}`, headers: { 'accept-language': 'pt' } });
    expect(brazil.body).toContain('Entregue');
    const switched = await t.app.inject({
      url: `/t/${s.token}?lang=fr`,
      headers: { 'accept-language': 'de' },
    });
    expect(switched.body).toContain('Livré');
    const cookie = String(switched.headers['set-cookie']).split(';')[0]!;
    const later = await t.app.inject({ url: `/t/${s.token}`, headers: { cookie, 'accept-language': 'de' } });
    expect(later.body).toContain('<html lang="fr"');
  });

  it("says what the estimate rests on in the reader's language, on the page and in the calendar file", async () => {
    const s = await seed(t, scenario('in_transit'));
    const words = {
      de: 'Auf Grundlage von 1.240 ähnlichen Paketen in Ihre Gegend.',
      'pt-BR': 'Com base em 1.240 encomendas semelhantes para a sua região.',
      fr: 'D’après 1 240 colis similaires livrés dans votre secteur.',
      es: 'Según 1240 paquetes similares enviados a tu zona.',
    };
    for (const [lang, sentence] of Object.entries(words)) {
      const page = await t.app.inject({ url: `/t/${s.token}?lang=${lang}` });
      expect(page.body.replaceAll('\u202f', ' ')).toContain(sentence);
      expect(page.body).not.toContain('based on 1,240');
    }
    const ics = await t.app.inject({ url: `/t/${s.token}/calendar.ics` });
    expect(ics.body).toContain('Based on 1\\,240 similar parcels to your area.');
  });

  it('offers "Notify me" while the parcel is on its way, not once it is delivered', async () => {
    const moving = await seed(t, scenario('in_transit'));
    expect((await t.app.inject({ url: `/t/${moving.token}` })).body).toContain('id="notify"');
    const done = await seed(t, scenario('delivered'));
    expect((await t.app.inject({ url: `/t/${done.token}` })).body).not.toContain('id="notify"');
  });

  it('unlocks the full details with the order number and postcode, and says clearly when they do not match', async () => {
    const s = await seed(t, scenario('delivered'));
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/t/${s.token}/verify`,
      headers: FORM,
      payload: `order=${s.orderRef}&secret=99999`,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('We could not match that order number');
    expect(wrong.headers['set-cookie']).toBeUndefined();

    const right = await t.app.inject({
      method: 'POST',
      url: `/t/${s.token}/verify`,
      headers: FORM,
      payload: `order=${encodeURIComponent(s.orderRef.toLowerCase())}&secret=10%20115`,
    });
    expect(right.statusCode).toBe(303);
    const cookie = String(right.headers['set-cookie']);
    expect(cookie).toContain(`Path=/t/${s.token}`);
    expect(cookie).toContain('HttpOnly');
    const full = await t.app.inject({ url: `/t/${s.token}`, headers: { cookie: cookie.split(';')[0]! } });
    expect(full.body).toContain(s.orderRef);
    expect(full.body).toContain('10115, Berlin, DE');
    expect(full.body).toContain('Delivered, signed by receiver');
    // The session belongs to this shipment only.
    const other = await seed(t, scenario('delivered'));
    const elsewhere = await t.app.inject({
      url: `/t/${other.token}`,
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(elsewhere.body).not.toContain(other.orderRef);
  });

  it('accepts the email address a recipient registered with as proof', async () => {
    const s = await seed(t, scenario('in_transit'));
    await addRecipient(
      t.store.db,
      {
        tenantId: t.tenantId,
        shipmentId: s.shipmentId,
        channel: 'email',
        address: 'ana@example.com',
        details: {},
        locale: 'en',
        timeZone: null,
        consentText: 'test',
      },
      new Date(),
    );
    const right = await t.app.inject({
      method: 'POST',
      url: `/t/${s.token}/verify`,
      headers: FORM,
      payload: `order=${s.orderRef}&secret=Ana%40Example.com`,
    });
    expect(right.statusCode).toBe(303);
  });

  it('looks a number up and limits lookups per number and per address, with a clear message', async () => {
    const s = await seed(t, scenario('in_transit'));
    const found = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: `number=${s.trackingNumber.toLowerCase()}`,
    });
    expect(found.statusCode).toBe(303);
    expect(found.headers.location).toBe(`/t/${s.token}`);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: 'number=1ZNOPE0000000001',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('We could not find that number');
    // Limit 3 per number per hour: the 4th lookup of the same number is refused.
    for (let i = 0; i < 2; i += 1)
      await t.app.inject({
        method: 'POST',
        url: '/track',
        headers: FORM,
        payload: `number=${s.trackingNumber}`,
        remoteAddress: `10.0.0.${i + 1}`,
      });
    const perNumber = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: `number=${s.trackingNumber}`,
      remoteAddress: '10.0.1.1',
    });
    expect(perNumber.statusCode).toBe(429);
    expect(perNumber.body).toContain('Too many lookups from here');
    expect(Number(perNumber.headers['retry-after'])).toBeGreaterThan(0);
    // Limit 5 per IP per minute, whatever the numbers.
    const codes: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/track',
        headers: FORM,
        payload: `number=1ZOTHER00000000${i}`,
        remoteAddress: '10.9.9.9',
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([404, 404, 404, 404, 404, 429]);
  });

  it('looks an order up with its postcode and lands on the page with full details', async () => {
    const s = await seed(t, scenario('out_for_delivery'));
    const found = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: `order=${s.orderRef}&secret=10115`,
    });
    expect(found.statusCode).toBe(303);
    const full = await t.app.inject({
      url: found.headers.location as string,
      headers: { cookie: String(found.headers['set-cookie']).split(';')[0]! },
    });
    expect(full.body).toContain(s.orderRef);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/track',
      headers: FORM,
      payload: `order=${s.orderRef}&secret=00000`,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('We could not match that order number');
  });

  it('serves the delivery window as an iCalendar file', async () => {
    const s = await seed(t, scenario('in_transit'));
    const ics = await t.app.inject({ url: `/t/${s.token}/calendar.ics` });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20261201');
    expect(ics.body).toContain('DTEND;VALUE=DATE:20261204');
    expect(ics.body).toMatch(/\r\n$/);
    const none = await seed(t, scenario('pending'));
    const noWindow = await t.app.inject({ url: `/t/${none.token}/calendar.ics` });
    expect(noWindow.statusCode).toBe(404);
    expect(noWindow.headers['content-type']).toContain('application/problem+json');
    expect(noWindow.json()).toMatchObject({ detail: 'this parcel has no delivery window yet' });
    const noPage = await t.app.inject({ url: `/t/${'x'.repeat(24)}/calendar.ics` });
    expect(noPage.statusCode).toBe(404);
    expect(noPage.json()).toMatchObject({ detail: 'no such tracking page' });
  });

  it('stores an email recipient with the consent wording, and refuses without consent', async () => {
    const s = await seed(t, scenario('in_transit'));
    const refused = await postNotify(t.app, s.token, 'channel=email&address=ana%40example.com');
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Tick the box to agree first.');
    const ok = await postNotify(t.app, s.token, 'channel=sms&address=%2B49%20151%2023456789&consent=yes', {
      'accept-language': 'es',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Listo: te avisaremos en +4915123456789.');
    const rows = await t.store.db.selectFrom('notification_recipients').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'sms', address: '+4915123456789', locale: 'es' });
    expect(rows[0]!.consent_text).toContain('Acepto que Test shop me envíe SMS');
  });

  it('offers a form only for the channels this installation sends on, and refuses a post to another', async () => {
    const off = await testApp(dialect, { 'notify.smtp.url': '' });
    try {
      const s = await seed(off, scenario('in_transit'));
      const page = await off.app.inject({ url: `/t/${s.token}` });
      expect(page.body).not.toContain('id="notify-email"');
      expect(page.body).not.toContain('id="notify-sms"');
      // Web push needs no provider account, so "Notify me" is still offered, by push alone.
      expect(page.body).toContain('data-push');
      const posted = await postNotify(
        off.app,
        s.token,
        'channel=email&address=ana%40example.com&consent=yes',
      );
      expect(posted.statusCode).toBe(409);
      expect(posted.body).toContain('This shop does not send updates that way.');
      expect(await off.store.db.selectFrom('notification_recipients').selectAll().execute()).toEqual([]);
    } finally {
      await off.close();
    }
    const s = await seed(t, scenario('in_transit'));
    const page = await t.app.inject({ url: `/t/${s.token}` });
    expect(page.body).toContain('id="notify-email"');
    expect(page.body).toContain('id="notify-sms"');
  });

  it('serves the manifest, the service worker and the script', async () => {
    const manifest = await t.app.inject({ url: '/manifest.webmanifest' });
    expect(manifest.json()).toMatchObject({ start_url: '/track', display: 'standalone' });
    const worker = await t.app.inject({ url: '/sw.js' });
    expect(worker.headers['content-type']).toContain('javascript');
    expect(worker.body).toContain("addEventListener('push'");
    const s = await seed(t, scenario('pending'));
    const page = (await t.app.inject({ url: `/t/${s.token}` })).body;
    const script = /<script src="([^"]+)"/.exec(page)?.[1];
    const asset = await t.app.inject({ url: script!, headers: { 'accept-encoding': 'br' } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toContain('immutable');
  });
});
