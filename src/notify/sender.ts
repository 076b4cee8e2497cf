import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Shipment } from '../domain/shipment.js';
import type { Store } from '../store/open-store.js';
import { pageTokensOf, shipmentsById } from './batch-reads.js';
import type { ChannelId, Recipient } from './channel.js';
import { confirmedParcelIds, isConfirmation, orderLinksOf, type OrderLink } from './confirmation/parcels.js';
import type { Delivery } from './delivery.js';
import { BrandingCache, factsOf, shipmentZone, trackingPageUrl, unsubscribeUrl } from './facts.js';
import { notificationSends } from '../metrics/process-metrics.js';
import { claimDueMessages, finishClaims, type ClaimEnd, type QueuedMessage } from './queue.js';
import { quietUntil, type QuietHours } from './quiet-hours.js';
import { recipientsById, removeRecipient } from './recipients.js';
import { Slots } from './slots.js';
import { lastToldEstimates } from './told-reads.js';
import { toldBy, topicsForRecipient, type ToldEstimate } from './told.js';
import { optedOutAmong } from './sms/opt-outs.js';
import { orderPageUrl } from '../web/order-page-url.js';

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
}

/** A round's reads, made once before its messages go out. */
interface RoundFacts {
  readonly recipients: ReadonlyMap<string, { recipient: Recipient; unsubscribeToken: string }>;
  readonly optedOut: ReadonlySet<string>;
  readonly shipments: ReadonlyMap<string, Shipment>;
  readonly pageTokens: ReadonlyMap<string, string>;
  /** The orders of shipping confirmations' shipments, by shipment id. */
  readonly orders: ReadonlyMap<string, OrderLink>;
  /** The estimate each recipient was last told, for those whose messages report a move. */
  readonly told: Map<string, ToldEstimate>;
}

/**
 * Sends queued messages: claims due rows, holds SMS and push back during the recipient's quiet
 * hours, has the delivery render and send each, and logs every attempt. A failure that may pass is retried
 * with doubling delays; a crash mid-send leaves the claim to expire, and the message goes again
 * with the same idempotency key.
 */
export class NotificationSender {
  private readonly owner = randomUUID();
  private readonly clock: () => Date;
  private readonly branding = new BrandingCache();
  private readonly slots: Slots;
  /** Recipients this sender removed (push subscription gone): their later messages are skipped. */
  private readonly removed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private wakeTimer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly store: Store,
    private readonly delivery: Delivery,
    private readonly options: SenderOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.slots = new Slots(options.concurrency);
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
      const claimed = await this.claim();
      if (claimed.length === 0) return total;
      await this.startRound(claimed).finished;
      total += claimed.length;
    }
  }

  /**
   * Rounds one after the other, overlapping a little: the next batch is claimed as soon as every
   * message of the current one has a worker, while its last sends (a slow SMTP answer) are still
   * under way. Two rounds at most are in flight, and `concurrency` bounds their sends together.
   */
  private async rounds(): Promise<void> {
    let previous: Promise<void> = Promise.resolve();
    try {
      do {
        this.again = false;
        for (;;) {
          const claimed = await this.claim();
          if (claimed.length === 0) break;
          const round = this.startRound(claimed);
          await round.taken;
          await previous;
          previous = round.finished;
          if (claimed.length < this.options.batchSize || this.stopped) break; // nothing more due
        }
      } while (this.again && !this.stopped);
    } finally {
      await previous;
    }
  }

  private claim(): Promise<QueuedMessage[]> {
    return claimDueMessages(
      this.store.db,
      this.store.caps,
      this.owner,
      this.clock(),
      this.options.claimMs,
      this.options.batchSize,
    );
  }

  /**
   * Sends one claimed batch and commits its results together. `taken` resolves once every message
   * has a worker, `finished` once all results are committed. `finished` never rejects: a failure
   * is logged, and the claims run out and the messages go again; nothing is lost.
   */
  private startRound(claimed: readonly QueuedMessage[]): { taken: Promise<void>; finished: Promise<void> } {
    let allTaken!: () => void;
    const taken = new Promise<void>((resolve) => (allTaken = resolve));
    const send = async () => {
      const facts = await this.roundFacts(claimed);
      let next = 0;
      const ends: ClaimEnd[] = [];
      const worker = async () => {
        while (next < claimed.length) {
          const message = claimed[next++]!;
          if (next === claimed.length) allTaken();
          try {
            ends.push(await this.slots.use(() => this.sendOne(message, facts)));
          } catch (error) {
            // The claim runs out and the message is tried again; nothing is lost.
            this.options.logger?.warn(
              { err: error, scope: 'notify', messageId: message.id },
              'sending failed',
            );
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.options.concurrency, claimed.length) }, worker));
      // Chunks of 200 results: one update, one insert and one commit each.
      for (let i = 0; i < ends.length; i += 200) {
        const chunk = ends.slice(i, i + 200);
        await finishClaims(this.store.db, this.owner, chunk);
        for (const end of chunk)
          notificationSends.inc({ channel: end.message.channel, outcome: end.attempt.outcome });
      }
    };
    const finished = send()
      .catch((error: unknown) =>
        this.options.logger?.warn({ err: error, scope: 'notify' }, 'sender round failed'),
      )
      .finally(allTaken);
    return { taken, finished };
  }

  /** What the round's messages need from the database: one read per table, not per message. */
  private async roundFacts(claimed: readonly QueuedMessage[]): Promise<RoundFacts> {
    const db = this.store.db;
    const recipients = await recipientsById(
      db,
      claimed.map((m) => m.recipientId),
    );
    const phones = [...recipients.values()]
      .filter(({ recipient }) => recipient.channel === 'sms')
      .map(({ recipient }) => recipient.address);
    const shipmentIds = claimed.map((m) => m.shipmentId);
    // A shipping confirmation lists its order's parcels of the day: their shipments are read too.
    const confirmations = claimed.filter((m) => isConfirmation(m.context.topics));
    const parcelIds = confirmations.flatMap((m) => confirmedParcelIds(m.context.topics));
    return {
      recipients,
      optedOut: await optedOutAmong(db, phones),
      shipments: await shipmentsById(db, [...shipmentIds, ...parcelIds]),
      pageTokens: await pageTokensOf(db, shipmentIds),
      orders:
        confirmations.length > 0
          ? await orderLinksOf(
              db,
              confirmations.map((m) => m.shipmentId),
            )
          : new Map(),
      told: await lastToldEstimates(
        db,
        claimed
          .filter((m) => m.context.topics.some((fired) => fired.topic === 'estimate_moved'))
          .map((m) => m.recipientId),
      ),
    };
  }

  private async sendOne(message: QueuedMessage, round: RoundFacts): Promise<ClaimEnd> {
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

    const found = round.recipients.get(message.recipientId);
    if (!found || this.removed.has(message.recipientId)) return skip('recipient removed (unsubscribed)');
    const { recipient, unsubscribeToken } = found;
    const off = this.delivery.offReason(message.channel);
    if (off) return skip(off);
    if (message.channel === 'sms' && round.optedOut.has(recipient.address)) return skip('opted_out');
    const shipment = round.shipments.get(message.shipmentId);
    if (shipment?.tenantId !== message.tenantId) return skip('shipment removed');
    const zone = recipient.timeZone ?? shipmentZone(shipment);

    if (this.options.quietHours.channels.includes(message.channel)) {
      const until = quietUntil(now, zone, this.options.quietHours);
      if (until)
        return finish(
          { status: 'pending', dueAt: until.toISOString(), countsAsAttempt: false },
          { outcome: 'deferred', error: `quiet hours in ${zone} until ${until.toISOString()}` },
        );
    }

    const topics = topicsForRecipient(
      message.context.topics,
      round.told.get(recipient.id) ?? null,
      shipment.estimate,
    );
    if (topics.length === 0)
      return skip(
        round.told.has(recipient.id)
          ? 'the estimate is back where this recipient was last told it was'
          : 'the estimate moved before this recipient was told one',
      );
    const branding = await this.branding.get(db, message.tenantId, now.getTime());
    // A shipping confirmation links to its order's page, which shows every parcel of the order.
    const order = isConfirmation(topics) ? round.orders.get(shipment.id) : undefined;
    const trackingUrl = order
      ? orderPageUrl(this.options.publicBaseUrl, order.pageToken)
      : await trackingPageUrl(db, shipment.id, this.options.publicBaseUrl, round.pageTokens.get(shipment.id));
    const confirmation = order && {
      orderNumber: order.orderNumber,
      parcels: confirmedParcelIds(topics).flatMap((id) => {
        const parcel = round.shipments.get(id);
        return parcel?.tenantId === message.tenantId
          ? [{ ...factsOf(parcel, branding, trackingUrl), orderRef: order.orderNumber }]
          : [];
      }),
    };
    const facts = confirmation?.parcels[0] ?? factsOf(shipment, branding, trackingUrl);
    const result = await this.delivery.send(message.channel, {
      idempotencyKey: message.idempotencyKey,
      recipient,
      topics,
      facts,
      unsubscribeUrl: unsubscribeUrl(this.options.publicBaseUrl, unsubscribeToken),
      now,
      defaultLocale: this.options.defaultLocale,
      fallbackZone: zone,
      confirmation: confirmation && confirmation.parcels.length > 0 ? confirmation : undefined,
    });
    if (result.ok) {
      const told = toldBy(topics, facts.estimate);
      if (told) round.told.set(recipient.id, told);
      return finish(
        { status: 'sent', countsAsAttempt: true, context: { ...message.context, told } },
        { outcome: 'sent', providerId: result.providerId },
      );
    }
    if (result.gone) {
      await removeRecipient(db, recipient.id);
      if (this.removed.size >= 10_000) this.removed.clear(); // a reminder, not the record: the row is gone
      this.removed.add(recipient.id);
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
