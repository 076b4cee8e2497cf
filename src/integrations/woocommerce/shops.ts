import type { Config } from '../../config/config.js';

/** One configured WooCommerce site (config `shops.woocommerce[]`). */
export type WooShop = Config['shops']['woocommerce'][number];

/**
 * A site URL in one spelling: scheme and host lower-cased, default port dropped, no trailing
 * slash, no query. WooCommerce sends its home URL with a trailing `/`; people configure it with
 * or without, so both must meet.
 */
export function siteKey(url: string): string {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return trimmed.replace(/\/+$/, '').toLowerCase();
  }
}

/** The shops whose siteUrl is this X-WC-Webhook-Source (several only if tenants share a site). */
export function shopsForSource(shops: readonly WooShop[], source: string): WooShop[] {
  const key = siteKey(source);
  return key === '' ? [] : shops.filter((shop) => siteKey(shop.siteUrl) === key);
}

/** The REST v3 base with a trailing slash: the configured one, or <siteUrl>wp-json/wc/v3/. */
export function restBaseOf(shop: WooShop): string {
  const base = shop.restBase ?? `${shop.siteUrl.replace(/\/+$/, '')}/wp-json/wc/v3/`;
  return base.endsWith('/') ? base : `${base}/`;
}
