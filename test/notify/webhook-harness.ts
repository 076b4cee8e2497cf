import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config/config.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { MerchantWebhooks } from '../../src/notify/webhooks/merchant-webhooks.js';
import { testApp, type TestApp } from '../helpers/app.js';
import type { DialectName } from '../helpers/dialects.js';
import { WebhookReceiver } from './webhook-receiver.js';

/**
 * Fast retries, a local receiver allowed past the SSRF guard. A function: loadConfig freezes
 * what it is given, so each load gets its own arrays.
 */
export const fastWebhooks = (): Record<string, unknown> => ({
  'webhooks.allowedDestinations': ['127.0.0.1'],
  'webhooks.pollIntervalMs': 20,
  'webhooks.retry.baseDelayMs': 20,
  'webhooks.retry.maxDelayMs': 100,
  'webhooks.retry.windowMs': 60_000,
  'webhooks.requestTimeoutMs': 2_000,
  'webhooks.claimMs': 5_000,
});

export interface WebhookHarness {
  readonly t: TestApp;
  readonly relay: OutboxRelay;
  readonly webhooks: MerchantWebhooks;
  readonly receiver: WebhookReceiver;
  readonly receiverUrl: string;
  post(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  /** Creates an endpoint through the API and hands its secret to the receiver. */
  createEndpoint(events: string[], url?: string): Promise<{ id: string; secret: string }>;
  registerShipment(trackingNumber: string): Promise<string>;
  close(): Promise<void>;
}

/** The app, an outbox relay and the merchant-webhooks subscriber and sender, as server.ts wires them. */
export async function webhookHarness(
  dialect: DialectName,
  overrides: Record<string, unknown> = {},
): Promise<WebhookHarness> {
  const t = await testApp(dialect, { ...fastWebhooks(), ...structuredClone(overrides) });
  const settings = loadConfig({}, { ...fastWebhooks(), ...structuredClone(overrides) }).webhooks;
  const relay = new OutboxRelay(t.store, { pollIntervalMs: 20, retryDelayMs: () => 20 });
  const webhooks = new MerchantWebhooks(t.store, settings, { onCommitted: () => relay.wake() });
  webhooks.attach(relay);
  relay.start();
  webhooks.start();
  const receiver = new WebhookReceiver();
  const receiverUrl = await receiver.start();
  const post = (url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as string, headers: t.auth });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: t.auth });
  return {
    t,
    relay,
    webhooks,
    receiver,
    receiverUrl,
    post,
    get,
    async createEndpoint(events, url = receiverUrl) {
      const res = await post('/v1/webhook-endpoints', { url, events });
      if (res.statusCode !== 201) throw new Error(`endpoint not created: ${res.body}`);
      const created = res.json<{ id: string; secret: string }>();
      receiver.secrets.push(created.secret);
      return created;
    },
    async registerShipment(trackingNumber) {
      const res = await post('/v1/shipments', { trackingNumber, carrier: 'custom' });
      if (res.statusCode !== 201) throw new Error(`shipment not registered: ${res.body}`);
      return res.json<{ id: string }>().id;
    },
    async close() {
      await webhooks.stop();
      await relay.stop();
      await receiver.stop();
      await t.close();
    },
  };
}
