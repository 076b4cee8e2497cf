import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestOrder } from '../../src/orders/ingest-order.js';
import { recordIntakeMail } from '../../src/store/repositories/intake-mails.js';
import { saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { consoleHarness, signedIn, type ConsoleClient, type ConsoleHarness } from './harness.js';

// Settings → Integrations: each configured shop with its webhooks, backfill and failures, and the
// mail intake, as the rows the integrations write (inserted here directly) say.

const SHOP = 'acme-test.myshopify.com';
const ACCESS_TOKEN = 'shpat_secret_never_shown_0001';
const CLIENT_SECRET = 'shpss_secret_never_shown_0001';
const TOKEN = '0123456789abcdef0123';

describe.each(DIALECTS)('console integrations page (%s)', (dialect) => {
  let h: ConsoleHarness;
  let owner: ConsoleClient;
  let orderId: string;

  beforeAll(async () => {
    h = await consoleHarness(dialect, ({ tenantId, otherTenantId }) => ({
      'shops.shopify': [
        { tenantId, shopDomain: SHOP, accessToken: ACCESS_TOKEN, clientSecret: CLIENT_SECRET },
        {
          tenantId: otherTenantId,
          shopDomain: 'their-shop.myshopify.com',
          accessToken: 'shpat_theirs',
          clientSecret: 'shpss_theirs',
        },
      ],
      'shops.woocommerce': [
        {
          tenantId,
          siteUrl: 'https://Woo.Shop.example/',
          consumerKey: 'ck_secret_never_shown',
          consumerSecret: 'cs_secret_never_shown',
          webhookSecret: 'wh_secret_never_shown',
        },
      ],
      'shops.intake.domain': 'In.Acme.Example',
    }));
    const db = h.store.db;
    const now = h.clock.read();
    const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
    await db
      .insertInto('shop_integrations')
      .values([
        {
          tenant_id: h.tenantId,
          platform: 'shopify',
          backfill: JSON.stringify({
            [SHOP]: {
              since: at(90 * 24 * 60),
              cursor: 'eyJsYXN0X2lkIjo',
              pages: 3,
              orders: 120,
              skipped: 2,
              done: false,
              startedAt: at(30),
              finishedAt: null,
              lastError: null,
            },
          }),
          last_webhook_at: at(1),
          last_error: 'Shopify answered 401: check the <access token>',
          last_error_at: at(5),
          updated_at: at(1),
        },
        {
          tenant_id: h.tenantId,
          platform: 'woocommerce',
          backfill: JSON.stringify({
            'https://woo.shop.example': {
              since: null,
              page: 2,
              totalPages: 5,
              orders: 40,
              stored: 38,
              ignored: 2,
              failed: 0,
              done: false,
              startedAt: at(10),
              finishedAt: null,
              lastError: null,
            },
          }),
          last_webhook_at: null,
          last_error: null,
          last_error_at: null,
          updated_at: at(1),
        },
        {
          tenant_id: h.other.tenantId,
          platform: 'shopify',
          backfill: '{}',
          last_webhook_at: at(1),
          last_error: 'their own failure',
          last_error_at: at(1),
          updated_at: at(1),
        },
      ])
      .execute();
    const webhook = (
      tenantId: string,
      id: string,
      topic: string,
      outcome: string,
      detail: string,
      minutesAgo: number,
    ) => ({
      tenant_id: tenantId,
      platform: 'shopify',
      webhook_id: id,
      topic,
      received_at: at(minutesAgo),
      outcome,
      detail,
    });
    await db
      .insertInto('shop_webhooks')
      .values([
        webhook(h.tenantId, 'wh-1', 'orders/create', 'stored', 'order #1001 stored with 2 parcels', 3),
        webhook(h.tenantId, 'wh-2', 'orders/updated', 'failed', 'no order number in <payload>', 2),
        webhook(h.tenantId, 'wh-3', 'fulfillments/create', 'ignored', 'no tracking number yet', 1),
        webhook(
          h.tenantId,
          'wh-old',
          'orders/create',
          'failed',
          'an old failure from last month',
          60 * 24 * 30,
        ),
        webhook(h.other.tenantId, 'wh-x', 'orders/create', 'failed', 'their webhook detail', 1),
      ])
      .execute();
    await saveTenantSetting(db, h.tenantId, 'intake', { token: TOKEN });
    orderId = (
      await ingestOrder(
        h.store,
        {
          tenantId: h.tenantId,
          source: 'email',
          orderNumber: 'SO-77',
          parcels: [{ trackingNumber: 'MAIL0000000077', carrier: 'waybill' }],
        },
        now,
        { detectCarrier: h.deps.detectCarrier, mode: 'lenient' },
      )
    ).order.id;
    for (let i = 0; i < 22; i++)
      await recordIntakeMail(
        db,
        {
          tenantId: h.tenantId,
          messageKey: `<m${i}@shop.example>`,
          from: `sender${i}@shop.example`,
          subject: `Old mail ${i}`,
          outcome: 'no_number',
          found: [],
          detail: 'no tracking number in the mail',
          orderId: null,
        },
        new Date(now.getTime() - (100 - i) * 60_000),
      );
    await recordIntakeMail(
      db,
      {
        tenantId: h.tenantId,
        messageKey: '<shipped@shop.example>',
        from: 'Shop <shipping@shop.example>',
        subject: 'Your order SO-77 has <shipped>',
        outcome: 'registered',
        found: [{ trackingNumber: 'MAIL0000000077', carrier: 'waybill', confidence: 1, source: 'text' }],
        detail: 'registered 1 parcel',
        orderId,
      },
      now,
    );
    await recordIntakeMail(
      db,
      {
        tenantId: h.other.tenantId,
        messageKey: '<theirs@shop.example>',
        from: 'their.sender@example.com',
        subject: 'Their subject',
        outcome: 'registered',
        found: [],
        detail: 'theirs',
        orderId: null,
      },
      now,
    );
    owner = await signedIn(h, h.owner);
  });
  afterAll(async () => h.close());

  it('shows the configured Shopify shop: backfill progress, last webhook, failures and the latest deliveries', async () => {
    const page = await owner.get('/app/settings/integrations');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(
      /<a href="\/app\/settings\/integrations" aria-current="page"\s*>Integrations<\/a/,
    );
    expect(page.body).toContain(`<th scope="row">${SHOP}</th>`);
    expect(page.body).toContain('Under way: 120 orders so far');
    expect(page.body).toContain('pages read: 3');
    expect(page.body).toContain('not stored: 2');
    expect(page.body).toContain('Shopify answered 401: check the &lt;access token&gt;');
    const failures = /<table id="shopify-failures">([\s\S]*?)<\/table>/.exec(page.body)?.[1] ?? '';
    expect(failures).toContain('orders/updated');
    expect(failures).toContain('no order number in &lt;payload&gt;');
    expect(failures).not.toContain('an old failure from last month');
    const latest = /<table id="shopify-webhooks">([\s\S]*?)<\/table>/.exec(page.body)?.[1] ?? '';
    const topics = [...latest.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]);
    expect(topics).toEqual(['fulfillments/create', 'orders/updated', 'orders/create', 'orders/create']);
    expect(latest).toContain('Ignored');
    expect(latest).toContain('Stored');
    expect(latest).toContain('Failed');
    expect(page.body).not.toContain('Nothing is connected yet');
    // The WooCommerce site: its progress kept under the site URL in its one spelling.
    const woo =
      /<section class="card" aria-labelledby="woocommerce-title">([\s\S]*?)<\/section>/.exec(
        page.body,
      )?.[1] ?? '';
    expect(woo).toContain('<th scope="row">https://Woo.Shop.example/</th>');
    expect(woo).toContain('Under way: 40 orders so far');
    expect(woo).toContain('page 2 of 5');
    expect(woo).toContain('None received yet');
    expect(woo).toContain('No webhook has arrived yet.');
    expect(woo).toContain('No webhook failed in the last 7 days.');
    // Secrets stay in the config file; the other shop's rows stay theirs.
    for (const hidden of [
      ACCESS_TOKEN,
      CLIENT_SECRET,
      'ck_secret_never_shown',
      'cs_secret_never_shown',
      'wh_secret_never_shown',
      'their-shop.myshopify.com',
      'their own failure',
      'their webhook detail',
      'their.sender@example.com',
    ])
      expect(page.body).not.toContain(hidden);
  });

  it('shows the intake address and the last 20 forwarded mails, each with its outcome', async () => {
    const page = await owner.get('/app/settings/integrations');
    expect(page.body).toContain(`<code id="intake-address">${TOKEN}@in.acme.example</code>`);
    expect(page.body).toContain('does not listen for mail itself');
    const mails = /<table id="intake-mails">([\s\S]*?)<\/table>/.exec(page.body)?.[1] ?? '';
    const rows = [...mails.matchAll(/<tr>\s*<td><time/g)];
    expect(rows).toHaveLength(20);
    expect(mails).toContain('Shop &lt;shipping@shop.example&gt;');
    expect(mails).toContain('Your order SO-77 has &lt;shipped&gt;');
    expect(mails).toContain('Registered');
    expect(mails).toContain(`<a class="small" href="/app/orders/${orderId}"`);
    expect(mails).toContain('Order SO-77');
    expect(mails).toContain('No tracking number');
    expect(mails).toContain('Old mail 21');
    expect(mails).not.toContain('Old mail 1<');
    expect(mails.indexOf('SO-77')).toBeLessThan(mails.indexOf('Old mail 21'));
  });

  it('is open to every role, like the carriers’ health', async () => {
    const viewer = await signedIn(h, h.viewer);
    const page = await viewer.get('/app/settings/integrations');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(SHOP);
    expect(page.body).toContain('href="/app/settings/carriers"');
    expect(page.body).not.toContain('href="/app/settings/users"');
    const german = await viewer.get('/app/settings/integrations?lang=de');
    expect(german.body).toContain('Läuft: bisher 120 Bestellungen');
    expect(german.body).toContain('Eingangsadresse');
  });

  it('reads the rows defensively: an unreadable backfill or settings value never breaks the page', async () => {
    await h.store.db
      .updateTable('shop_integrations')
      .set({ backfill: '{not json' })
      .where('tenant_id', '=', h.tenantId)
      .where('platform', '=', 'shopify')
      .execute();
    await saveTenantSetting(h.store.db, h.tenantId, 'intake', { token: ['not', 'a', 'token'] });
    const page = await owner.get('/app/settings/integrations');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Not run yet');
    expect(page.body).toContain('No intake address has been made for this account yet.');
    await h.store.db
      .updateTable('shop_integrations')
      .set({
        backfill: JSON.stringify({ orders: 'many', done: true, finishedAt: 'yesterday', lastError: 7 }),
      })
      .where('tenant_id', '=', h.tenantId)
      .where('platform', '=', 'shopify')
      .execute();
    const odd = await owner.get('/app/settings/integrations');
    expect(odd.statusCode).toBe(200);
    expect(odd.body).toContain('Finished: 0 orders');
  });

  it('looks for failures among the latest 1,000 webhooks only, and says so when more arrived', async () => {
    const now = h.clock.read().getTime();
    const rows = Array.from({ length: 1_000 }, (_, i) => ({
      tenant_id: h.tenantId,
      platform: 'shopify',
      webhook_id: `busy-${i}`,
      topic: 'orders/updated',
      received_at: new Date(now - 30_000 + i).toISOString(),
      outcome: 'stored',
      detail: 'stored',
    }));
    for (let i = 0; i < rows.length; i += 100)
      await h.store.db
        .insertInto('shop_webhooks')
        .values(rows.slice(i, i + 100))
        .execute();
    const page = await owner.get('/app/settings/integrations');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      'More webhooks arrived in these days than are looked at here: only the latest 1,000.',
    );
    expect(page.body).not.toContain('<table id="shopify-failures">');
  });
});

describe.each(DIALECTS)('console integrations page with nothing set up (%s)', (dialect) => {
  let h: ConsoleHarness;
  beforeAll(async () => {
    h = await consoleHarness(dialect);
  });
  afterAll(async () => h.close());

  it('says plainly that nothing is connected, and where the docs are', async () => {
    const agent = await signedIn(h, h.agent);
    const page = await agent.get('/app/settings/integrations');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nothing is connected yet');
    expect(page.body).toContain('docs/shops.md');
    expect(page.body).toContain('docs/intake.md');
    expect(page.body).toContain('No Shopify shop is connected to this account.');
    expect(page.body).toContain('No WooCommerce site is connected to this account.');
    expect(page.body).toContain('No intake address has been made for this account yet.');
    expect(page.body).toContain('No forwarded email has arrived yet.');
    // Looking does not make an address.
    const row = await h.store.db
      .selectFrom('tenants')
      .select('settings')
      .where('id', '=', h.tenantId)
      .executeTakeFirstOrThrow();
    expect(row.settings).not.toContain('intake');
  });
});
