import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FORMATS } from '../../src/numbers/index.js';
import { completeNumber } from '../../src/numbers/sample-number.js';
import { openStore } from '../../src/store/open-store.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { startShopifyStandIn, type ShopifyStandIn } from '../helpers/shopify-stand-in.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

const DOMAIN = 'cli-test.myshopify.com';
const UPS_1Z = FORMATS.find((format) => format.id === 'ups-1z')!;
const upsNumber = (i: number) => completeNumber(UPS_1Z, `1Z999AA101${String(i).padStart(7, '0')}0`, () => 0);

describe.each(DIALECTS)('waybill shopify backfill on %s', (dialect) => {
  let db: CliDatabase;
  let dir: string;
  let shopify: ShopifyStandIn;
  let tenantId: string;

  const configure = async (shop: Record<string, unknown> = {}) => {
    const path = join(dir, 'waybill.json');
    await writeFile(
      path,
      JSON.stringify({
        shops: {
          shopify: [
            {
              tenantId,
              shopDomain: DOMAIN,
              accessToken: shopify.accessToken,
              clientSecret: 'shpss_cli',
              baseUrl: shopify.url,
              ...shop,
            },
          ],
        },
      }),
    );
    vi.stubEnv('WAYBILL_CONFIG', path);
  };

  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
    dir = await mkdtemp(join(tmpdir(), 'waybill-shopify-'));
    const store = await openStore(db.url, { poolSize: 1 });
    try {
      tenantId = (await createTenant(store.db, 'CLI shop', new Date())).id;
    } finally {
      await store.close();
    }
    shopify = await startShopifyStandIn({ bucket: { maximumAvailable: 1000, restoreRate: 10_000 } });
    for (let i = 1; i <= 60; i += 1)
      shopify.addOrder({
        id: 100 + i,
        name: `#${100 + i}`,
        email: `c${i}@example.com`,
        updatedAt: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(),
        fulfillments: [{ id: 500 + i, trackingInfo: [{ company: 'UPS', number: upsNumber(i) }] }],
      });
  });
  afterEach(async () => {
    await shopify.close();
    await db.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores the shop’s orders, one line per page, and says when it is done', async () => {
    await configure();
    shopify.throttleNext(1);
    const run = await runCli('shopify', 'backfill', '--since', '2026-02-01T00:00:00Z');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      `${DOMAIN}: backfilling orders updated since 2026-02-01T00:00:00.000Z`,
      `${DOMAIN}: throttled (HTTP 200); waiting 0.1 s`,
      `${DOMAIN}: page 1: 50 orders, 50 parcels (50 orders in all)`,
      `${DOMAIN}: page 2: 10 orders, 10 parcels (60 orders in all)`,
      `${DOMAIN}: done: 60 orders, 60 parcels in 2 pages`,
    ]);
    const orders = await db.inspect(async (store) =>
      store.db
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow(),
    );
    expect(Number(orders.n)).toBe(60);
  });

  it('fails in one line with exit 1 when the token is refused, and on a shop or date it does not know', async () => {
    await configure({ accessToken: 'shpat_revoked' });
    const refused = await runCli('shopify', 'backfill', '--since', '2026-02-01T00:00:00Z');
    expect(refused.code).toBe(1);
    expect(linesOf(refused.stderr)).toEqual([
      `waybill: ${DOMAIN}: backfill stopped: ${DOMAIN} refused the access token (HTTP 401); run it again to resume`,
    ]);
    const unknown = await runCli('shopify', 'backfill', '--shop', 'other.myshopify.com');
    expect(unknown.code).toBe(1);
    expect(linesOf(unknown.stderr)).toEqual([
      `waybill: no Shopify shop other.myshopify.com is configured (${DOMAIN})`,
    ]);
    const badDate = await runCli('shopify', 'backfill', '--since', 'last week');
    expect(badDate.code).toBe(1);
    expect(linesOf(badDate.stderr)).toEqual([
      'waybill: --since must be an ISO 8601 instant with its offset, such as 2026-03-01T00:00:00Z',
    ]);
  });
});
