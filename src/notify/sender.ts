import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Store } from '../store/open-store.js';
import { findShipment } from '../store/repositories/shipments.js';
import type { Channel, ChannelId } from './channel.js';
import { BrandingCache, factsOf, shipmentZone, trackingPageUrl, unsubscribeUrl } from './facts.js';
import { claimDueMessages, finishClaims, type ClaimEnd, type QueuedMessage } from './queue.js';
import { quietUntil, type QuietHours } from './quiet-hours.js';
import { findRecipient, removeRecipient, unsubscribeTokenOf } from './recipients.js';
import { renderMessage } from './render.js';
import { isOptedOut } from './sms/opt-outs.js';

export interface SenderOptions {
  readonly publicBaseUrl: string;
  readonly defaultLocale: string;
  readonly quietHours: QuietHours & { readonly channels: readonly ChannelId[] };
  readonly pollIntervalMs: number;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly claimMs: number;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly clock?: () => Date;
  readonly logger?: Logger;
  /** Why a channel is missing (not configured…), for the attempt log. */
  readonly missingChannelReason?: (channel: ChannelId) => string;
}

/**
 * Sends queued messages: claims due rows, holds SMS and push back during the recipient's quiet
 * hours, renders, calls the channel, and logs every attempt. A failure that may pass is retried
 * with doubling delays; a crash mid-send leaves the claim to expire, and the message goes again
 * with the same idempotency key.
 */
export class NotificationSender {
  private readonly owner = randomUUID();
  private readonly clock: () => Date;
  private readonly branding = new BrandingCache();
  private timer: NodeJS.Timeout | undefined;
  private wakeTimer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly store: Store,
    private readonly channels: ReadonlyMap<ChannelId, Channel>,
    private readonly options: SenderOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    await this.pass;
  }

  /** Runs a round at `at` (the dispatcher knows when its messages fall due). */
  wakeAt(at: Date): void {
    const delay = at.getTime() - this.clock().getTime();
    if (delay <= 0) return this.wake();
    if (this.wakeTimer) return; // one pending wake is enough: the round sends everything due
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = undefined;
      this.wake();
    }, delay + 5);
    this.wakeTimer.unref();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.pass) {
      this.again = true;
      return;
    }
    this.pass = this.rounds()
      .catch((error: unknown) =>
        this.options.logger?.warn({ err: error, scope: 'notify' }, 'sender round failed'),
      )
      .finally(() => {
        this.pass = undefined;
      });
  }

  /** Sends everything due now; returns how many messages it handled. For tests and benches. */
  async drain(): Promise<number> {
    await this.pass;
    let total = 0;
    for (;;) {
      const handled = await this.round();
      total += handled;
      if (handled === 0) return total;
    }
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      while ((await this.round()) === this.options.batchSize && !this.stopped) {
        // A full batch: more may be due.
      }
    } while (this.again && !this.stopped);
  }

  private async round(): Promise<number> {
    const claimed = await claimDueMessages(
      this.store.db,
      this.store.caps,
      this.owner,
      this.clock(),
      this.options.claimMs,
      this.options.batchSize,
    );
    let next = 0;
    const ends: ClaimEnd[] = [];
    const worker = async () => {
      while (next < claimed.length) {
        const message = claimed[next++]!;
        try {
          ends.push(await this.sendOne(message));
        } catch (error) {
          // The claim runs out and the message is tried again; nothing is lost.
          this.options.logger?.warn({ err: error, scope: 'notify', messageId: message.id }, 'sending failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, claimed.length) }, worker));
    // Batches of at most a few hundred rows: one statement per row, one bulk insert, one commit.
    for (let i = 0; i < ends.length; i += 200)
      await finishClaims(this.store.db, this.owner, ends.slice(i, i + 200));
    return claimed.length;
  }

  private async sendOne(message: QueuedMessage): Promise<ClaimEnd> {
    const db = this.store.db;
    const now = this.clock();
    const finish = (next: ClaimEnd['next'], attempt: ClaimEnd['attempt']): ClaimEnd => ({
      message,
      next,
      attempt,
      at: this.clock(),
    });
    const skip = (error: string) =>
      finish({ status: 'skipped', countsAsAttempt: false }, { outcome: 'skipped', error });

    const recipient = await findRecipient(db, message.recipientId);
    if (!recipient) return skip('recipient removed (unsubscribed)');
    const channel = this.channels.get(message.channel);
    if (!channel)
      return skip(
        this.options.missingChannelReason?.(message.channel) ?? `channel ${message.channel} is off`,
      );
    if (message.channel === 'sms' && (await isOptedOut(db, recipient.address))) return skip('opted_out');
    const shipment = await findShipment(db, message.tenantId, message.shipmentId);
    if (!shipment) return skip('shipment removed');
    const zone = recipient.timeZone ?? shipmentZone(shipment);

    if (this.options.quietHours.channels.includes(message.channel)) {
      const until = quietUntil(now, zone, this.options.quietHours);
      if (until)
        return finish(
          { status: 'pending', dueAt: until.toISOString(), countsAsAttempt: false },
          { outcome: 'deferred', error: `quiet hours in ${zone} until ${until.toISOString()}` },
        );
    }

    const token = await unsubscribeTokenOf(db, recipient.id);
    const facts = factsOf(
      shipment,
      await this.branding.get(db, message.tenantId, now.getTime()),
      await trackingPageUrl(db, shipment.id, this.options.publicBaseUrl),
    );
    const rendered = renderMessage({
      idempotencyKey: message.idempotencyKey,
      recipient,
      topics: message.context.topics,
      facts,
      unsubscribeUrl: unsubscribeUrl(this.options.publicBaseUrl, token ?? ''),
      now,
      defaultLocale: this.options.defaultLocale,
      fallbackZone: zone,
    });
    const result = await channel.send(rendered);
    if (result.ok)
      return finish(
        { status: 'sent', countsAsAttempt: true },
        { outcome: 'sent', providerId: result.providerId },
      );
    if (result.gone) {
      await removeRecipient(db, recipient.id);
      return finish({ status: 'failed', countsAsAttempt: true }, { outcome: 'gone', error: result.error });
    }
    if (result.error.startsWith('opted_out'))
      return finish(
        { status: 'skipped', countsAsAttempt: true },
        { outcome: 'skipped', error: result.error },
      );
    const attempts = message.attempts + 1;
    if (result.retry && attempts < this.options.maxAttempts) {
      const delay = Math.min(this.options.retryMaxMs, this.options.retryBaseMs * 2 ** (attempts - 1));
      return finish(
        {
          status: 'pending',
          dueAt: new Date(this.clock().getTime() + delay).toISOString(),
          countsAsAttempt: true,
        },
        { outcome: 'retry', error: result.error },
      );
    }
    return finish({ status: 'failed', countsAsAttempt: true }, { outcome: 'failed', error: result.error });
  }
}
