import { afterEach, describe, expect, it } from 'vitest';
import { createEndpoint } from '../../src/notify/webhooks/endpoint-store.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { waitForValue } from './wait-value.js';
import { webhookHarness, type WebhookHarness } from './webhook-harness.js';

const GUARDED = { 'webhooks.allowedDestinations': [] };

describe.each(DIALECTS)('the webhook SSRF guard on %s', (dialect) => {
  let h: WebhookHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each([
    ['http://127.0.0.1:8080/hooks', 'loopback'],
    ['http://10.0.0.7/hooks', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[::1]:8080/hooks', 'loopback'],
    ['http://[::ffff:127.0.0.1]/hooks', 'loopback'],
    ['http://[fd00:ec2::254]/', 'unique local'],
    ['http://localhost:8080/hooks', 'loopback'],
    ['ftp://example.com/hooks', 'must use https or http'],
    ['https://user:pw@example.com/hooks', 'user name or password'],
  ])('refuses %s when the endpoint is created, and stores nothing', async (url, why) => {
    h = await webhookHarness(dialect, GUARDED);
    const res = await h.post('/v1/webhook-endpoints', { url, events: ['*'] });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'body.url', message: expect.stringContaining(why) }],
    });
    expect((await h.get('/v1/webhook-endpoints')).json()).toEqual({ items: [] });
  });

  it('refuses a private address again at connect time (a name that resolves somewhere else now)', async () => {
    h = await webhookHarness(dialect, GUARDED);
    // Stored as if the save-time check had passed: a name that resolved to a public address then
    // (DNS rebinding), and a literal the operator has since stopped allowing.
    const now = new Date();
    const byName = await createEndpoint(
      h.t.store.db,
      { tenantId: h.t.tenantId, url: `http://localhost:${h.receiver.port}/hooks`, events: ['*'] },
      now,
    );
    const byLiteral = await createEndpoint(
      h.t.store.db,
      { tenantId: h.t.tenantId, url: `http://127.0.0.1:${h.receiver.port}/hooks`, events: ['*'] },
      now,
    );
    await h.registerShipment('WBSSRF0001');
    for (const endpoint of [byName, byLiteral]) {
      const [delivery] = await waitForValue(async () => {
        const res = await h!.get(`/v1/webhook-endpoints/${endpoint.id}/deliveries`);
        const items = res.json<{ items: { attemptLog: { outcome: string; error: string | null }[] }[] }>()
          .items;
        return items[0]?.attemptLog.length ? items : undefined;
      }, `an attempt to ${endpoint.url}`);
      expect(delivery!.attemptLog[0]).toMatchObject({
        outcome: 'refused',
        error: expect.stringMatching(/loopback/),
      });
    }
    // The receiver listens on that port, and heard nothing.
    expect(h.receiver.received).toEqual([]);
  });

  it('lets private destinations through when the operator allows them', async () => {
    h = await webhookHarness(dialect, {
      'webhooks.allowedDestinations': [],
      'webhooks.allowPrivateDestinations': true,
    });
    const endpoint = await h.createEndpoint(['*'], `http://localhost:${h.receiver.port}/hooks`);
    expect(endpoint.id).toBeTruthy();
    await h.registerShipment('WBSSRF0002');
    await waitFor(() => h!.receiver.deliveredIds().size === 1, 'delivery to localhost');
  });
});
