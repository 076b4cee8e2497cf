import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { addRecipient, recipientsFor } from '../../src/notify/recipients.js';
import { attemptsForShipment } from '../../src/notify/queue.js';
import { saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { until } from './until.js';
import { notifyHarness, type NotifyHarness } from './notify-harness.js';
import { startLocalSmtp, type LocalSmtp } from './smtp-server.js';

/** The raw header line's value, as the mail client reads it (mailparser also structures some). */
function rawHeader(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((l) => l.key === name)?.line ?? '';
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();
}

describe.each(DIALECTS)('email notifications through a real SMTP server (%s)', (dialect) => {
  let smtp: LocalSmtp | undefined;
  let h: NotifyHarness | undefined;
  afterEach(async () => {
    await h?.close();
    await smtp?.close();
    h = undefined;
    smtp = undefined;
  });

  it('sends a branded German email with JSON-LD, one-click unsubscribe and a working link', async () => {
    smtp = await startLocalSmtp();
    h = await notifyHarness(dialect, { smtpUrl: smtp.url });
    await saveTenantSetting(h.store.db, h.tenantId, 'branding', {
      name: 'Kaffeehaus',
      primaryColor: '#123456',
      supportEmail: 'hilfe@kaffeehaus.example',
    });
    const shipment = await h.shipment('SIM100000000001');
    const recipient = await addRecipient(
      h.store.db,
      {
        tenantId: h.tenantId,
        shipmentId: shipment.id,
        channel: 'email',
        address: 'ana@example.com',
        details: {},
        locale: 'de',
        timeZone: 'Europe/Berlin',
        consentText: 'test',
      },
      h.now(),
    );
    await h.scan(shipment, 'delivered.signed', '2026-11-26T13:42:00+01:00');

    const mail = await until(() => smtp!.mails[0], 'the delivered email');
    expect(mail.subject).toBe('Ihr Paket von Kaffeehaus wurde zugestellt');
    // The delivery time, in the recipient's zone and language.
    expect(mail.text).toContain('wurde am Donnerstag, 26. November 2026 um 13:42 zugestellt');
    expect(mail.text).toMatch(/Sendung verfolgen: https:\/\/track\.example\.com\/t\/[A-Za-z0-9_-]{24}/);
    expect(mail.text).toContain('hilfe@kaffeehaus.example');
    expect(mail.html).toContain('background-color:#123456');
    expect(mail.headers.get('content-language')).toBe('de');

    // schema.org ParcelDelivery for Gmail's package card.
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(String(mail.html))?.[1];
    const card = JSON.parse(jsonLd ?? 'null') as Record<string, unknown>;
    expect(card).toMatchObject({
      '@type': 'ParcelDelivery',
      trackingNumber: 'SIM100000000001',
      partOfOrder: {
        orderNumber: 'A-1001',
        orderStatus: 'https://schema.org/OrderDelivered',
        merchant: { name: 'Kaffeehaus' },
      },
      deliveryAddress: { addressLocality: 'Berlin', addressCountry: 'DE' },
    });
    expect(card['trackingUrl']).toMatch(/^https:\/\/track\.example\.com\/t\//);

    // RFC 8058 one-click unsubscribe, and a Message-ID made from the idempotency key.
    const unsubscribe = rawHeader(mail, 'list-unsubscribe');
    const url = /<(https:\/\/track\.example\.com\/u\/[^>]+)>/.exec(unsubscribe)?.[1];
    expect(url).toBeDefined();
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const attempts = await until(async () => {
      const log = await attemptsForShipment(h!.store.db, h!.tenantId, shipment.id);
      return log.length > 0 ? log : undefined;
    }, 'the attempt log');
    expect(attempts.map((a) => [a.channel, a.outcome])).toEqual([['email', 'sent']]);
    expect(mail.messageId).toContain(attempts[0]!.idempotencyKey);
    expect(rawHeader(mail, 'x-waybill-idempotency-key')).toBe(attempts[0]!.idempotencyKey);

    // The one-click POST a mail client sends removes the recipient.
    const app = await h.app();
    const path = new URL(url!).pathname;
    const confirm = await app.inject({ method: 'GET', url: path });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('SIM100000000001');
    expect(await recipientsFor(h.store.db, shipment.id)).toHaveLength(1); // GET changes nothing
    const click = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(click.statusCode).toBe(200);
    expect(await recipientsFor(h.store.db, shipment.id)).toEqual([]);
    expect(recipient.id).toBeTruthy();
  });

  it('sends in the recipient’s language: es, fr, pt-BR and en side by side', async () => {
    smtp = await startLocalSmtp();
    h = await notifyHarness(dialect, { smtpUrl: smtp.url });
    const shipment = await h.shipment('SIM100000000002');
    for (const [address, locale] of [
      ['es@example.com', 'es'],
      ['fr@example.com', 'fr'],
      ['pt@example.com', 'pt-BR'],
      ['en@example.com', 'en-GB'],
    ] as const) {
      await addRecipient(
        h.store.db,
        {
          tenantId: h.tenantId,
          shipmentId: shipment.id,
          channel: 'email',
          address,
          details: {},
          locale,
          timeZone: 'Europe/Paris',
          consentText: 'test',
        },
        h.now(),
      );
    }
    await h.scan(shipment, 'out_for_delivery.on_vehicle', '2026-11-26T08:10:00+01:00');
    await waitFor(() => smtp!.mails.length === 4, 'four emails');
    const subjects = Object.fromEntries(
      smtp.mails.map((m) => [m.to && 'text' in m.to ? m.to.text : '', m.subject]),
    );
    expect(subjects).toEqual({
      'es@example.com': 'Tu paquete de Test Shop llega hoy',
      'fr@example.com': 'Votre colis Test Shop arrive aujourd’hui',
      'pt@example.com': 'Seu pacote da Test Shop chega hoje',
      'en@example.com': 'Your Test Shop parcel arrives today',
    });
  });
});
