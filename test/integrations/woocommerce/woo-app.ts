import { randomBytes } from 'node:crypto';
import { testApp, type TestApp } from '../../helpers/app.js';
import type { DialectName } from '../../helpers/dialects.js';
import type { WebhookTransport, WooCommerceStandIn } from '../../helpers/woocommerce-stand-in.js';

export const WEBHOOK_PATH = '/shops/woocommerce/webhooks';

export interface WooApp extends TestApp {
  /** The tenant the site's orders belong to (config shops.woocommerce[0].tenantId). */
  readonly shopTenantId: string;
  /** Delivers a stand-in webhook to the app through inject(). */
  readonly transport: WebhookTransport;
  counts(): Promise<{ webhooks: number; orders: number; shipments: number }>;
}

/**
 * The real app with the stand-in configured as a WooCommerce site (its siteUrl without the trailing
 * slash WooCommerce sends), whose orders belong to a tenant of their own.
 */
export async function wooApp(
  dialect: DialectName,
  shop: WooCommerceStandIn,
  site: Record<string, unknown> = {},
): Promise<WooApp> {
  const shopTenantId = `woo-${randomBytes(5).toString('hex')}`;
  const app = await testApp(dialect, {
    'shops.woocommerce': [
      {
        tenantId: shopTenantId,
        siteUrl: shop.url.replace(/\/$/, ''),
        consumerKey: shop.consumerKey,
        consumerSecret: shop.consumerSecret,
        webhookSecret: shop.webhookSecret,
        ...site,
      },
    ],
  });
  await app.store.db
    .insertInto('tenants')
    .values({ id: shopTenantId, name: 'Woo shop', settings: '{}', created_at: new Date().toISOString() })
    .execute();
  const count = async (table: 'shop_webhooks' | 'orders' | 'shipments') => {
    const row = await app.store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('tenant_id', '=', shopTenantId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    ...app,
    shopTenantId,
    transport: async ({ headers, body }) => {
      const response = await app.app.inject({ method: 'POST', url: WEBHOOK_PATH, headers, payload: body });
      return { status: response.statusCode, body: response.body };
    },
    counts: async () => ({
      webhooks: await count('shop_webhooks'),
      orders: await count('orders'),
      shipments: await count('shipments'),
    }),
  };
}
