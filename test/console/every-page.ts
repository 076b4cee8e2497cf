import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsSubscriber } from '../../src/console/analytics/subscriber.js';
import { createToken, mintLink } from '../../src/console/auth/tokens.js';
import { ingestOrder } from '../../src/orders/ingest-order.js';
import { recordIntakeMail } from '../../src/store/repositories/intake-mails.js';
import { saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { DESKTOP, MOBILE, openBrowser, type OpenBrowser } from '../helpers/browser.js';
import { waitFor } from '../helpers/wait.js';
import { seriousViolations } from '../web/browser-app.js';
import { historyOf } from './analytics-reference.js';
import {
  countedDeliveries,
  PASSWORD,
  servedConsole,
  shipmentWithScans,
  type ConsoleHarness,
} from './harness.js';

// Every console page, at phone and desktop size: axe finds no serious or critical violation,
// and a screenshot lands in test-output/screenshots/console/ for people to look at.

const OUT = 'test-output/screenshots/console';
const SIZES = { desktop: DESKTOP, mobile: MOBILE } as const;

export function everyConsolePage(size: keyof typeof SIZES): void {
  describe(`every console page at ${size} size, for accessibility and by eye`, () => {
    let served: ConsoleHarness & { readonly url: string };
    let browser: OpenBrowser;
    const pages: { name: string; path: string; signedIn: boolean }[] = [];

    beforeAll(async () => {
      served = await servedConsole(({ tenantId }) => ({
        'shops.shopify': [
          {
            tenantId,
            shopDomain: 'page-test.myshopify.com',
            accessToken: 'shpat_page_test',
            clientSecret: 'shpss_page_test',
          },
        ],
      }));
      served.relay.subscribe(analyticsSubscriber(served.store));
      await mkdir(OUT, { recursive: true });
      const parcels = historyOf(30, 3);
      for (const parcel of parcels) await shipmentWithScans(served, served.auth, parcel);
      const problem = await shipmentWithScans(served, served.auth, {
        trackingNumber: 'PAGE0000000001',
        orderRef: 'SO-4411',
        service: 'Express',
        promisedDate: '2026-11-25',
        destination: { city: 'Lyon', country: 'FR' },
        scans: [
          {
            occurredAt: '2026-11-20T10:00:00+01:00',
            status: 'in_transit.picked_up',
            city: 'Hamburg',
            country: 'DE',
            rawCode: 'PU',
            rawDescription: 'Picked up',
          },
          {
            occurredAt: '2026-11-22T16:40:00+01:00',
            status: 'exception.address_issue',
            city: 'Lyon',
            country: 'FR',
            rawCode: 'AD',
            rawDescription: 'Address incomplete',
          },
        ],
      });
      const now = new Date().toISOString();
      await served.store.db
        .insertInto('webhook_endpoints')
        .values({
          id: 'EP1',
          tenant_id: served.tenantId,
          url: 'https://hooks.shop.example/waybill',
          description: 'Order system',
          events: '["*"]',
          secret: 'whsec_x',
          enabled: 1,
          disabled_reason: null,
          disabled_at: null,
          consecutive_dead_letters: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await served.store.db
        .insertInto('webhook_deliveries')
        .values({
          id: 'DL1',
          webhook_id: 'msg_1',
          tenant_id: served.tenantId,
          endpoint_id: 'EP1',
          outbox_id: 'OB1',
          shipment_id: problem,
          event_type: 'exception.raised',
          body: '{}',
          state: 'dead',
          attempts: 12,
          next_attempt_at: now,
          claim_token: null,
          window_started_at: now,
          last_status_code: 500,
          last_error: 'HTTP 500',
          delivered_at: null,
          dead_at: now,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await served.store.db
        .insertInto('carrier_unmapped_codes')
        .values({
          carrier: 'dhl',
          raw_code: 'ZZ',
          count: 3,
          first_seen_at: now,
          last_seen_at: now,
          sample_description: 'Unknown scan',
        })
        .execute();
      await waitFor(async () => (await countedDeliveries(served.store)) > 0, 'rollups');
      const order = await orderWithHealth(served);

      const link = async (purpose: 'setup' | 'invite' | 'reset') => {
        const id = await createToken(
          served.store.db,
          {
            purpose,
            tenantId: served.tenantId,
            email: purpose === 'setup' ? null : 'someone@shop.example',
            role: 'agent',
            userId: purpose === 'reset' ? served.agent.user.id : null,
            expiresAt: new Date(Date.now() + 3_600_000),
          },
          new Date(),
        );
        return `/app/${purpose}/${await mintLink(served.store.db, id, new Date())}`;
      };
      pages.push(
        { name: 'sign-in', path: '/app/login', signedIn: false },
        { name: 'forgot-password', path: '/app/forgot', signedIn: false },
        { name: 'setup', path: await link('setup'), signedIn: false },
        { name: 'invitation', path: await link('invite'), signedIn: false },
        { name: 'reset-password', path: await link('reset'), signedIn: false },
        { name: 'link-invalid', path: '/app/reset/' + 'x'.repeat(43), signedIn: false },
        { name: 'home', path: '/app', signedIn: true },
        { name: 'shipments', path: '/app/shipments', signedIn: true },
        {
          name: 'shipments-filtered',
          path: '/app/shipments?flag=exception&status=exception',
          signedIn: true,
        },
        { name: 'shipment', path: `/app/shipments/${problem}`, signedIn: true },
        { name: 'orders', path: '/app/orders', signedIn: true },
        { name: 'orders-no-match', path: '/app/orders?q=NO-SUCH-ORDER', signedIn: true },
        { name: 'order', path: `/app/orders/${order}`, signedIn: true },
        { name: 'attention', path: '/app/attention', signedIn: true },
        { name: 'analytics', path: '/app/analytics?from=2026-11-01&to=2026-11-30', signedIn: true },
        { name: 'settings-branding', path: '/app/settings/branding', signedIn: true },
        {
          name: 'branding-preview',
          path: '/app/settings/branding/preview?name=Acme&primaryColor=%23004d40',
          signedIn: true,
        },
        {
          name: 'settings-notifications',
          path: '/app/settings/notifications?topic=delivered&channel=sms&locale=de',
          signedIn: true,
        },
        { name: 'settings-webhooks', path: '/app/settings/webhooks', signedIn: true },
        { name: 'settings-webhook-endpoint', path: '/app/settings/webhooks/EP1', signedIn: true },
        { name: 'settings-api-keys', path: '/app/settings/api-keys', signedIn: true },
        { name: 'settings-carriers', path: '/app/settings/carriers', signedIn: true },
        { name: 'settings-integrations', path: '/app/settings/integrations', signedIn: true },
        { name: 'settings-users', path: '/app/settings/users', signedIn: true },
        { name: 'settings-audit', path: '/app/settings/audit', signedIn: true },
        { name: 'account', path: '/app/account', signedIn: true },
        { name: 'not-found', path: '/app/shipments/NO-SUCH-SHIPMENT', signedIn: true },
        { name: 'home-german', path: '/app?lang=de', signedIn: true },
        { name: 'shipment-french', path: `/app/shipments/${problem}?lang=fr`, signedIn: true },
        { name: 'order-german', path: `/app/orders/${order}?lang=de`, signedIn: true },
      );
      browser = await openBrowser({ ...SIZES[size], locale: 'en-GB', timezoneId: 'Europe/Berlin' });
    });
    afterAll(async () => {
      await browser?.close();
      await served.close();
    });

    async function signIn(page: Page): Promise<void> {
      await page.goto(`${served.url}/app/login`);
      await page.getByLabel('Email address').fill(served.owner.user.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${served.url}/app`);
    }

    {
      it(`has no serious or critical axe violations, and no page errors, at ${size} size`, async () => {
        const context = browser.context;
        const anonymous = await context.newPage();
        const page = await context.newPage();
        const errors: string[] = [];
        for (const p of [anonymous, page]) {
          p.setDefaultTimeout(10_000);
          p.on('pageerror', (error) => errors.push(String(error)));
          // No page asks for something that is not there (the branding preview once opened a
          // live stream for its made-up parcel); the not-found page itself is a document.
          p.on('response', (response) => {
            if (response.status() >= 400 && response.request().resourceType() !== 'document')
              errors.push(`${response.status()} ${response.url()}`);
          });
          p.on('console', (message) => {
            if (message.type() === 'error' && !/status of 404/.test(message.text()))
              errors.push(message.text());
          });
        }
        for (const entry of pages.filter((e) => !e.signedIn)) {
          await anonymous.goto(`${served.url}${entry.path}`);
          expect(await seriousViolations(anonymous), `${entry.name} (${size})`).toEqual([]);
          await anonymous.screenshot({ path: `${OUT}/${entry.name}-${size}.png`, fullPage: true });
        }
        await signIn(page);
        for (const entry of pages.filter((e) => e.signedIn)) {
          await page.goto(`${served.url}${entry.path}`);
          expect(await seriousViolations(page), `${entry.name} (${size})`).toEqual([]);
          // Wide tables scroll inside their box; the page itself never scrolls sideways.
          const sideways = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';
          expect(await page.evaluate(sideways), `${entry.name} (${size})`).toBe(0);
          await page.screenshot({ path: `${OUT}/${entry.name}-${size}.png`, fullPage: true });
        }
        expect(errors).toEqual([]);
        await anonymous.close();
        await page.close();
      }, 300_000);
    }
  });
}

/**
 * An order of three parcels from two carriers (one of them the page's problem shipment), a Shopify
 * shop's webhooks and backfill, and forwarded mails: what the order and integration pages show.
 */
async function orderWithHealth(served: ConsoleHarness): Promise<string> {
  const db = served.store.db;
  const now = new Date();
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  const { order } = await ingestOrder(
    served.store,
    {
      tenantId: served.tenantId,
      source: 'email',
      orderNumber: 'SO-4411',
      customer: { name: 'Camille Martin', email: 'camille@example.com', locale: 'fr' },
      orderedAt: at(60 * 24 * 3),
      consent: { email: 'Yes, email me about my delivery' },
      context: {
        sender: 'shipping@shop.example',
        subject: 'Your order SO-4411 has shipped',
        forwardedBy: 'owner@shop.example',
      },
      parcels: [
        { trackingNumber: 'PAGE0000000001', carrier: 'waybill' },
        { trackingNumber: 'PAGEUPS0000002', carrier: 'ups', service: 'Standard' },
        { trackingNumber: 'PAGEDHL0000003', carrier: 'dhl' },
      ],
    },
    now,
    { detectCarrier: served.deps.detectCarrier, mode: 'lenient' },
  );
  await db
    .insertInto('shop_integrations')
    .values({
      tenant_id: served.tenantId,
      platform: 'shopify',
      backfill: JSON.stringify({
        'page-test.myshopify.com': {
          cursor: 'abc',
          pages: 4,
          orders: 180,
          skipped: 1,
          done: true,
          startedAt: at(120),
          finishedAt: at(100),
          lastError: null,
        },
      }),
      last_webhook_at: at(2),
      last_error: 'Shopify answered 503 for the backfill page; it will be tried again',
      last_error_at: at(30),
      updated_at: at(2),
    })
    .execute();
  await db
    .insertInto('shop_webhooks')
    .values(
      [
        ['orders/create', 'stored', 'order #1001 stored with 2 parcels'],
        ['orders/updated', 'failed', 'the payload had no order number'],
        ['fulfillments/create', 'ignored', 'the fulfillment has no tracking number yet'],
      ].map(([topic, outcome, detail], i) => ({
        tenant_id: served.tenantId,
        platform: 'shopify',
        webhook_id: `page-wh-${i}`,
        topic: topic!,
        received_at: at(10 - i),
        outcome: outcome!,
        detail: detail!,
      })),
    )
    .execute();
  await saveTenantSetting(db, served.tenantId, 'intake', { token: '8ad3c35fa8d60c778d2d' });
  await recordIntakeMail(
    db,
    {
      tenantId: served.tenantId,
      messageKey: '<page-1@shop.example>',
      from: 'Shop <shipping@shop.example>',
      subject: 'Your order SO-4411 has shipped',
      outcome: 'registered',
      found: [],
      detail: 'registered 3 parcels as order SO-4411',
      orderId: order.id,
      orderNumber: order.orderNumber,
    },
    now,
  );
  await recordIntakeMail(
    db,
    {
      tenantId: served.tenantId,
      messageKey: '<page-2@shop.example>',
      from: 'newsletter@shop.example',
      subject: 'Our autumn sale',
      outcome: 'no_number',
      found: [],
      detail: 'no tracking number was found in the mail',
      orderId: null,
    },
    now,
  );
  return order.id;
}
