import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { brandingFromSettings } from '../../src/domain/branding.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { Notifications } from '../../src/notify/notifications.js';
import { DEFAULT_RULES } from '../../src/notify/rules.js';
import type { RenderInput } from '../../src/notify/render.js';
import { DeliveryThread } from '../../src/notify/thread/delivery-thread.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshPostgresSchemaUrl, type DialectName } from '../helpers/dialects.js';
import { scan } from '../helpers/scans.js';
import { waitFor } from '../helpers/wait.js';
import { shipmentWithEmailRecipient } from './email-shipment.js';
import { startLocalSmtp, type LocalSmtp } from './smtp-server.js';

function configFor(smtpUrl: string, overrides: Record<string, unknown> = {}) {
  return loadConfig(
    {},
    {
      ...overrides,
      'simulator.enabled': false,
      publicBaseUrl: 'https://track.example.com',
      'notify.smtp.url': smtpUrl,
      'notify.smtp.from': 'Test Shop <updates@shop.example>',
      'notify.digestWindowMs': 0,
      'notify.sender.pollIntervalMs': 50,
    },
  );
}

/** A delivered-parcel email for someone in Paris, rendered on whichever thread sends it. */
function sampleInput(): RenderInput {
  return {
    idempotencyKey: 'key-on-the-thread',
    recipient: {
      id: 'r1',
      tenantId: 't1',
      shipmentId: 's1',
      channel: 'email',
      address: 'someone@example.com',
      details: {},
      locale: 'fr',
      timeZone: 'Europe/Paris',
    },
    topics: [{ topic: 'delivered', event: DEFAULT_RULES.delivered.sample, at: '2026-11-26T13:00:00.000Z' }],
    facts: {
      branding: brandingFromSettings('Boutique', {}),
      carrierName: 'Simulator',
      trackingNumber: 'SIM123',
      trackingUrl: 'https://track.example.com/t/abc',
      estimate: null,
      lastEventAt: '2026-11-26T13:00:00.000Z',
      status: 'delivered',
      destination: { city: 'Paris', country: 'FR' },
      orderRef: null,
    },
    unsubscribeUrl: 'https://track.example.com/u/x',
    now: new Date('2026-11-26T13:05:00.000Z'),
    defaultLocale: 'en',
    fallbackZone: 'Europe/Paris',
  };
}

/** Collects a pino logger's lines. */
function capturedLogger() {
  const lines: { msg?: string; err?: { message?: string }; restartInMs?: number }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number]);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe.each(DIALECTS)('rendering and providers on a thread of their own (%s)', (dialect: DialectName) => {
  let smtp: LocalSmtp | undefined;
  let dir: string | undefined;
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await smtp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    smtp = undefined;
    dir = undefined;
  });

  async function storeUrl(): Promise<string> {
    if (dialect === 'postgres') return freshPostgresSchemaUrl();
    dir = mkdtempSync(join(tmpdir(), 'waybill-sender-thread-'));
    return `sqlite:${join(dir, 'store.db')}`;
  }

  it('sends what the dispatcher queues, and the attempt log records it', async () => {
    smtp = await startLocalSmtp();
    const url = await storeUrl();
    const store: Store = await openStore(url, { poolSize: 3 });
    closers.push(() => store.close());
    const config = configFor(smtp.url);
    const relay = new OutboxRelay(store, { pollIntervalMs: 20 });
    const pipeline = new IngestPipeline(store, { onCommitted: () => relay.wake() });
    const notifications = new Notifications(store, config, {
      logger: pino({ level: 'silent' }),
      databaseUrl: url,
    });
    expect(notifications.delivery).toBeInstanceOf(DeliveryThread);
    notifications.attach(relay);
    relay.start();
    notifications.start();
    closers.push(() => relay.stop());
    closers.push(() => notifications.stop());

    const now = new Date();
    const tenant = await createTenant(store.db, 'Test Shop', now);
    const count = 30;
    for (let i = 0; i < count; i += 1) {
      const trackingNumber = `SIMT${String(i).padStart(8, '0')}`;
      await shipmentWithEmailRecipient(store, {
        tenantId: tenant.id,
        trackingNumber,
        index: i,
        now,
        locale: 'de',
      });
      await pipeline.ingest([
        scan({
          tenantId: tenant.id,
          trackingNumber,
          status: 'out_for_delivery.on_vehicle',
          occurredAt: new Date().toISOString(),
        }),
      ]);
    }

    await waitFor(() => smtp!.mails.length >= count, 'every mail from the delivery thread', 30_000);
    const messages = () => store.db.selectFrom('notification_messages').select(['id', 'status']).execute();
    await waitFor(async () => {
      const all = await messages();
      return all.length === count && all.every((row) => row.status === 'sent');
    }, 'every message recorded as sent');
    const rows = await messages();
    const mailed = new Set(smtp.mails.map((mail) => mail.to && 'text' in mail.to && mail.to.text));
    expect(mailed.size).toBe(count);
    expect(new Set(smtp.mails.map((mail) => mail.subject))).toEqual(
      new Set(['Ihr Paket von Test Shop kommt heute']),
    );
    const attempts = await store.db
      .selectFrom('notification_attempts')
      .select(['message_id', 'outcome'])
      .execute();
    expect(new Set(attempts.filter((a) => a.outcome === 'sent').map((a) => a.message_id))).toEqual(
      new Set(rows.map((row) => row.id)),
    );
  }, 60_000);
});

describe('the delivery thread itself', () => {
  let dir: string | undefined;
  let smtp: LocalSmtp | undefined;
  afterEach(async () => {
    await smtp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
    smtp = undefined;
  });

  it('is started again, with growing delays, when it cannot start, and stops cleanly', async () => {
    dir = mkdtempSync(join(tmpdir(), 'waybill-delivery-thread-'));
    // A store the thread cannot open (its folder is a file): it dies at start, every time.
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, '');
    const { logger, lines } = capturedLogger();
    const thread = new DeliveryThread(
      {
        databaseUrl: `sqlite:${join(notAFolder, 'store.db')}`,
        config: configFor('smtp://127.0.0.1:1', { 'notify.sender.claimMs': 1000 }),
      },
      logger,
    );
    await expect(thread.send('email', sampleInput())).rejects.toThrow(/not running/); // not started
    thread.start();
    // Asked while the thread cannot come up: it waits for it, and fails when its claim would run out.
    const asked = Date.now();
    await expect(thread.send('email', sampleInput())).rejects.toThrow(
      'no answer from the delivery thread within 1000 ms',
    );
    expect(Date.now() - asked).toBeLessThan(5000);
    const restarts = () => lines.filter((line) => line.msg === 'delivery thread ended; starting it again');
    await waitFor(() => restarts().length >= 2, 'two restarts', 20_000);
    expect(lines.find((line) => line.msg === 'delivery thread crashed')?.err?.message).toMatch(
      /EEXIST|ENOTDIR/,
    );
    expect(
      restarts()
        .map((line) => line.restartInMs)
        .slice(0, 2),
    ).toEqual([500, 1000]);
    await thread.close();
    const after = restarts().length;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(restarts().length).toBe(after); // closed means no more restarts
  }, 30_000);

  it('says which channels are off without starting them, and renders and sends on the thread', async () => {
    smtp = await startLocalSmtp();
    dir = mkdtempSync(join(tmpdir(), 'waybill-delivery-thread-'));
    const url = `sqlite:${join(dir, 'store.db')}`;
    const store = await openStore(url);
    const thread = new DeliveryThread({ databaseUrl: url, config: configFor(smtp.url) });
    thread.start();
    try {
      expect(thread.offReason('email')).toBeUndefined();
      expect(thread.offReason('sms')).toMatch(/sms is off: TWILIO_ACCOUNT_SID/);
      const result = await thread.send('email', sampleInput());
      expect(result.ok).toBe(true);
      await waitFor(() => smtp!.mails.length === 1, 'the mail');
      const mail = smtp.mails[0]!;
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('someone@example.com');
      expect(mail.headers.get('content-language')).toBe('fr');
      expect(mail.messageId).toContain('key-on-the-thread');
      expect(mail.subject).toBe('Votre colis Boutique a été livré');
    } finally {
      await thread.close();
      await store.close();
    }
  }, 30_000);
});
