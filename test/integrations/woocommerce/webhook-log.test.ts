import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { woocommerceWebhookRoutes } from '../../../src/integrations/woocommerce/webhook-route.js';
import type { AppDeps } from '../../../src/http/deps.js';
import { sendProblem } from '../../../src/http/problem.js';
import { WEBHOOK_PATH } from './woo-app.js';

const SECRET = 'k&y&amp;1';

describe('a refused WooCommerce webhook', () => {
  it('is a 401 and a warning in the log that names the site and reason, not the secret or body', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      }),
    );
    const config = loadConfig(
      {},
      {
        'shops.woocommerce': [
          {
            tenantId: 't',
            siteUrl: 'https://shop.example',
            consumerKey: 'ck',
            consumerSecret: 'cs',
            webhookSecret: SECRET,
          },
        ],
      },
    );
    // Nothing past the signature check runs, so the route needs only the config.
    const app = Fastify({ loggerInstance: logger as FastifyBaseLogger });
    app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
    await app.register(woocommerceWebhookRoutes({ config } as unknown as AppDeps));
    const response = await app.inject({
      method: 'POST',
      url: WEBHOOK_PATH,
      headers: {
        'content-type': 'application/json',
        'x-wc-webhook-source': 'https://shop.example/',
        'x-wc-webhook-signature': Buffer.alloc(32).toString('base64'),
      },
      payload: '{"id":812,"billing":{"email":"ada@example.com"}}',
    });
    await app.close();
    expect(response.statusCode).toBe(401);
    const warning = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((l) => l['level'] === 40);
    expect(warning).toMatchObject({
      msg: 'woocommerce webhook signature refused',
      site: 'https://shop.example',
      reason: 'X-WC-Webhook-Signature does not match the body',
    });
    expect(lines.join('')).not.toContain('k&y');
    expect(lines.join('')).not.toContain('ada@example.com');
  });
});
