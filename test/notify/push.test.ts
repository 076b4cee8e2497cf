import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { RenderedMessage, Recipient } from '../../src/notify/channel.js';
import { PushChannel } from '../../src/notify/push/push-channel.js';
import { subscribePush } from '../../src/notify/push/subscribe.js';
import { vapidKeys, vapidPublicKey } from '../../src/notify/push/vapid-keys.js';
import { recipientsFor } from '../../src/notify/recipients.js';
import { openStore } from '../../src/store/open-store.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS, freshStore } from '../helpers/dialects.js';
import { browserSubscription, LocalPushService, PUSH_SERVICE_CA } from './push-service.js';

const settings = (overrides: Record<string, unknown> = {}) =>
  loadConfig(
    {},
    { 'push.allowedDestinations': ['127.0.0.1'], 'push.subject': 'mailto:ops@shop.test', ...overrides },
  ).push;

function message(recipient: Recipient, eventType: string, topics: string[]): RenderedMessage {
  return {
    idempotencyKey: `key-${eventType}`,
    recipient,
    subject: 'Your parcel',
    text: 'Delivered to your door',
    eventType,
    data: {
      title: 'Delivered',
      body: 'Your parcel was delivered at 10:02.',
      url: 'https://track.shop.test/t/abc',
      tag: 'waybill-WB123',
      topics,
    },
  };
}

function decodeJwtPart(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** Checks an ES256 JWT against the raw (uncompressed point) VAPID public key. */
function jwtVerifies(jwt: string, publicKey: string): boolean {
  const raw = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const [header, claims, signature] = jwt.split('.') as [string, string, string];
  return verify(
    'sha256',
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
}

describe.each(DIALECTS)('web push on %s', (dialect) => {
  let t: TestApp | undefined;
  let service: LocalPushService | undefined;
  let channel: PushChannel | undefined;
  afterEach(async () => {
    channel?.close();
    await service?.stop();
    await t?.close();
    t = service = channel = undefined;
  });

  const setUp = async (pushOverrides: Record<string, unknown> = {}) => {
    t = await testApp(dialect);
    service = new LocalPushService();
    const port = await service.start();
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      payload: { trackingNumber: 'WBPUSH0001', carrier: 'custom' },
      headers: t.auth,
    });
    const shipmentId = res.json<{ id: string }>().id;
    channel = new PushChannel(t.store, settings(pushOverrides), { ca: PUSH_SERVICE_CA });
    return { t, service, channel, port, shipmentId };
  };

  it('keeps one VAPID key pair, even when two processes make it at once, and serves the public key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waybill-vapid-'));
    const one = await freshStore(dialect, { sqliteFile: join(dir, 'waybill.db') });
    // A second handle on the same database stands for a second process starting at the same time.
    const two = await openStore(one.url, { migrate: false });
    try {
      const [a, b] = await Promise.all([vapidKeys(one), vapidKeys(two)]);
      expect(a).toEqual(b);
      expect(Buffer.from(a.publicKey, 'base64url')).toHaveLength(65);
      expect(await vapidPublicKey(two)).toBe(a.publicKey);
    } finally {
      await two.close();
      await one.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
    const { t } = await setUp();
    const res = await t.app.inject('/push/vapid-public-key');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ publicKey: await vapidPublicKey(t.store) });
    // Kept: asking again gives the same key.
    expect((await t.app.inject('/push/vapid-public-key')).json()).toEqual(res.json());
  });

  it('sends an encrypted, VAPID-signed push with TTL, high urgency and the shipment topic for a delivery', async () => {
    const { t, service, channel, port, shipmentId } = await setUp({ 'push.ttlSeconds': 3600 });
    const browser = browserSubscription(`https://127.0.0.1:${port}/push/sub-1`);
    const recipient = await subscribePush(
      t.store.db,
      {
        tenantId: t.tenantId,
        shipmentId,
        subscription: browser.subscription,
        locale: 'en',
        timeZone: 'Europe/Berlin',
      },
      new Date(),
    );
    const result = await channel.send(message(recipient, 'delivered', ['delivered']));
    expect(result).toEqual({ ok: true, providerId: 'https://127.0.0.1/messages/1' });

    const [request] = service.requests;
    expect(request!.path).toBe('/push/sub-1');
    expect(request!.headers).toMatchObject({
      ttl: '3600',
      urgency: 'high',
      topic: shipmentId,
      'content-encoding': 'aes128gcm',
      'content-type': 'application/octet-stream',
    });
    const authorization = String(request!.headers.authorization);
    const match = /^vapid t=([^,]+), k=(.+)$/.exec(authorization);
    expect(match, authorization).not.toBeNull();
    const [, jwt, k] = match as unknown as [string, string, string];
    expect(k).toBe(await vapidPublicKey(t.store));
    expect(jwtVerifies(jwt, k)).toBe(true);
    expect(decodeJwtPart(jwt.split('.')[1]!)).toMatchObject({
      aud: `https://127.0.0.1:${port}`,
      sub: 'mailto:ops@shop.test',
    });
    // Only the browser's keys open it.
    expect(JSON.parse(browser.decrypt(request!.body).toString('utf8'))).toEqual({
      title: 'Delivered',
      body: 'Your parcel was delivered at 10:02.',
      url: 'https://track.shop.test/t/abc',
      tag: 'waybill-WB123',
    });
  });

  it('marks out-for-delivery high and other news normal', async () => {
    const { t, service, channel, port, shipmentId } = await setUp();
    const browser = browserSubscription(`https://127.0.0.1:${port}/push/sub-2`);
    const recipient = await subscribePush(
      t.store.db,
      { tenantId: t.tenantId, shipmentId, subscription: browser.subscription, locale: 'en', timeZone: null },
      new Date(),
    );
    await channel.send(message(recipient, 'status.changed', ['out_for_delivery']));
    await channel.send(message(recipient, 'status.changed', ['shipped']));
    expect(service.requests.map((r) => [r.headers.urgency, r.headers.topic, r.headers.ttl])).toEqual([
      ['high', shipmentId, '86400'],
      ['normal', shipmentId, '86400'],
    ]);
  });

  it.each([
    [410, { ok: false, retry: false, gone: true }],
    [404, { ok: false, retry: false, gone: true }],
    [429, { ok: false, retry: true }],
    [503, { ok: false, retry: true }],
    [413, { ok: false, retry: false }],
  ])('answers %i from the push service with %o', async (status, expected) => {
    const { t, service, channel, port, shipmentId } = await setUp();
    service.answer = () => status;
    const browser = browserSubscription(`https://127.0.0.1:${port}/push/sub-3`);
    const recipient = await subscribePush(
      t.store.db,
      { tenantId: t.tenantId, shipmentId, subscription: browser.subscription, locale: 'en', timeZone: null },
      new Date(),
    );
    const result = await channel.send(message(recipient, 'delivered', ['delivered']));
    expect(result).toMatchObject({ ...expected, error: expect.stringContaining(String(status)) });
    if (!('gone' in expected)) expect(result).not.toHaveProperty('gone');
  });

  it('refuses push endpoints on private addresses unless allowed, without contacting them', async () => {
    const { t, service, shipmentId, port } = await setUp();
    const guarded = new PushChannel(t.store, settings({ 'push.allowedDestinations': [] }), {
      ca: PUSH_SERVICE_CA,
    });
    try {
      for (const endpoint of [`https://127.0.0.1:${port}/push/x`, `https://localhost:${port}/push/y`]) {
        const browser = browserSubscription(endpoint);
        const recipient = await subscribePush(
          t.store.db,
          {
            tenantId: t.tenantId,
            shipmentId,
            subscription: browser.subscription,
            locale: 'en',
            timeZone: null,
          },
          new Date(),
        );
        const result = await guarded.send(message(recipient, 'delivered', ['delivered']));
        expect(result).toMatchObject({
          ok: false,
          gone: true,
          error: expect.stringMatching(/refused.*loopback/),
        });
      }
      expect(service.requests).toEqual([]);
    } finally {
      guarded.close();
    }
  });

  it('subscribes a browser once per endpoint and refuses what no browser would send', async () => {
    const { t, port, shipmentId } = await setUp();
    const browser = browserSubscription(`https://127.0.0.1:${port}/push/sub-4`);
    const input = {
      tenantId: t.tenantId,
      shipmentId,
      subscription: browser.subscription,
      locale: 'de',
      timeZone: null,
    };
    const first = await subscribePush(t.store.db, input, new Date());
    const again = await subscribePush(t.store.db, { ...input, locale: 'fr' }, new Date());
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({
      channel: 'push',
      address: browser.subscription.endpoint,
      details: { keys: browser.subscription.keys },
    });
    expect((await recipientsFor(t.store.db, shipmentId)).map((r) => r.locale)).toEqual(['fr']);

    const bad = {
      ...browser.subscription,
      endpoint: 'http://push.example/x',
      keys: { p256dh: 'abc', auth: 'short' },
    };
    await expect(
      subscribePush(t.store.db, { ...input, subscription: bad }, new Date()),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      problems: [
        { field: 'subscription.endpoint', message: expect.stringContaining('https') },
        { field: 'subscription.keys.p256dh', message: expect.any(String) },
        { field: 'subscription.keys.auth', message: expect.any(String) },
      ],
    });
    expect(await recipientsFor(t.store.db, shipmentId)).toHaveLength(1);
  });
});
