import { describe, expect, it } from 'vitest';
import { shopifyHmac, verifyShopifyWebhook } from './verify.js';

const shop = { clientSecret: 'new-secret', previousClientSecret: 'old-secret' };
const body = Buffer.from('{"id":4440001001,"name":"#1001"}');

describe('verifyShopifyWebhook', () => {
  it('accepts the current secret, and the previous one during a rotation, whatever the header case', () => {
    expect(
      verifyShopifyWebhook({ 'x-shopify-hmac-sha256': shopifyHmac(body, 'new-secret') }, body, shop),
    ).toEqual({
      ok: true,
      signedWith: 'current',
    });
    expect(
      verifyShopifyWebhook({ 'X-Shopify-Hmac-SHA256': shopifyHmac(body, 'old-secret') }, body, shop),
    ).toEqual({
      ok: true,
      signedWith: 'previous',
    });
  });

  it('refuses a missing, malformed, wrongly keyed or stale signature, naming the header only', () => {
    const refused = [
      verifyShopifyWebhook({}, body, shop),
      verifyShopifyWebhook({ 'x-shopify-hmac-sha256': 'not base64!' }, body, shop),
      verifyShopifyWebhook({ 'x-shopify-hmac-sha256': shopifyHmac(body, 'another') }, body, shop),
      verifyShopifyWebhook({ 'x-shopify-hmac-sha256': shopifyHmac(body, 'old-secret') }, body, {
        clientSecret: 'new-secret',
      }),
      verifyShopifyWebhook(
        { 'x-shopify-hmac-sha256': shopifyHmac(body, 'new-secret') },
        Buffer.from(`${body.toString()} `),
        shop,
      ),
      verifyShopifyWebhook(
        { 'x-shopify-hmac-sha256': shopifyHmac(body, 'new-secret').slice(0, 8) },
        body,
        shop,
      ),
    ];
    for (const verdict of refused) {
      expect(verdict.ok).toBe(false);
      expect(JSON.stringify(verdict)).not.toMatch(/secret/);
    }
  });
});
