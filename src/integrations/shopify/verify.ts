import { base64Bytes, headerOf, hmacSha256, sameBytes } from '../../carriers/webhook-signature.js';

/** What verifying needs of a configured shop. */
export interface ShopSecrets {
  readonly clientSecret: string;
  /** The secret before a rotation: Shopify may still sign with it for up to an hour. */
  readonly previousClientSecret?: string | undefined;
}

export type ShopifyVerdict =
  | { readonly ok: true; readonly signedWith: 'current' | 'previous' }
  | { readonly ok: false; readonly reason: string };

const HEADER = 'x-shopify-hmac-sha256';

/**
 * Shopify's webhook signature (shop-platforms.md §1): X-Shopify-Hmac-Sha256 = base64 of the
 * HMAC-SHA256 of the raw body bytes, keyed with the app's client secret (or, during a rotation,
 * the previous one). Compared in constant time after a length check. The reason names the header,
 * never a secret or the body.
 */
export function verifyShopifyWebhook(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  rawBody: Buffer,
  shop: ShopSecrets,
): ShopifyVerdict {
  const header = headerOf(headers, HEADER)?.trim();
  if (!header) return { ok: false, reason: 'the X-Shopify-Hmac-Sha256 header is missing' };
  const given = base64Bytes(header);
  if (!given) return { ok: false, reason: 'X-Shopify-Hmac-Sha256 is not base64' };
  if (sameBytes(hmacSha256(shop.clientSecret, rawBody), given)) return { ok: true, signedWith: 'current' };
  if (shop.previousClientSecret && sameBytes(hmacSha256(shop.previousClientSecret, rawBody), given))
    return { ok: true, signedWith: 'previous' };
  return { ok: false, reason: 'X-Shopify-Hmac-Sha256 does not match the body' };
}

/** The header Shopify would send for these bytes; for the stand-in, tests and the benchmark. */
export function shopifyHmac(rawBody: Buffer | string, secret: string): string {
  return hmacSha256(secret, rawBody).toString('base64');
}
