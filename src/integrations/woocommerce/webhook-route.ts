import type { FastifyPluginAsync } from 'fastify';
import { WaybillError } from '../../domain/errors.js';
import type { AppDeps } from '../../http/deps.js';
import { isPing } from './parse-webhook.js';
import { receiveWebhook } from './receive-webhook.js';
import { wooRest } from './rest-client.js';
import { shopsForSource } from './shops.js';
import { verifySignature } from './verify.js';

/**
 * `POST /shops/woocommerce/webhooks`: where WooCommerce sites send order.created and
 * order.updated. Outside the API-key scope: the site is found by X-WC-Webhook-Source and
 * authenticated by X-WC-Webhook-Signature over the exact bytes received (this plugin's own
 * content-type parser). The ping WooCommerce sends when a webhook is saved gets a plain 200.
 * Not in the OpenAPI document: it is WooCommerce's contract, not Waybill's API.
 */
export const woocommerceWebhookRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    // Scoped to this plugin: every other route keeps Fastify's JSON parser.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.post('/shops/woocommerce/webhooks', { schema: { hide: true } }, async (request, reply) => {
      const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const body = rawBody.toString('utf8');
      if (isPing(request.headers, body)) return reply.code(200).send({ ping: 'ok' });

      const source = header(request.headers['x-wc-webhook-source']);
      const shops = source === undefined ? [] : shopsForSource(deps.config.shops.woocommerce, source);
      if (shops.length === 0) {
        request.log.warn({ source: source?.slice(0, 200) }, 'woocommerce webhook from an unknown site');
        throw new WaybillError(
          'signature_invalid',
          source === undefined
            ? 'X-WC-Webhook-Source is missing'
            : 'no WooCommerce site is configured for this X-WC-Webhook-Source',
        );
      }
      const signature = header(request.headers['x-wc-webhook-signature']);
      const verdicts = shops.map((shop) => ({
        shop,
        verdict: verifySignature(rawBody, signature, shop.webhookSecret),
      }));
      const verified = verdicts.find((v) => v.verdict.ok);
      if (!verified) {
        const reason = verdicts[0]?.verdict.ok === false ? verdicts[0].verdict.reason : 'refused';
        // The reason names the header, never a secret or the body.
        request.log.warn(
          { site: shops[0]?.siteUrl, reason, bytes: rawBody.length },
          'woocommerce webhook signature refused',
        );
        throw new WaybillError('signature_invalid', reason);
      }

      const { shop } = verified;
      const receipt = await receiveWebhook(
        {
          store: deps.store,
          clock: deps.clock,
          detectCarrier: deps.detectCarrier,
          onCommitted: deps.onCommitted,
        },
        shop,
        wooRest(shop),
        {
          topic: header(request.headers['x-wc-webhook-topic']),
          deliveryId: header(request.headers['x-wc-webhook-delivery-id']),
          body,
          requestId: request.id,
        },
      );
      request.log.info(
        {
          site: shop.siteUrl,
          outcome: receipt.outcome,
          topic: header(request.headers['x-wc-webhook-topic']),
        },
        'woocommerce webhook handled',
      );
      return reply.code(200).send(receipt);
    });
  };

function header(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}
