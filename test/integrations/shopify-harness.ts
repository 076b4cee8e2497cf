import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config/config.js';
import { build } from '../../src/http/app.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { SHOPIFY_WEBHOOK_PATH } from '../../src/integrations/shopify/webhook-route.js';
import { createApiKey, createTenant } from '../../src/store/repositories/tenants.js';
import { NO_API_LIMITS } from '../helpers/api-limits.js';
import { freshStore, type DialectName, type TestStore } from '../helpers/dialects.js';
import { shopifyWebhookRequest, type WebhookToSend } from '../helpers/shopify-stand-in.js';

export const SHOP_DOMAIN = 'waybill-test.myshopify.com';
export const CLIENT_SECRET = 'shpss_current_secret_0001';
export const PREVIOUS_SECRET = 'shpss_previous_secret_0001';

export interface ShopifyTestApp {
  readonly app: FastifyInstance;
  readonly store: TestStore;
  readonly config: Config;
  readonly tenantId: string;
  readonly auth: { authorization: string };
  readonly relay: OutboxRelay;
  /** Every log line the app wrote (pino JSON). */
  readonly logLines: string[];
  /** Sends a webhook as Shopify would (signed with the current secret unless told otherwise). */
  send(
    webhook: Partial<WebhookToSend> & Pick<WebhookToSend, 'topic' | 'body'>,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  count(table: 'orders' | 'shop_webhooks' | 'shipments' | 'shopify_event_posts'): Promise<number>;
  close(): Promise<void>;
}

/**
 * The real app on a fresh store with one tenant, its API key and one Shopify shop of that tenant
 * (`shop` overrides its config entry), its log kept.
 */
export async function shopifyTestApp(
  dialect: DialectName,
  shop: Record<string, unknown> = {},
  overrides: Record<string, unknown> = {},
): Promise<ShopifyTestApp> {
  const store = await freshStore(dialect);
  const now = () => new Date();
  const tenant = await createTenant(store.db, 'Shopify shop', now());
  const { key } = await createApiKey(store.db, tenant.id, 'test', now());
  const config = loadConfig(
    {},
    {
      'simulator.enabled': false,
      ...NO_API_LIMITS,
      'shops.shopify': [
        {
          tenantId: tenant.id,
          shopDomain: SHOP_DOMAIN,
          accessToken: `shpat_${randomBytes(6).toString('hex')}`,
          clientSecret: CLIENT_SECRET,
          previousClientSecret: PREVIOUS_SECRET,
          ...shop,
        },
      ],
      ...overrides,
    },
  );
  const logLines: string[] = [];
  const relay = new OutboxRelay(store);
  const app = await build({
    config,
    store,
    pipeline: new IngestPipeline(store, { clock: now, onCommitted: () => relay.wake() }),
    onCommitted: () => relay.wake(),
    relay,
    logger: pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) }),
    clock: now,
    detectCarrier: chooseCarrier,
  });
  return {
    app,
    store,
    config,
    tenantId: tenant.id,
    auth: { authorization: `Bearer ${key}` },
    relay,
    logLines,
    async send(webhook) {
      const { body, headers } = shopifyWebhookRequest({
        shopDomain: SHOP_DOMAIN,
        secret: CLIENT_SECRET,
        ...webhook,
      });
      const response = await app.inject({
        method: 'POST',
        url: SHOPIFY_WEBHOOK_PATH,
        headers,
        payload: body,
      });
      return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
    },
    async count(table) {
      const row = await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async close() {
      await app.close();
      await relay.stop();
      await store.dispose();
    },
  };
}

/** An orders/create body in Shopify's REST shape (shop-platforms.md §1), with overridable parts. */
export function orderBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 4440001001,
    name: '#1001',
    order_number: 1001,
    email: 'ada@example.com',
    phone: '+1(613)-555-0100',
    customer_locale: 'en-CA',
    created_at: '2026-03-01T09:00:00-05:00',
    updated_at: '2026-03-01T09:00:00-05:00',
    fulfillments: [],
    shipping_address: {
      name: 'Ada Lee',
      address1: '1 Main St',
      city: 'Ottawa',
      province_code: 'ON',
      zip: 'K1A 0B1',
      country_code: 'CA',
      phone: null,
    },
    ...overrides,
  };
}

/** A fulfillments/create body, with overridable parts. */
export function fulfillmentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 5550001001,
    order_id: 4440001001,
    name: '#1001.1',
    status: 'success',
    shipment_status: null,
    created_at: '2026-03-02T10:15:00-05:00',
    updated_at: '2026-03-02T10:15:00-05:00',
    tracking_company: 'UPS',
    tracking_number: '1Z5R89390357567127',
    tracking_numbers: ['1Z5R89390357567127'],
    tracking_url: 'https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=1Z5R89390357567127',
    tracking_urls: ['https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=1Z5R89390357567127'],
    line_items: [{ id: 777001, quantity: 1, sku: 'MUG-1' }],
    destination: { zip: 'K1A 0B1', country_code: 'CA' },
    ...overrides,
  };
}
