import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chooseCarrier } from '../../../src/http/carrier-choice.js';
import { backfillSite } from '../../../src/integrations/woocommerce/backfill.js';
import { readBackfill } from '../../../src/integrations/woocommerce/integration-state.js';
import { WooCommerceError, wooRest } from '../../../src/integrations/woocommerce/rest-client.js';
import type { WooShop } from '../../../src/integrations/woocommerce/shops.js';
import { findOrderByNumber, shipmentsOfOrder } from '../../../src/store/repositories/orders.js';
import { createTenant } from '../../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../../helpers/dialects.js';
import { startWooCommerceStandIn, type WooCommerceStandIn } from '../../helpers/woocommerce-stand-in.js';

const UPS = '1Z5R89390357567127';
const DHL = 'JJD0099999999';
const T0 = Date.parse('2026-11-02T08:00:00Z');
const HOUR = 3_600_000;

describe.each(DIALECTS)('WooCommerce backfill on %s', (dialect) => {
  let now = T0;
  let shop: WooCommerceStandIn;
  let store: TestStore;
  let site: WooShop;
  const deps = () => ({ store, clock: () => new Date(now), detectCarrier: chooseCarrier });
  const ordersPagesAsked = () =>
    shop.requests.filter((r) => r.path === '/wp-json/wc/v3/orders').map((r) => Number(r.query.get('page')));

  beforeAll(async () => {
    shop = await startWooCommerceStandIn({ clock: () => now });
    // 35 orders: every fifth cancelled, every third without tracking items but with a note.
    for (let i = 0; i < 35; i += 1) {
      const order = shop.addOrder({
        status: i % 5 === 4 ? 'cancelled' : 'completed',
        meta_data:
          i % 3 === 0
            ? []
            : [
                {
                  key: '_wc_shipment_tracking_items',
                  value: [
                    {
                      tracking_provider: i % 2 ? 'ups' : 'dhl',
                      tracking_number: `${i % 2 ? UPS : DHL}`,
                      tracking_id: 'x',
                    },
                  ],
                },
              ],
      });
      if (i % 3 === 0) shop.setNotes(order.id, [`Sent with UPS, tracking ${UPS}`]);
    }
  });
  afterAll(() => shop.close());
  beforeEach(async () => {
    now = T0 + HOUR;
    store = await freshStore(dialect);
    const tenant = await createTenant(store.db, 'Woo', new Date(now));
    site = {
      tenantId: tenant.id,
      siteUrl: shop.url,
      consumerKey: shop.consumerKey,
      consumerSecret: shop.consumerSecret,
      webhookSecret: shop.webhookSecret,
    };
    shop.requests.length = 0;
  });
  afterEach(() => store.dispose());

  it('reads every page, resumes after a failure from the page after the last one done, then only what changed', async () => {
    shop.failWhen((r) => r.path.endsWith('/orders') && r.query.get('page') === '3', 503);
    const first = await backfillSite(deps(), site, wooRest(site), { perPage: 10 }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(WooCommerceError);
    expect((first as Error).message).toMatch(/answered 503 .* to GET orders page 3/);
    expect(await readBackfill(store.db, site.tenantId, site.siteUrl)).toMatchObject({
      page: 2,
      orders: 20,
      done: false,
      lastError: (first as Error).message,
    });
    const integration = await store.db.selectFrom('shop_integrations').selectAll().executeTakeFirstOrThrow();
    expect(integration.last_error).toBe((first as Error).message);

    shop.requests.length = 0;
    now += 60_000;
    const pages: number[] = [];
    const done = await backfillSite(deps(), site, wooRest(site), {
      perPage: 10,
      onPage: (p) => pages.push(p.page),
    });
    // A restart goes on from page 3: pages 1 and 2 are not read again.
    expect(ordersPagesAsked()).toEqual([3, 4]);
    expect(pages).toEqual([3, 4]);
    expect(done).toMatchObject({
      since: null,
      page: 4,
      totalPages: 4,
      orders: 35,
      stored: 28,
      ignored: 7,
      failed: 0,
      done: true,
      lastError: null,
      startedAt: new Date(T0 + HOUR).toISOString(),
    });
    const stored = await store.db.selectFrom('orders').select(['order_number', 'source_ref']).execute();
    expect(stored).toHaveLength(28);
    // The customer's number, not WooCommerce's id; the parcel from its note. (Later orders naming
    // the same number find that parcel, which stays with the first order.)
    const sample = shop.order(801);
    const order = await findOrderByNumber(store.db, site.tenantId, sample.number);
    expect(order?.sourceRef).toBe('801');
    expect((await shipmentsOfOrder(store.db, site.tenantId, order!.id)).map((s) => s.trackingNumber)).toEqual(
      [UPS],
    );
    // Every request carried Basic auth, never the secret in the URL.
    expect(
      shop.requests.every((r) => r.authorization?.startsWith('Basic ') && !r.query.has('consumer_secret')),
    ).toBe(true);

    // The next run without --since asks only for orders modified since the last run began.
    now = T0 + 3 * HOUR;
    const changed = shop.updateOrder(803, (o) => {
      o.status = 'processing';
    });
    shop.requests.length = 0;
    const next = await backfillSite(deps(), site, wooRest(site), { perPage: 10 });
    expect(next).toMatchObject({ since: new Date(T0 + HOUR).toISOString(), orders: 1, page: 1, done: true });
    expect(shop.requests[0]?.query.get('modified_after')).toBe(
      new Date(T0 + HOUR).toISOString().slice(0, 19),
    );
    expect(shop.requests[0]?.query.get('dates_are_gmt')).toBe('true');
    expect(changed.date_modified_gmt > new Date(T0 + HOUR).toISOString().slice(0, 19)).toBe(true);
  });

  it('stops with one clear line when the consumer secret is wrong, and remembers it', async () => {
    const bad = { ...site, consumerSecret: 'cs_wrong' };
    const error = await backfillSite(deps(), bad, wooRest(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WooCommerceError);
    expect((error as WooCommerceError).kind).toBe('auth');
    expect((error as Error).message).toBe(
      `WooCommerce at ${shop.url} refused the consumer key for GET orders page 1 ` +
        '(401 woocommerce_rest_authentication_error): check consumerKey and consumerSecret in shops.woocommerce',
    );
    expect((error as Error).message).not.toContain('cs_wrong');
    expect(await store.db.selectFrom('orders').selectAll().execute()).toEqual([]);
    expect(await readBackfill(store.db, site.tenantId, site.siteUrl)).toMatchObject({ page: 0, done: false });
  });
});

describe('the WooCommerce stand-in', () => {
  let shop: WooCommerceStandIn;
  beforeAll(async () => {
    shop = await startWooCommerceStandIn();
    for (let i = 0; i < 3; i += 1) shop.addOrder();
  });
  afterAll(() => shop.close());

  it('takes the keys in the query string too, and refuses a bad secret or more than 100 a page', async () => {
    const list = (query: string) => fetch(`${shop.restBase}orders?${query}`);
    const keys = `consumer_key=${shop.consumerKey}&consumer_secret=${encodeURIComponent(shop.consumerSecret)}`;
    const ok = await list(`${keys}&per_page=2`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-wp-total')).toBe('3');
    expect(ok.headers.get('x-wp-totalpages')).toBe('2');
    expect(ok.headers.get('link')).toMatch(/rel="next"/);
    expect(((await ok.json()) as unknown[]).length).toBe(2);
    const wrong = await list(`consumer_key=${shop.consumerKey}&consumer_secret=nope`);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'woocommerce_rest_authentication_error' });
    expect((await list(`${keys}&per_page=101`)).status).toBe(400);
  });
});
