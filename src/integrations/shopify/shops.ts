import type { Static } from 'typebox';
import { ConfigError, type Config } from '../../config/config.js';
import type { ShopsConfig } from '../../config/sections/shops.js';
import type { Executor } from '../../store/executor.js';

export type ShopifyShop = Static<typeof ShopsConfig>['shopify'][number];

/** fulfillmentEventCreate exists from this version on (shop-platforms.md §2). */
const OLDEST_VERSION = '2023-01';

/**
 * The configured shops by domain, checked beyond the schema: each domain once, a base URL that
 * is an http(s) URL, an API version that has fulfillmentEventCreate. Throws a ConfigError
 * naming the key; called when the app is built, so a bad shop stops the start.
 */
export function shopifyShops(config: Pick<Config, 'shops'>): ReadonlyMap<string, ShopifyShop> {
  const shops = new Map<string, ShopifyShop>();
  config.shops.shopify.forEach((shop, i) => {
    const key = `shops.shopify.${i}`;
    const domain = shop.shopDomain.toLowerCase();
    if (shops.has(domain))
      throw new ConfigError(`invalid configuration at "${key}.shopDomain": ${domain} is configured twice`);
    if (shop.baseUrl !== undefined && !isHttpUrl(shop.baseUrl))
      throw new ConfigError(`invalid configuration at "${key}.baseUrl": must be an http(s) URL`);
    if (shop.apiVersion !== 'unstable' && shop.apiVersion < OLDEST_VERSION)
      throw new ConfigError(
        `invalid configuration at "${key}.apiVersion": fulfillment events need ${OLDEST_VERSION} or later`,
      );
    shops.set(domain, shop);
  });
  return shops;
}

/** Every configured shop's tenant must exist: checked at start, once the store is open. */
export async function checkShopifyTenants(db: Executor, config: Pick<Config, 'shops'>): Promise<void> {
  const wanted = [...new Set(config.shops.shopify.map((shop) => shop.tenantId))];
  if (wanted.length === 0) return;
  const found = new Set(
    (await db.selectFrom('tenants').select('id').where('id', 'in', wanted).execute()).map((row) => row.id),
  );
  const i = config.shops.shopify.findIndex((shop) => !found.has(shop.tenantId));
  if (i >= 0)
    throw new ConfigError(
      `invalid configuration at "shops.shopify.${i}.tenantId": no tenant ${config.shops.shopify[i]!.tenantId}`,
    );
}

/** The shop of an order, by the domain its context names, among the tenant's shops. */
export function shopOfOrder(
  shops: ReadonlyMap<string, ShopifyShop>,
  tenantId: string,
  context: Readonly<Record<string, string>>,
): ShopifyShop | undefined {
  const domain = context['shopify.shop'];
  const shop = domain === undefined ? undefined : shops.get(domain.toLowerCase());
  return shop?.tenantId === tenantId ? shop : undefined;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
