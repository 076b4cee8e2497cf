import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrderByNumber, shipmentIdsOfOrder } from '../../src/store/repositories/orders.js';
import { DIALECTS } from '../helpers/dialects.js';
import { intakeHarness, smtpDialogue, type IntakeHarness } from './harness.js';
import {
  attachedForward,
  FEDEX_NUMBER,
  gmailForward,
  lookAlikeMail,
  OTHER_UPS_NUMBER,
  oversizedMail,
  shippingMail,
  UPS_NUMBER,
  USPS_NUMBER,
} from './mails.js';

// Issue 15: forwarded shipping emails over a real SMTP connection (nodemailer to the intake's own
// listener on 127.0.0.1), on each database.

const MAX_BYTES = 16_384;

describe.each(DIALECTS)('the mail intake over SMTP on %s', (dialect) => {
  let h: IntakeHarness;
  beforeAll(async () => {
    h = await intakeHarness(dialect, { 'shops.intake.maxBytes': MAX_BYTES });
  });
  afterAll(() => h.close());

  const mailsWithKey = (messageKey: string) =>
    h.t.store.db
      .selectFrom('intake_mails')
      .selectAll()
      .where('message_key', '=', messageKey)
      .orderBy('id')
      .execute();

  const trackingNumbersOf = async (orderNumber: string) => {
    const order = await findOrderByNumber(h.t.store.db, h.t.tenantId, orderNumber);
    if (!order) return { order, numbers: [] };
    const ids = await shipmentIdsOfOrder(h.t.store.db, h.t.tenantId, order.id);
    if (ids.length === 0) return { order, numbers: [] };
    const rows = await h.t.store.db
      .selectFrom('shipments')
      .select(['tracking_number', 'carrier'])
      .where('id', 'in', ids)
      .execute();
    return { order, numbers: rows.map((r) => `${r.carrier}:${r.tracking_number}`).sort() };
  };

  it('registers the number in the plain text and the one only in the HTML link as two parcels of one order', async () => {
    const raw = shippingMail({ to: 'customer@example.com', messageId: '<ship-1001@shop.example>' });
    // The FedEx number is only in the quoted-printable HTML, split by a soft line break.
    expect(raw).toContain('trknbr=3D7944=\r\n61726509');
    expect(raw).not.toContain(FEDEX_NUMBER);

    const sent = await h.send(raw);
    expect(sent.response).toMatch(/^250 .*registered/);
    const { order, numbers } = await trackingNumbersOf('#1001');
    expect(numbers).toEqual([`fedex:${FEDEX_NUMBER}`, `ups:${UPS_NUMBER}`]);
    expect(order).toMatchObject({ source: 'email', customer: { email: null } });
    const [recorded] = await mailsWithKey('<ship-1001@shop.example>');
    expect(recorded).toMatchObject({ tenant_id: h.t.tenantId, outcome: 'registered', order_id: order!.id });
    expect(JSON.parse(recorded!.found)).toEqual([
      expect.objectContaining({ trackingNumber: FEDEX_NUMBER, source: 'link', confidence: 1 }),
      expect.objectContaining({ trackingNumber: UPS_NUMBER, source: 'text' }),
    ]);
    // The forwarder is the merchant: nobody became a notification recipient.
    expect(await h.t.store.db.selectFrom('notification_recipients').selectAll().execute()).toEqual([]);
  });

  it('creates nothing new when the same mail comes twice', async () => {
    const raw = shippingMail({ to: h.address, messageId: '<ship-twice@shop.example>' });
    await h.send(raw);
    const before = await h.t.store.db.selectFrom('shipments').select('id').execute();
    const orders = await h.counts();
    const again = await h.send(raw);
    expect(again.response).toMatch(/^250 .*duplicate/);
    expect(await h.t.store.db.selectFrom('shipments').select('id').execute()).toEqual(before);
    expect((await h.counts()).orders).toBe(orders.orders);
    expect((await mailsWithKey('<ship-twice@shop.example>')).map((m) => m.outcome)).toEqual([
      'registered',
      'duplicate',
    ]);
  });

  it('refuses a recipient that is no intake address at RCPT TO (550), and records it without a tenant', async () => {
    const before = await h.counts();
    const stranger = `00000000000000000000@${h.intake.domain}`;
    const refused = await h.send(shippingMail({ to: stranger }), { to: [stranger] }).then(
      () => undefined,
      (error: { responseCode?: number; code?: string }) => error,
    );
    expect(refused).toMatchObject({ responseCode: 550 });
    const after = await h.counts();
    expect({ orders: after.orders, shipments: after.shipments }).toEqual({
      orders: before.orders,
      shipments: before.shipments,
    });
    const recorded = await h.t.store.db
      .selectFrom('intake_mails')
      .selectAll()
      .where('outcome', '=', 'unknown_address')
      .execute();
    expect(recorded).toEqual([
      expect.objectContaining({ tenant_id: null, mail_from: 'ana@acme-shop.example' }),
    ]);

    // With a good recipient beside it, the mail goes to the good one only.
    const other = `ffffffffffffffffffff@${h.intake.domain}`;
    const mixed = await h.send(gmailForward({ to: h.address, messageId: '<mixed@shop.example>' }), {
      to: [other, h.address],
    });
    expect(mixed.response).toMatch(/^250 /);
    expect(await mailsWithKey('<mixed@shop.example>')).toEqual([
      expect.objectContaining({ tenant_id: h.t.tenantId, outcome: 'registered' }),
    ]);
  });

  it('refuses a mail over the size limit after DATA with 552, and stores nothing from it', async () => {
    const before = await h.counts();
    const raw = oversizedMail({ to: h.address, messageId: '<big@shop.example>' }, MAX_BYTES * 2);
    const refused = await h.send(raw).then(
      () => undefined,
      (error: { responseCode?: number }) => error,
    );
    expect(refused).toMatchObject({ responseCode: 552 });
    const after = await h.counts();
    expect({ orders: after.orders, shipments: after.shipments }).toEqual({
      orders: before.orders,
      shipments: before.shipments,
    });
    expect(await findOrderByNumber(h.t.store.db, h.t.tenantId, '#4004')).toBeUndefined();
    const [recorded] = await h.t.store.db
      .selectFrom('intake_mails')
      .selectAll()
      .where('outcome', '=', 'too_large')
      .execute();
    expect(recorded).toMatchObject({ tenant_id: h.t.tenantId, order_id: null, found: '[]' });
    expect(recorded!.detail).toContain(String(MAX_BYTES));
    // The limit is advertised, and a size announced over it in MAIL FROM is refused before DATA.
    const [, ehlo, mailFrom] = await smtpDialogue(h.smtpPort, [
      'EHLO client.example',
      `MAIL FROM:<ana@acme-shop.example> SIZE=${MAX_BYTES + 1}`,
      'QUIT',
    ]);
    expect(ehlo).toContain(`SIZE ${MAX_BYTES}`);
    expect(mailFrom).toMatch(/^552 /);
  });

  it('registers nothing for look-alikes: an order number, a phone number, a postcode', async () => {
    const before = await h.counts();
    const sent = await h.send(lookAlikeMail({ to: h.address, messageId: '<look-alike@shop.example>' }));
    expect(sent.response).toMatch(/^250 .*no_number/);
    const after = await h.counts();
    expect({ orders: after.orders, shipments: after.shipments }).toEqual({
      orders: before.orders,
      shipments: before.shipments,
    });
    expect(await mailsWithKey('<look-alike@shop.example>')).toEqual([
      expect.objectContaining({ outcome: 'no_number', found: '[]', order_id: null }),
    ]);
  });

  it('finds the original sender of a Gmail inline forward and of a message/rfc822 forward', async () => {
    await h.send(gmailForward({ to: h.address, messageId: '<gmail-2002@mail.gmail.com>' }, OTHER_UPS_NUMBER));
    const inline = await trackingNumbersOf('#2002');
    expect(inline.numbers).toEqual([`ups:${OTHER_UPS_NUMBER}`]);
    expect(inline.order?.context).toMatchObject({
      sender: 'Acme Shipping <ship@acme-shipping.example>',
      subject: 'Your order #2002 has shipped',
      forwardedBy: 'ana@acme-shop.example',
    });

    await h.send(attachedForward({ to: h.address, messageId: '<attached-3003@mail.example>' }));
    const attached = await trackingNumbersOf('#3003');
    expect(attached.numbers).toEqual([`usps:${USPS_NUMBER}`]);
    expect(attached.order?.context).toMatchObject({
      sender: expect.stringContaining('ship@acme-shipping.example'),
      subject: 'Order #3003 shipped',
    });
  });
});
