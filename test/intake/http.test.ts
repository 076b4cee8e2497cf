import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyBytes, structuredMail } from '../../src/intake/test-arbitraries.js';
import { DIALECTS } from '../helpers/dialects.js';
import { intakeHarness, type IntakeHarness } from './harness.js';
import {
  attachedForward,
  FEDEX_NUMBER,
  gmailForward,
  lookAlikeMail,
  oversizedMail,
  shippingMail,
  UPS_NUMBER,
} from './mails.js';

// Issue 15: forwarded shipping emails through `POST /v1/intake/email` (the raw mail as the body),
// the tenant's intake address and the record of what each mail did, on each database.

const MAX_BYTES = 16_384;

describe.each(DIALECTS)('the mail intake through the API on %s', (dialect) => {
  let h: IntakeHarness;
  beforeAll(async () => {
    h = await intakeHarness(dialect, { 'shops.intake.maxBytes': MAX_BYTES });
  });
  afterAll(() => h.close());

  const post = (raw: string | Buffer, contentType = 'message/rfc822', auth = h.t.auth) =>
    h.t.app.inject({
      method: 'POST',
      url: '/v1/intake/email',
      payload: typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw,
      headers: { ...auth, 'content-type': contentType },
    });

  it('gives the tenant one intake address, made on first use', async () => {
    const first = await h.t.app.inject({ url: '/v1/intake/address', headers: h.t.auth });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ address: h.address, smtpEnabled: false });
    expect(h.address).toMatch(/^[0-9a-f]{20}@intake\.waybill\.local$/);
    const again = await h.t.app.inject({ url: '/v1/intake/address', headers: h.t.auth });
    expect(again.json().address).toBe(h.address);
    expect((await h.t.app.inject({ url: '/v1/intake/address' })).statusCode).toBe(401);
  });

  it('registers the plain-text number and the HTML-only link number as two parcels of one order, once', async () => {
    const raw = shippingMail({ to: h.address, messageId: '<api-1001@shop.example>' });
    const res = await post(raw);
    expect(res.statusCode, res.body).toBe(200);
    const mail = res.json();
    expect(mail).toMatchObject({
      outcome: 'registered',
      orderNumber: '#1001',
      from: 'ana@acme-shop.example',
      messageKey: '<api-1001@shop.example>',
      found: [
        { trackingNumber: FEDEX_NUMBER, carrier: 'fedex', source: 'link', shipmentId: expect.any(String) },
        { trackingNumber: UPS_NUMBER, carrier: 'ups', source: 'text', shipmentId: expect.any(String) },
      ],
    });
    for (const { shipmentId } of mail.found) {
      const shipment = await h.t.app.inject({ url: `/v1/shipments/${shipmentId}`, headers: h.t.auth });
      expect(shipment.json()).toMatchObject({ orderRef: '#1001' });
    }

    const before = await h.counts();
    const again = await post(raw);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ outcome: 'duplicate', orderId: mail.orderId });
    expect(await h.counts()).toEqual({ ...before, intakeMails: before.intakeMails + 1 });
  });

  it('takes a mail addressed to the intake address by Delivered-To (an automatic forward)', async () => {
    const raw = `Delivered-To: ${h.address}\r\n${gmailForward({ to: 'ana@acme-shop.example', messageId: '<api-auto@x>' })}`;
    const res = await post(raw);
    expect(res.json()).toMatchObject({ outcome: 'registered', orderNumber: '#2002' });
  });

  it('refuses a mail addressed elsewhere (recorded without a tenant) and what is not a mail', async () => {
    const before = await h.counts();
    const elsewhere = await post(shippingMail({ to: 'someone@example.com', messageId: '<api-elsewhere@x>' }));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json()).toMatchObject({
      code: 'validation_failed',
      outcome: 'unknown_address',
      errors: [{ field: 'body' }],
    });
    const stranger = await post(shippingMail({ to: `00000000000000000000@${h.intake.domain}` }));
    expect(stranger.statusCode).toBe(400);
    const rows = await h.t.store.db
      .selectFrom('intake_mails')
      .selectAll()
      .where('message_key', '=', '<api-elsewhere@x>')
      .execute();
    expect(rows).toEqual([expect.objectContaining({ tenant_id: null, outcome: 'unknown_address' })]);

    const notMail = await post('\x00\x01 no headers at all');
    expect(notMail.statusCode).toBe(400);
    expect(notMail.json()).toMatchObject({ outcome: 'unreadable' });
    const after = await h.counts();
    expect({ orders: after.orders, shipments: after.shipments }).toEqual({
      orders: before.orders,
      shipments: before.shipments,
    });

    expect((await post(shippingMail({ to: h.address }), 'application/json')).json()).toMatchObject({
      status: 415,
      code: 'unsupported_media_type',
    });
    expect((await post('', 'message/rfc822')).statusCode).toBe(400);
  });

  it('refuses a mail over the size limit with 413, records it, and stores nothing from it', async () => {
    const before = await h.counts();
    const res = await post(oversizedMail({ to: h.address }, MAX_BYTES * 2));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large' });
    const after = await h.counts();
    expect(after).toEqual({ ...before, intakeMails: before.intakeMails + 1 });
    const list = await h.t.app.inject({ url: '/v1/intake/mails?limit=1', headers: h.t.auth });
    expect(list.json().data).toEqual([
      expect.objectContaining({ outcome: 'too_large', found: [], orderId: null }),
    ]);
  });

  it('registers nothing for look-alikes, and finds the original sender of forwards', async () => {
    const look = await post(lookAlikeMail({ to: h.address }));
    expect(look.json()).toMatchObject({ outcome: 'no_number', found: [], orderId: null });

    const attached = (await post(attachedForward({ to: h.address }))).json();
    expect(attached).toMatchObject({ outcome: 'registered', orderNumber: '#3003' });
    const order = await h.t.store.db
      .selectFrom('orders')
      .select('context')
      .where('id', '=', attached.orderId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(order.context)).toMatchObject({
      sender: expect.stringContaining('ship@acme-shipping.example'),
      forwardedBy: 'ana@acme-shop.example',
    });
  });

  it('lists what the intake recorded, newest first, a page at a time', async () => {
    const first = await h.t.app.inject({ url: '/v1/intake/mails?limit=2', headers: h.t.auth });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toBe(page.data[1].id);
    const next = await h.t.app.inject({
      url: `/v1/intake/mails?limit=200&cursor=${page.nextCursor}`,
      headers: h.t.auth,
    });
    const rest = next.json().data as { id: string; outcome: string }[];
    expect(rest.every((mail) => mail.id < page.nextCursor)).toBe(true);
    expect(rest.map((m) => m.outcome)).toContain('registered');
    // Mail refused for its address belongs to no tenant: it is not listed.
    expect([...page.data, ...rest].map((m: { outcome: string }) => m.outcome)).not.toContain(
      'unknown_address',
    );
    const bad = await h.t.app.inject({ url: '/v1/intake/mails?limit=0', headers: h.t.auth });
    expect(bad.statusCode).toBe(400);
  });

  it('never answers 5xx, whatever the body (1,000 cases)', async () => {
    const contentType = fc.constantFrom(
      'message/rfc822',
      'message/rfc822; charset=utf-8',
      'text/plain',
      'application/json',
      '',
    );
    const addressed = structuredMail.map((raw) => Buffer.concat([Buffer.from(`To: ${h.address}\r\n`), raw]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyBytes, structuredMail, addressed), contentType, async (raw, type) => {
        const res = await h.t.app.inject({
          method: 'POST',
          url: '/v1/intake/email',
          payload: raw,
          headers: { ...h.t.auth, ...(type ? { 'content-type': type } : {}) },
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
      }),
      { numRuns: 1_000 },
    );
  }, 300_000);
});
