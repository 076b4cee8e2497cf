import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { testApp, type TestApp } from '../helpers/app.js';

describe.each(DIALECTS)('notification API (%s)', (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function shipment(app: TestApp, destination = { country: 'DE' }) {
    const created = await app.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: app.auth,
      payload: { trackingNumber: '1Z999AA10123456784', carrier: 'ups', destination },
    });
    return (created.json() as { id: string }).id;
  }

  it('adds email and SMS recipients, normalising the phone number to E.164, idempotently', async () => {
    t = await testApp(dialect);
    const id = await shipment(t);
    const add = (payload: Record<string, unknown>) =>
      t!.app.inject({ method: 'POST', url: `/v1/shipments/${id}/recipients`, headers: t!.auth, payload });
    const sms = await add({
      channel: 'sms',
      address: '0151 1234 5678',
      locale: 'de',
      timeZone: 'Europe/Berlin',
    });
    expect(sms.statusCode).toBe(201);
    expect(sms.json()).toMatchObject({
      channel: 'sms',
      address: '+4915112345678',
      locale: 'de',
      optedOut: false,
    });
    expect((await add({ channel: 'sms', address: '+49 151 12345678', locale: 'de' })).statusCode).toBe(200);
    expect(
      (await add({ channel: 'email', address: 'Ana@Example.com', locale: 'pt-BR' })).json(),
    ).toMatchObject({
      address: 'ana@example.com',
    });
    const list = await t.app.inject({
      method: 'GET',
      url: `/v1/shipments/${id}/recipients`,
      headers: t.auth,
    });
    expect((list.json() as { data: unknown[] }).data).toHaveLength(2);
  });

  it('refuses a bad phone number, email, zone or channel with a problem and stores nothing', async () => {
    t = await testApp(dialect);
    const id = await shipment(t);
    const add = (payload: Record<string, unknown>) =>
      t!.app.inject({ method: 'POST', url: `/v1/shipments/${id}/recipients`, headers: t!.auth, payload });
    for (const [payload, field] of [
      [{ channel: 'sms', address: '+49 123' }, '/address'],
      [{ channel: 'sms', address: 'call me maybe' }, '/address'],
      [{ channel: 'email', address: 'ana@' }, '/address'],
      [{ channel: 'email', address: 'ana@example.com', timeZone: 'Mars/Olympus' }, '/timeZone'],
    ] as const) {
      const response = await add(payload);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((response.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(
        field,
      );
    }
    expect((await add({ channel: 'fax', address: '+4915112345678' })).statusCode).toBe(400);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/v1/shipments/01JUNKJUNKJUNKJUNKJUNKJUNK/recipients',
      headers: t.auth,
      payload: { channel: 'email', address: 'ana@example.com' },
    });
    expect(unknown.statusCode).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: `/v1/shipments/${id}/recipients`,
      headers: t.auth,
    });
    expect((list.json() as { data: unknown[] }).data).toEqual([]);
  });

  it('reads and overrides rules and branding', async () => {
    t = await testApp(dialect);
    const rules = await t.app.inject({ method: 'GET', url: '/v1/notification-rules', headers: t.auth });
    const delivered = (rules.json() as { rules: { topic: string; channels: string[] }[] }).rules.find(
      (r) => r.topic === 'delivered',
    );
    expect(delivered?.channels).toEqual(['email', 'sms', 'push']);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/v1/notification-rules',
      headers: t.auth,
      payload: { rules: { delivered: { channels: ['email'] }, stalled: { channels: [] } }, dailyCap: 3 },
    });
    expect(put.statusCode).toBe(200);
    const after = put.json() as { rules: { topic: string; channels: string[] }[]; dailyCap: number };
    expect(after.dailyCap).toBe(3);
    expect(after.rules.find((r) => r.topic === 'delivered')?.channels).toEqual(['email']);
    expect(after.rules.find((r) => r.topic === 'stalled')?.channels).toEqual([]);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/v1/notification-rules',
      headers: t.auth,
      payload: { rules: { teleported: { channels: ['email'] } } },
    });
    expect(bad.statusCode).toBe(400);

    const branding = await t.app.inject({
      method: 'PUT',
      url: '/v1/branding',
      headers: t.auth,
      payload: { name: 'Kaffeehaus', primaryColor: '#aa3300', supportEmail: 'hilfe@kaffeehaus.example' },
    });
    expect(branding.json()).toMatchObject({
      name: 'Kaffeehaus',
      primaryColor: '#aa3300',
      supportEmail: 'hilfe@kaffeehaus.example',
    });
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/v1/branding',
          headers: t.auth,
          payload: { primaryColor: 'red' },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('previews every rule on every channel in every locale from its sample event', async () => {
    t = await testApp(dialect);
    await t.app.inject({
      method: 'PUT',
      url: '/v1/branding',
      headers: t.auth,
      payload: { name: 'Kaffeehaus' },
    });
    const topics = (
      (await t.app.inject({ method: 'GET', url: '/v1/notification-rules', headers: t.auth })).json() as {
        rules: { topic: string }[];
      }
    ).rules.map((r) => r.topic);
    for (const topic of topics)
      for (const locale of ['en', 'es', 'de', 'fr', 'pt-BR'])
        for (const channel of ['email', 'sms', 'push']) {
          const response = await t.app.inject({
            method: 'GET',
            url: `/v1/notification-previews/${topic}?channel=${channel}&locale=${locale}&timeZone=America/New_York`,
            headers: t.auth,
          });
          expect(response.statusCode, `${topic} ${channel} ${locale}`).toBe(200);
          const preview = response.json() as {
            subject: string;
            text: string;
            segments: { segments: number } | null;
          };
          expect(preview.text).not.toMatch(/\{|\}/); // every ICU placeholder filled
          if (channel === 'sms') expect(preview.segments!.segments).toBeLessThanOrEqual(2);
          if (channel !== 'push') expect(preview.text).toContain('Kaffeehaus');
        }
    const html = await t.app.inject({
      method: 'GET',
      url: '/v1/notification-previews/delivered?channel=email&locale=fr&format=html',
      headers: t.auth,
    });
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('<html lang="fr">');
    expect(html.body).toContain('"@type":"ParcelDelivery"');
    const stalled = await t.app.inject({
      method: 'GET',
      url: '/v1/notification-previews/stalled?channel=email&locale=de',
      headers: t.auth,
    });
    expect((stalled.json() as { text: string }).text).toContain('seit 3 Werktagen');
    expect(
      (await t.app.inject({ method: 'GET', url: '/v1/notification-previews/teleported', headers: t.auth }))
        .statusCode,
    ).toBe(400);
  });

  it('shows the attempt log of a shipment, and 404 for an unknown one', async () => {
    t = await testApp(dialect);
    const id = await shipment(t);
    const log = await t.app.inject({
      method: 'GET',
      url: `/v1/shipments/${id}/notifications`,
      headers: t.auth,
    });
    expect(log.json()).toEqual({ data: [] });
    expect(
      (await t.app.inject({ method: 'GET', url: '/v1/shipments/NOPE/notifications', headers: t.auth }))
        .statusCode,
    ).toBe(404);
  });
});
