import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { startWooCommerceStandIn, type WooCommerceStandIn } from '../helpers/woocommerce-stand-in.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

const UPS = '1Z5R89390357567127';

describe.each(DIALECTS)('waybill woocommerce backfill on %s', (dialect) => {
  let shop: WooCommerceStandIn;
  let db: CliDatabase;
  let dir: string;
  let tenantId: string;
  beforeAll(async () => {
    shop = await startWooCommerceStandIn();
    // 205 orders: three pages of 100.
    for (let i = 0; i < 205; i += 1)
      shop.addOrder({
        meta_data: [
          { key: '_wc_shipment_tracking_items', value: [{ tracking_provider: 'ups', tracking_number: UPS }] },
        ],
      });
  });
  afterAll(() => shop.close());
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
    dir = await mkdtemp(join(tmpdir(), 'waybill-woo-'));
    const created = await runCli('keys', 'create', '--new-tenant', 'Woo shop');
    tenantId = /tenant (\S+);/.exec(created.stderr)?.[1] ?? '';
    expect(tenantId).not.toBe('');
  });
  afterEach(async () => {
    await db.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  const configure = async (site: Record<string, unknown> = {}) => {
    const path = join(dir, 'waybill.json');
    const woocommerce = [
      {
        tenantId,
        siteUrl: shop.url,
        consumerKey: shop.consumerKey,
        consumerSecret: shop.consumerSecret,
        webhookSecret: shop.webhookSecret,
        ...site,
      },
    ];
    await writeFile(path, JSON.stringify({ shops: { woocommerce } }));
    vi.stubEnv('WAYBILL_CONFIG', path);
  };

  it('stores every order of every page and says how many', async () => {
    await configure();
    const run = await runCli('woocommerce', 'backfill', '--site', shop.url.replace(/\/$/, ''));
    expect(run.stderr).toMatch(/page 3 of 3, 205 orders/);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      `${shop.url}: 205 orders in 3 pages (205 stored, 0 not shipping, 0 failed); done`,
    ]);
    const orders = await db.inspect((store) => store.db.selectFrom('orders').select('source').execute());
    expect(orders).toHaveLength(205);
    expect((await db.counts()).shipments).toBe(1);
  });

  it('says in one line that the consumer secret was refused, and exits 1', async () => {
    await configure({ consumerSecret: 'cs_not_the_one' });
    const run = await runCli('woocommerce', 'backfill');
    expect(run.code).toBe(1);
    expect(linesOf(run.stderr)).toEqual([
      `waybill: backfill stopped: WooCommerce at ${shop.url} refused the consumer key for GET orders page 1 ` +
        '(401 woocommerce_rest_authentication_error): check consumerKey and consumerSecret in shops.woocommerce',
    ]);
  });

  it.each([
    [['--since', 'yesterday'], /^waybill: --since must be a date or an ISO 8601 instant/],
    [
      ['--site', 'https://other.example/'],
      /^waybill: no WooCommerce site https:\/\/other\.example\/ is configured/,
    ],
  ])('refuses %j with one line', async (args, message) => {
    await configure();
    const run = await runCli('woocommerce', 'backfill', ...args);
    expect(run.code).toBe(1);
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(message)]);
  });
});

describe('waybill woocommerce backfill without a site', () => {
  it('says that none is configured', async () => {
    const db = await cliDatabase('sqlite');
    try {
      db.use();
      const run = await runCli('woocommerce', 'backfill');
      expect(run.code).toBe(1);
      expect(linesOf(run.stderr)).toEqual([
        'waybill: no WooCommerce site is configured (shops.woocommerce in the WAYBILL_CONFIG file)',
      ]);
    } finally {
      await db.dispose();
    }
  });
});
