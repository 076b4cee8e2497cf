import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookBody, webhookTopic } from '../../../src/integrations/woocommerce/test-arbitraries.js';
import { DIALECTS } from '../../helpers/dialects.js';
import { startWooCommerceStandIn, type WooCommerceStandIn } from '../../helpers/woocommerce-stand-in.js';
import { wooApp, type WooApp } from './woo-app.js';

describe.each(DIALECTS)('the WooCommerce webhook route under fuzzing on %s', (dialect) => {
  let shop: WooCommerceStandIn;
  let t: WooApp;
  beforeAll(async () => {
    shop = await startWooCommerceStandIn();
    t = await wooApp(dialect, shop);
  });
  afterAll(async () => {
    await t.close();
    await shop.close();
  });

  it('answers 1,000 validly signed arbitrary bodies without a 5xx', async () => {
    const secret = shop.webhookSecret.replaceAll('&amp;', '&');
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(webhookTopic, webhookBody, async (topic, body) => {
        const response = await t.transport({
          headers: {
            'content-type': 'application/json',
            'x-wc-webhook-source': shop.url,
            ...(topic === undefined ? {} : { 'x-wc-webhook-topic': topic }),
            'x-wc-webhook-signature': createHmac('sha256', secret).update(body).digest('base64'),
          },
          body,
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, response.body).toBeLessThan(500);
        expect(response.status).not.toBe(401);
      }),
      { numRuns: 1_000 },
    );
    // The bodies reach every answer: stored or ignored orders and refused non-orders.
    expect(statuses.get(200)).toBeGreaterThan(100);
    expect(statuses.get(400)).toBeGreaterThan(100);
  }, 600_000);
});
