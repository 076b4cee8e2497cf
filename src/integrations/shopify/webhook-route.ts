import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { headerOf } from '../../carriers/webhook-signature.js';
import { WaybillError } from '../../domain/errors.js';
import type { AppDeps } from '../../http/deps.js';
import { receiveShopifyWebhook } from './receive-webhook.js';
import { shopifyShops } from './shops.js';
import { verifyShopifyWebhook } from './verify.js';

export const SHOPIFY_WEBHOOK_PATH = '/shops/shopify/webhooks';

/**
 * `POST /shops/shopify/webhooks`: where each configured shop's custom app sends orders/create,
 * orders/updated, fulfillments/create and fulfillments/update. Outside the API-key scope: the shop
 * is named by X-Shopify-Shop-Domain and proves itself by signing the raw body, so this plugin keeps
 * the body as the bytes received (its own content-type parser) and checks them before reading.
 * Hidden from the OpenAPI document: the body is Shopify's format, not Waybill's API. The answer
 * is 200 with counts once the order is committed (Shopify counts only a 2xx as received, and
 * waits at most five seconds), 401 for an unknown shop or a signature that does not verify.
 */
export const shopifyWebhookRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    // Built once, at start: a shop configured twice or a bad base URL stops the start.
    const shops = shopifyShops(deps.config);
    const touchedAt = new Map<string, number>();
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.post(SHOPIFY_WEBHOOK_PATH, { schema: { hide: true } }, async (request) => {
      const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const domain = headerOf(request.headers, 'x-shopify-shop-domain')?.trim().toLowerCase() ?? '';
      const shop = shops.get(domain);
      if (!shop) {
        request.log.warn(
          { shop: domain.slice(0, 100), reason: 'no such shop is configured' },
          'shopify webhook refused',
        );
        throw new WaybillError(
          'signature_invalid',
          domain
            ? `no Shopify shop ${domain.slice(0, 100)} is configured`
            : 'X-Shopify-Shop-Domain is missing',
        );
      }
      const verdict = verifyShopifyWebhook(request.headers, rawBody, shop);
      if (!verdict.ok) {
        // The reason names the header, never the secret or the body.
        request.log.warn({ shop: domain, reason: verdict.reason }, 'shopify webhook refused');
        throw new WaybillError('signature_invalid', verdict.reason);
      }
      const topic = headerOf(request.headers, 'x-shopify-topic')?.trim() ?? '';
      // Shopify always sends a delivery id; without one, the same bytes count as the same delivery.
      const webhookId =
        headerOf(request.headers, 'x-shopify-webhook-id')?.trim().slice(0, 200) ||
        `sha256:${createHash('sha256').update(topic).update('\n').update(rawBody).digest('hex')}`;
      const result = await receiveShopifyWebhook(
        {
          store: deps.store,
          clock: deps.clock,
          detectCarrier: deps.detectCarrier,
          onCommitted: deps.onCommitted,
          touchedAt,
        },
        shop,
        { topic, webhookId, rawBody, requestId: request.id },
      );
      request.log.info(
        {
          shop: domain,
          topic,
          webhookId,
          outcome: result.outcome,
          parcels: result.parcels,
          refused: result.refused,
        },
        'shopify webhook handled',
      );
      return result;
    });
  };
