import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey, createTenant } from '../../src/store/repositories/tenants.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';

const UPS = '1Z999AA10123456784';
const USPS = '9400111202555842332669';
const FEDEX = '986578788855';

describe.each(DIALECTS)('orders over the API (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect, { publicBaseUrl: 'https://track.shop.example' });
  });
  afterEach(() => t.close());

  const post = (payload: object, auth = t.auth) =>
    t.app.inject({ method: 'POST', url: '/v1/orders', headers: auth, payload });
  const count = async (table: 'orders' | 'shipments' | 'notification_recipients') =>
    Number(
      (
        await t.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('registers an order split over parcels of two carriers, one detected, with one page for all', async () => {
    const res = await post({
      orderNumber: '#1001',
      customer: { email: 'Ada@Example.com', name: 'Ada Lee', locale: 'de' },
      orderedAt: '2026-12-01T09:15:00+01:00',
      promisedDate: '2026-12-05',
      destination: { city: 'Berlin', country: 'de' },
      parcels: [{ trackingNumber: UPS, carrier: 'ups' }, { trackingNumber: '9400 1112 0255 5842 3326 69' }],
    });
    expect(res.statusCode).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({
      orderNumber: '#1001',
      customer: { email: 'ada@example.com', name: 'Ada Lee', locale: 'de', phone: null },
      orderedAt: '2026-12-01T08:15:00.000Z',
      promisedDate: '2026-12-05',
      source: 'api',
      trackingPageUrl: expect.stringMatching(/^https:\/\/track\.shop\.example\/o\/[A-Za-z0-9_-]{24}$/),
    });
    expect(
      order.parcels.map((p: { trackingNumber: string; carrier: string }) => [p.trackingNumber, p.carrier]),
    ).toEqual([
      [UPS, 'ups'],
      [USPS, 'usps'],
    ]);
    // Each parcel is a shipment of its own, tied to the order, its customer a recipient by email.
    const shipment = await t.app.inject({ url: `/v1/shipments/${order.parcels[0].id}`, headers: t.auth });
    expect(shipment.json()).toMatchObject({
      orderRef: '#1001',
      promisedDate: '2026-12-05',
      destination: { country: 'DE' },
    });
    const recipients = await t.app.inject({
      url: `/v1/shipments/${order.parcels[1].id}/recipients`,
      headers: t.auth,
    });
    expect(recipients.json()).toMatchObject({
      data: [{ channel: 'email', address: 'ada@example.com', locale: 'de' }],
    });
    const outbox = await t.store.db.selectFrom('outbox').select(['type', 'shipment_id']).execute();
    expect(
      outbox
        .filter((m) => m.type === 'shipment.created')
        .map((m) => m.shipment_id)
        .sort(),
    ).toEqual(order.parcels.map((p: { id: string }) => p.id).sort());

    const read = await t.app.inject({ url: `/v1/orders/${order.id}`, headers: t.auth });
    expect(read.json()).toEqual(order);
  });

  it('updates the order when its number comes again: a parcel added, contact changed, nothing doubled', async () => {
    const first = (
      await post({
        orderNumber: 'A-7',
        customer: { email: 'a@shop.example' },
        parcels: [{ trackingNumber: UPS }],
      })
    ).json();
    const again = await post({
      orderNumber: 'A-7',
      customer: { phone: '+49 151 12345678' },
      notify: { sms: true },
      parcels: [{ trackingNumber: UPS }, { trackingNumber: FEDEX }],
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      id: first.id,
      customer: { email: 'a@shop.example', phone: '+4915112345678' },
      parcels: [{ trackingNumber: UPS }, { trackingNumber: FEDEX, carrier: 'fedex' }],
    });
    expect(await count('orders')).toBe(1);
    expect(await count('shipments')).toBe(2);
    const fedex = again.json().parcels[1].id;
    const recipients = (
      await t.app.inject({ url: `/v1/shipments/${fedex}/recipients`, headers: t.auth })
    ).json();
    expect(recipients.data.map((r: { channel: string }) => r.channel).sort()).toEqual(['email', 'sms']);
  });

  it('joins a number tracked before the order arrived to the order', async () => {
    const early = await t.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: t.auth,
      payload: { trackingNumber: FEDEX },
    });
    const order = (await post({ orderNumber: 'B-1', parcels: [{ trackingNumber: FEDEX }] })).json();
    expect(order.parcels).toEqual([expect.objectContaining({ id: early.json().id })]);
    expect(await count('shipments')).toBe(1);
  });

  it('refuses a bad order whole, naming each bad field, and stores nothing', async () => {
    const res = await post({
      orderNumber: 'C-1',
      customer: { email: 'not an address' },
      parcels: [{ trackingNumber: UPS }, { trackingNumber: '1Z999AA10123456785' }, { trackingNumber: '##' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.customer.email',
      'body.parcels.1',
      'body.parcels.2',
    ]);
    expect(res.json().errors[1].message).toContain('check digit');
    expect(await count('orders')).toBe(0);
    expect(await count('shipments')).toBe(0);
    const unknownField = await post({ orderNumber: 'C-2', parcels: [], extra: 1 });
    expect(unknownField.statusCode).toBe(400);
    const smsWithoutPhone = await post({
      orderNumber: 'C-3',
      customer: { phone: '12' },
      notify: { sms: true },
      parcels: [],
    });
    expect(smsWithoutPhone.json().errors).toEqual([
      expect.objectContaining({ field: 'body.customer.phone' }),
    ]);
  });

  it('lists newest first with a cursor and by order number, and keeps tenants apart', async () => {
    for (const n of ['L-1', 'L-2', 'L-3']) await post({ orderNumber: n, parcels: [] });
    const page = (await t.app.inject({ url: '/v1/orders?limit=2', headers: t.auth })).json();
    expect(page.data.map((o: { orderNumber: string }) => o.orderNumber)).toEqual(['L-3', 'L-2']);
    const rest = (
      await t.app.inject({ url: `/v1/orders?limit=2&cursor=${page.nextCursor}`, headers: t.auth })
    ).json();
    expect(rest).toMatchObject({ data: [{ orderNumber: 'L-1' }], nextCursor: null });
    const one = (await t.app.inject({ url: '/v1/orders?order_number=L-2', headers: t.auth })).json();
    expect(one.data.map((o: { orderNumber: string }) => o.orderNumber)).toEqual(['L-2']);

    const other = await createTenant(t.store.db, 'Other shop', new Date());
    const { key } = await createApiKey(t.store.db, other.id, 'other', new Date());
    const auth = { authorization: `Bearer ${key}` };
    expect((await t.app.inject({ url: '/v1/orders', headers: auth })).json().data).toEqual([]);
    const theirs = await t.app.inject({ url: `/v1/orders/${page.data[0].id}`, headers: auth });
    expect(theirs.statusCode).toBe(404);
    // The same order number is another shop's own order.
    expect((await post({ orderNumber: 'L-1', parcels: [] }, auth)).statusCode).toBe(201);
  });
});
