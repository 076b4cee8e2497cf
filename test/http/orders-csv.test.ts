import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';

const UPS = '1Z999AA10123456784';
const USPS = '9400111202555842332669';
const FEDEX = '986578788855';

describe.each(DIALECTS)('orders in the shipments CSV (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(() => t.close());

  const upload = (csv: string) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/imports/shipments.csv',
      headers: { ...t.auth, 'content-type': 'text/csv' },
      payload: csv,
    });
  const orders = async () => (await t.app.inject({ url: '/v1/orders', headers: t.auth })).json().data;

  it('makes one order of the rows that share an order number, with the customer from its rows', async () => {
    const res = await upload(
      [
        'tracking_number,carrier,order_number,customer_email,customer_locale,notify_sms,customer_phone,origin_city,destination_country',
        `${UPS},ups,#2001,ada@example.com,fr,,,Louisville,US`,
        `${USPS},,#2001,,,,,Memphis,US`,
        `${FEDEX},,#2002,bo@example.com,,yes,+1 502 459 2181,,US`,
        'WBPLAIN0001,custom,,,,,,,',
      ].join('\n'),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 4, rejected: 0 });
    const [second, first] = await orders();
    expect(first).toMatchObject({
      orderNumber: '#2001',
      source: 'csv',
      customer: { email: 'ada@example.com', locale: 'fr' },
      parcels: [
        { trackingNumber: UPS, carrier: 'ups' },
        { trackingNumber: USPS, carrier: 'usps' },
      ],
    });
    expect(second).toMatchObject({ orderNumber: '#2002', customer: { phone: '+15024592181' } });
    const usps = await t.app.inject({ url: `/v1/shipments/${first.parcels[1].id}`, headers: t.auth });
    expect(usps.json()).toMatchObject({ orderRef: '#2001', origin: { city: 'Memphis' } });
    const recipients = (
      await t.app.inject({ url: `/v1/shipments/${second.parcels[0].id}/recipients`, headers: t.auth })
    ).json();
    expect(recipients.data.map((r: { channel: string }) => r.channel).sort()).toEqual(['email', 'sms']);
  });

  it('rejects every row of an order whose customer columns are wrong, and says so on each line', async () => {
    const res = await upload(
      [
        'tracking_number,order_number,customer_email',
        `${UPS},#3001,not-an-address`,
        `${USPS},#3001,`,
        `${FEDEX},#3002,`,
      ].join('\n'),
    );
    expect(res.json()).toMatchObject({ created: 1, rejected: 2 });
    const rows = res.json().rows;
    expect(rows.slice(0, 2)).toEqual([
      expect.objectContaining({
        line: 2,
        outcome: 'rejected',
        message: expect.stringContaining('customer_email is not an email address'),
      }),
      expect.objectContaining({
        line: 3,
        outcome: 'rejected',
        message: expect.stringContaining('order #3001 (lines 2, 3)'),
      }),
    ]);
    expect((await orders()).map((o: { orderNumber: string }) => o.orderNumber)).toEqual(['#3002']);
  });
});
