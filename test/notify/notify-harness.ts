import { addRecipient } from '../../src/notify/recipients.js';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { build } from '../../src/http/app.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { registerShipment } from '../../src/ingest/register-shipment.js';
import { Notifications } from '../../src/notify/notifications.js';
import type { Shipment } from '../../src/domain/shipment.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { freshStore, type DialectName, type TestStore } from '../helpers/dialects.js';
import { scan } from '../helpers/scans.js';
import { TWILIO_SID, TWILIO_TOKEN } from './twilio-server.js';

export interface NotifyHarness {
  readonly store: TestStore;
  readonly config: Config;
  readonly tenantId: string;
  readonly relay: OutboxRelay;
  readonly pipeline: IngestPipeline;
  readonly notifications: Notifications;
  /** Moves the harness clock (real time keeps running on top). */
  setNow(iso: string): void;
  now(): Date;
  shipment(number: string, country?: string): Promise<Shipment>;
  /** Ingests one scan of the shipment's number at the given local status. */
  scan(shipment: Shipment, status: string, occurredAt: string): Promise<void>;
  /** The HTTP app over the same store and clock (unsubscribe links, Twilio webhooks). */
  app(): Promise<FastifyInstance>;
  close(): Promise<void>;
}

/**
 * Waybill's notification pipeline for real: store, ingest pipeline, outbox relay, dispatcher and
 * sender, talking to the local SMTP and Twilio stand-ins the test started.
 */
export async function notifyHarness(
  dialect: DialectName,
  options: {
    smtpUrl?: string;
    twilioBaseUrl?: string;
    now?: string;
    overrides?: Record<string, unknown>;
  } = {},
): Promise<NotifyHarness> {
  const store = await freshStore(dialect);
  let offset = Date.parse(options.now ?? '2026-11-26T14:00:00.000Z') - Date.now();
  const now = () => new Date(Date.now() + offset);
  const config = loadConfig(
    {},
    {
      'simulator.enabled': false,
      publicBaseUrl: 'https://track.example.com',
      'notify.smtp.url': options.smtpUrl ?? '',
      'notify.smtp.from': 'Test Shop <updates@shop.example>',
      'notify.twilio.accountSid': options.twilioBaseUrl ? TWILIO_SID : '',
      'notify.twilio.authToken': options.twilioBaseUrl ? TWILIO_TOKEN : '',
      'notify.twilio.from': '+15005550006',
      'notify.twilio.baseUrl': options.twilioBaseUrl ?? 'https://api.twilio.com',
      'notify.digestWindowMs': 0,
      'notify.sender.pollIntervalMs': 20,
      'notify.sender.retryBaseMs': 30,
      'notify.sender.retryMaxMs': 200,
      ...options.overrides,
    },
  );
  const tenant = await createTenant(store.db, 'Test Shop', now());
  const relay = new OutboxRelay(store, { pollIntervalMs: 20, retryDelayMs: () => 20, clock: now });
  const pipeline = new IngestPipeline(store, { clock: now, onCommitted: () => relay.wake() });
  const notifications = new Notifications(store, config, { clock: now, logger: pino({ level: 'silent' }) });
  notifications.attach(relay);
  relay.start();
  notifications.start();
  const apps: FastifyInstance[] = [];
  return {
    store,
    config,
    tenantId: tenant.id,
    relay,
    pipeline,
    notifications,
    setNow: (iso) => {
      offset = Date.parse(iso) - Date.now();
    },
    now,
    shipment: async (number, country = 'DE') =>
      (
        await registerShipment(
          store,
          {
            tenantId: tenant.id,
            trackingNumber: number,
            carrier: 'simulator',
            details: { destination: { city: 'Berlin', country }, orderRef: 'A-1001' },
          },
          now(),
          () => relay.wake(),
        )
      ).shipment,
    scan: async (shipment, status, occurredAt) => {
      const result = await pipeline.ingest([
        scan({
          tenantId: tenant.id,
          trackingNumber: shipment.trackingNumber,
          status,
          occurredAt,
          rawCode: status,
        }),
      ]);
      if (result.accepted !== 1) throw new Error(`scan not accepted: ${JSON.stringify(result)}`);
    },
    app: async () => {
      const app = await build({
        config,
        store,
        pipeline,
        logger: pino({ level: 'silent' }),
        clock: now,
        detectCarrier: chooseCarrier,
        onCommitted: () => relay.wake(),
        relay,
      });
      apps.push(app);
      return app;
    },
    close: async () => {
      for (const app of apps) await app.close();
      await notifications.stop();
      await relay.stop();
      await store.dispose();
    },
  };
}

/** Ana, who asked for email updates in English on this shipment. */
export async function addEmailRecipient(h: NotifyHarness, shipment: Shipment): Promise<void> {
  await addRecipient(
    h.store.db,
    {
      tenantId: h.tenantId,
      shipmentId: shipment.id,
      channel: 'email',
      address: 'ana@example.com',
      details: {},
      locale: 'en',
      timeZone: 'Europe/Berlin',
      consentText: 't',
    },
    h.now(),
  );
}
