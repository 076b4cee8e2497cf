import { Agent as HttpsAgent } from 'node:https';
import type { Static } from 'typebox';
import webpush, { WebPushError } from 'web-push';
import type { PushConfig } from '../../config/sections/push.js';
import type { Store } from '../../store/open-store.js';
import type { Channel, RenderedMessage, SendResult } from '../channel.js';
import { checkLiteralHost, guardedLookup, isDestinationRefused } from '../webhooks/guarded-lookup.js';
import { pushPayload, topicOf, urgencyOf } from './push-options.js';
import { vapidKeys } from './vapid-keys.js';

export type PushSettings = Static<typeof PushConfig>;

export interface PushChannelOptions {
  /** Extra trusted certificates (PEM): a local push service in tests. */
  readonly ca?: string | Buffer;
}

/**
 * Web push (RFC 8030/8291/8292) through the `web-push` package: the payload encrypted to the
 * browser's keys, signed with the installation's VAPID key, and sent with TTL, Urgency and a
 * per-shipment Topic. The push endpoint comes from an anonymous browser, so the request goes
 * through the SSRF guard on connect like merchant webhooks do.
 */
export class PushChannel implements Channel {
  readonly id = 'push' as const;
  private readonly agent: HttpsAgent;
  private readonly policy;

  constructor(
    private readonly store: Pick<Store, 'db'>,
    private readonly settings: PushSettings,
    options: PushChannelOptions = {},
  ) {
    this.policy = { allowPrivate: settings.allowPrivateDestinations, allowed: settings.allowedDestinations };
    this.agent = new HttpsAgent({
      keepAlive: true,
      lookup: guardedLookup(this.policy),
      ...(options.ca === undefined ? {} : { ca: options.ca }),
    });
  }

  async send(message: RenderedMessage): Promise<SendResult> {
    const { recipient } = message;
    const keys = (recipient.details['keys'] ?? {}) as { p256dh?: unknown; auth?: unknown };
    if (typeof keys.p256dh !== 'string' || typeof keys.auth !== 'string')
      return { ok: false, retry: false, gone: true, error: 'the subscription has no keys' };
    let host: string;
    try {
      host = new URL(recipient.address).hostname;
    } catch {
      return { ok: false, retry: false, gone: true, error: 'the subscription endpoint is not a URL' };
    }
    // A literal IP never reaches the guarded DNS lookup, so it is judged here.
    const literal = checkLiteralHost(this.policy, host);
    if (!literal.ok)
      return { ok: false, retry: false, gone: true, error: `push endpoint refused: ${literal.reason}` };
    const vapid = await vapidKeys(this.store);
    try {
      const response = await webpush.sendNotification(
        { endpoint: recipient.address, keys: { p256dh: keys.p256dh, auth: keys.auth } },
        pushPayload(message),
        {
          TTL: this.settings.ttlSeconds,
          urgency: urgencyOf(message),
          topic: topicOf(recipient.shipmentId),
          contentEncoding: 'aes128gcm',
          timeout: this.settings.requestTimeoutMs,
          agent: this.agent,
          vapidDetails: {
            subject: this.settings.subject,
            publicKey: vapid.publicKey,
            privateKey: vapid.privateKey,
          },
        },
      );
      // The push service names the message resource it created (RFC 8030 §5).
      const location = response.headers['location'];
      return { ok: true, providerId: typeof location === 'string' ? location : null };
    } catch (error) {
      return failure(error);
    }
  }

  close(): void {
    this.agent.destroy();
  }
}

function failure(error: unknown): SendResult {
  if (isDestinationRefused(error))
    return {
      ok: false,
      retry: false,
      gone: true,
      error: `push endpoint refused: ${(error as Error).message}`,
    };
  if (error instanceof WebPushError) {
    const status = error.statusCode;
    const said = `the push service answered ${status}${error.body ? `: ${String(error.body).slice(0, 200)}` : ''}`;
    // 404/410: the browser unsubscribed or the subscription expired; it never comes back.
    if (status === 404 || status === 410) return { ok: false, retry: false, gone: true, error: said };
    // 429 and 5xx pass; 400 (malformed), 403 (VAPID mismatch) and 413 (too large) would fail again.
    return { ok: false, retry: status === 429 || status >= 500, error: said };
  }
  return { ok: false, retry: true, error: (error as Error)?.message ?? String(error) };
}
