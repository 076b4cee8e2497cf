import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { ShopifyAdminClient, ShopifyRequestError } from '../../src/integrations/shopify/admin-client.js';
import { runBackfill } from '../../src/integrations/shopify/backfill.js';
import { readIntegration } from '../../src/integrations/shopify/integration-store.js';
import { shopifyShops, type ShopifyShop } from '../../src/integrations/shopify/shops.js';
import { FORMATS } from '../../src/numbers/index.js';
import { completeNumber } from '../../src/numbers/sample-number.js';
import { DIALECTS } from '../helpers/dialects.js';
import { startShopifyStandIn, type ShopifyStandIn, type StandInOrder } from '../helpers/shopify-stand-in.js';
import { SHOP_DOMAIN, shopifyTestApp, type ShopifyTestApp } from './shopify-harness.js';

const ORDERS = 120;
const SINCE = '2026-01-01T00:00:00.000Z';

/** Order i: one UPS parcel, a second FedEx parcel on every third, none on every tenth. */
function standInOrder(i: number): StandInOrder {
  const updatedAt = new Date(Date.UTC(2026, 1, 1) + i * 3_600_000).toISOString();
  const fulfillments =
    i % 10 === 0
      ? []
      : [
          { id: 900_000 + i, trackingInfo: [{ company: 'UPS', number: upsNumber(i) }] },
          ...(i % 3 === 0
            ? [{ id: 800_000 + i, trackingInfo: [{ company: 'FedEx', number: `FX${100000 + i}` }] }]
            : []),
        ];
  return {
    id: 7_000_000 + i,
    name: `#${2000 + i}`,
    email: `customer${i}@example.com`,
    customerLocale: 'de',
    createdAt: updatedAt,
    updatedAt,
    shippingAddress: {
      name: 'Ada Lee',
      city: 'Berlin',
      provinceCode: 'BE',
      zip: '10115',
      countryCodeV2: 'DE',
    },
    fulfillments,
  };
}

const UPS_1Z = FORMATS.find((format) => format.id === 'ups-1z')!;

/** A UPS 1Z number with a valid check digit (serial i). */
function upsNumber(i: number): string {
  return completeNumber(UPS_1Z, `1Z999AA101${String(i).padStart(7, '0')}0`, () => 0);
}

describe.each(DIALECTS)('Shopify backfill on %s', (dialect) => {
  let t: ShopifyTestApp;
  let shopify: ShopifyStandIn;
  let shop: ShopifyShop;
  const waits: number[] = [];
  const client = (options: { fetch?: typeof fetch; retries?: number } = {}) =>
    new ShopifyAdminClient(shop, {
      ...options,
      // The pacer's waits are real but short (the stand-in's bucket refills fast); recorded to see them.
      sleep: async (ms) => {
        waits.push(ms);
        await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 50)));
      },
    });
  const run = (c: ShopifyAdminClient, lines: string[] = []) =>
    runBackfill({ store: t.store, clock: () => new Date(), detectCarrier: chooseCarrier, client: c }, shop, {
      since: SINCE,
      onProgress: (line) => lines.push(line),
    });

  beforeEach(async () => {
    shopify = await startShopifyStandIn({ bucket: { maximumAvailable: 400, restoreRate: 20_000 } });
    for (let i = 1; i <= ORDERS; i += 1) shopify.addOrder(standInOrder(i));
    t = await shopifyTestApp(dialect, { baseUrl: shopify.url, accessToken: shopify.accessToken });
    shop = shopifyShops(t.config).get(SHOP_DOMAIN)!;
    waits.length = 0;
  });
  afterEach(async () => {
    await t.close();
    await shopify.close();
  });

  it('stores every order through THROTTLED answers under 200 and 429, paced by the cost bucket', async () => {
    shopify.throttleNext(1, 200);
    shopify.throttleNext(1, 429);
    const lines: string[] = [];
    const progress = await run(client(), lines);
    expect(progress).toMatchObject({ done: true, orders: ORDERS, pages: 3, skipped: 0, since: SINCE });
    const throttled = shopify.calls.filter((call) => call.throttled);
    expect(throttled.map((call) => call.status)).toEqual(expect.arrayContaining([200, 429]));
    // Both throttled calls were the first page, asked again with the same (no) cursor.
    expect(shopify.calls.slice(0, 3).map((call) => call.variables.cursor ?? null)).toEqual([
      null,
      null,
      null,
    ]);
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(await t.count('orders')).toBe(ORDERS);
    const expectedParcels = Array.from({ length: ORDERS }, (_, k) => k + 1).reduce(
      (sum, i) => sum + (i % 10 === 0 ? 0 : i % 3 === 0 ? 2 : 1),
      0,
    );
    expect(progress.parcels).toBe(expectedParcels);
    expect(lines[0]).toBe(`${SHOP_DOMAIN}: backfilling orders updated since ${SINCE}`);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^${SHOP_DOMAIN}: done: ${ORDERS} orders, \\d+ parcels in 3 pages`),
    );
    const order = await t.store.db
      .selectFrom('orders')
      .selectAll()
      .where('order_number', '=', '#2003')
      .executeTakeFirstOrThrow();
    expect(order).toMatchObject({
      source: 'shopify',
      source_ref: '7000003',
      customer_email: 'customer3@example.com',
    });
    expect(JSON.parse(order.context)).toMatchObject({
      [`shopify.fulfillment.${upsNumber(3)}`]: 'gid://shopify/Fulfillment/900003',
    });
    const stored = (await readIntegration(t.store.db, t.tenantId))!.backfill[SHOP_DOMAIN];
    expect(stored).toMatchObject({ done: true, orders: ORDERS, finishedAt: expect.any(String) });
  });

  it('resumes from the stored cursor after a run that stopped', async () => {
    let calls = 0;
    const failingAfterOnePage: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls > 1) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const stopped = await run(client({ fetch: failingAfterOnePage, retries: 0 })).catch(
      (error: unknown) => error,
    );
    expect(stopped).toBeInstanceOf(ShopifyRequestError);
    const afterStop = (await readIntegration(t.store.db, t.tenantId))!;
    const saved = afterStop.backfill[SHOP_DOMAIN] as {
      cursor: string;
      pages: number;
      done: boolean;
      lastError: string;
    };
    expect(saved).toMatchObject({ pages: 1, done: false, lastError: `${SHOP_DOMAIN} could not be reached` });
    expect(afterStop.lastError).toBe(`backfill: ${SHOP_DOMAIN} could not be reached`);
    expect(await t.count('orders')).toBe(50);

    const before = shopify.calls.length;
    const lines: string[] = [];
    const resumed = await run(client(), lines);
    expect(lines[0]).toBe(`${SHOP_DOMAIN}: resuming after page 1 (50 orders so far, since ${SINCE})`);
    expect(shopify.calls[before]?.variables.cursor).toBe(saved.cursor);
    expect(resumed).toMatchObject({ done: true, pages: 3, orders: ORDERS, lastError: null });
    expect(await t.count('orders')).toBe(ORDERS);
  });

  it('stops at once when the token is refused, saying so in one line', async () => {
    const wrong = new ShopifyAdminClient({ ...shop, accessToken: 'shpat_wrong' });
    const error = await run(wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShopifyRequestError);
    expect((error as ShopifyRequestError).kind).toBe('auth');
    expect((error as Error).message).toBe(`${SHOP_DOMAIN} refused the access token (HTTP 401)`);
    expect(shopify.calls).toHaveLength(1);
  });
});
