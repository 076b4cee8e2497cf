import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Agent } from 'undici';
import type { Static } from 'typebox';
import type { WebhooksConfig } from '../../config/sections/webhooks.js';
import type { Store } from '../../store/open-store.js';
import type { Database } from '../../store/schema.js';
import { retryOnConflict } from '../../store/retry.js';
import { claimDueDeliveries, recordAttempt, type ClaimedDelivery } from './delivery-store.js';
import { noteDeadLetter, noteDelivered } from './endpoint-health.js';
import { guardedAgent } from './guarded-agent.js';
import { postWebhook, type PostOutcome } from './post-webhook.js';
import { nextAttemptAt, retryAfterMs } from './retry-policy.js';

export type WebhooksSettings = Static<typeof WebhooksConfig>;

interface PendingResult {
  readonly write: (trx: Transaction<Database>) => Promise<boolean>;
  readonly resolve: (disabled: boolean) => void;
  readonly reject: (error: unknown) => void;
}

export interface WebhookSenderOptions {
  readonly clock?: () => Date;
  readonly logger?: Logger;
  readonly random?: () => number;
  /** Wakes the outbox relay after a `webhook_endpoint.disabled` message commits. */
  readonly onCommitted?: () => void;
}

/**
 * Sends due deliveries: claims them (a lease in the row, so a crash only delays them), signs and
 * POSTs each through the SSRF-guarded agent, logs every attempt, and schedules the next one with
 * back-off until the retry window is spent, when the message is dead-lettered.
 */
export class WebhookSender {
  private readonly token = randomUUID();
  private readonly clock: () => Date;
  private readonly agent: Agent;
  private readonly abort = new AbortController();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | undefined;
  private readonly results: PendingResult[] = [];
  private flushing: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly store: Store,
    private readonly settings: WebhooksSettings,
    private readonly options: WebhookSenderOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.agent = guardedAgent(
      { allowPrivate: settings.allowPrivateDestinations, allowed: settings.allowedDestinations },
      { connectTimeoutMs: Math.min(settings.requestTimeoutMs, 10_000) },
    );
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.settings.pollIntervalMs);
    this.timer.unref();
    this.wake();
  }

  /** Stops claiming, aborts requests in flight (their deliveries stay due) and closes sockets. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.abort.abort();
    await this.pumping;
    await Promise.allSettled([...this.inFlight]);
    await this.agent.close();
  }

  /** Looks for due deliveries now (the fan-out calls it after inserting some). */
  wake(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump()
      .catch((error: unknown) =>
        this.options.logger?.warn({ err: error, scope: 'webhooks' }, 'claiming failed'),
      )
      .finally(() => {
        this.pumping = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Until nothing is due or the concurrency is used up: claim, send in the background. */
  private async pump(): Promise<void> {
    while (!this.stopped) {
      const room = this.settings.concurrency - this.inFlight.size;
      if (room <= 0) return;
      const claimed = await claimDueDeliveries(this.store.db, this.store.caps, {
        now: this.clock(),
        limit: Math.min(room, this.settings.batchSize),
        claimMs: this.settings.claimMs,
        token: this.token,
      });
      for (const delivery of claimed) {
        const running: Promise<void> = this.deliver(delivery)
          .catch((error: unknown) =>
            this.options.logger?.warn(
              { err: error, scope: 'webhooks', delivery: delivery.row.id },
              'recording a webhook attempt failed; the delivery falls due again when its claim ends',
            ),
          )
          .finally(() => {
            this.inFlight.delete(running);
            // Refill once half the slots are free, rather than one claim query per answer.
            if (this.inFlight.size <= this.settings.concurrency / 2) this.wake();
          });
        this.inFlight.add(running);
      }
      if (claimed.length === 0) return;
    }
  }

  private async deliver(claimed: ClaimedDelivery): Promise<void> {
    const { row } = claimed;
    const startedAt = this.clock();
    const t0 = performance.now();
    const outcome = await postWebhook(
      this.agent,
      { url: claimed.url, secret: claimed.secret, webhookId: row.webhook_id, body: row.body },
      { timeoutMs: this.settings.requestTimeoutMs, now: startedAt, signal: this.abort.signal },
    );
    const durationMs = performance.now() - t0;
    const now = this.clock();
    const verdict = this.judge(outcome, row.attempts + 1, now, new Date(row.window_started_at));
    const disabled = await this.record(async (trx) => {
      const recorded = await recordAttempt(
        trx,
        row,
        this.token,
        {
          statusCode: outcome.kind === 'answered' ? outcome.statusCode : null,
          error: verdict.error,
          startedAt,
          durationMs,
          outcome:
            outcome.kind === 'refused' ? 'refused' : verdict.state === 'pending' ? 'retry' : verdict.state,
        },
        { state: verdict.state, nextAttemptAt: verdict.nextAttemptAt },
        now,
      );
      if (!recorded) return false;
      if (verdict.state === 'delivered') await noteDelivered(trx, row.endpoint_id);
      if (verdict.state !== 'dead') return false;
      const health = await noteDeadLetter(
        this.store,
        trx,
        {
          tenantId: row.tenant_id,
          endpointId: row.endpoint_id,
          threshold: this.settings.disableAfterDeadLetters,
          gone: verdict.gone,
          reason: verdict.error ?? 'failed',
        },
        now,
      );
      return health.disabled;
    });
    if (disabled) {
      this.options.logger?.warn(
        { scope: 'webhooks', tenantId: row.tenant_id, endpointId: row.endpoint_id },
        'webhook endpoint disabled after persistent failure; the merchant is told by a webhook_endpoint.disabled event',
      );
      this.options.onCommitted?.();
    }
  }

  /**
   * Group commit: results that finish while a write is under way share the next transaction, so
   * a busy sender pays one durable commit (an fsync on SQLite) per batch, not per message. If the
   * transaction fails, every result in it is lost together and those deliveries fall due again
   * when their claims end (a repeat with the same webhook-id, never a gap).
   */
  private record(write: (trx: Transaction<Database>) => Promise<boolean>): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.results.push({ write, resolve, reject });
      this.flushResults();
    });
  }

  private flushResults(): void {
    if (this.flushing) return;
    this.flushing = (async () => {
      while (this.results.length > 0) {
        const batch = this.results.splice(0, 100);
        try {
          const written = await retryOnConflict(() =>
            this.store.db.transaction().execute(async (trx) => {
              const out: boolean[] = [];
              for (const result of batch) out.push(await result.write(trx));
              return out;
            }),
          );
          batch.forEach((result, i) => result.resolve(written[i] ?? false));
        } catch (error) {
          for (const result of batch) result.reject(error);
        }
      }
    })().finally(() => {
      this.flushing = undefined;
    });
  }

  private judge(
    outcome: PostOutcome,
    attempt: number,
    now: Date,
    windowStartedAt: Date,
  ): {
    state: 'pending' | 'delivered' | 'dead';
    nextAttemptAt: Date | null;
    error: string | null;
    gone: boolean;
  } {
    if (outcome.kind === 'answered' && outcome.statusCode >= 200 && outcome.statusCode < 300)
      return { state: 'delivered', nextAttemptAt: null, error: null, gone: false };
    const error = outcome.kind === 'answered' ? `the endpoint answered ${outcome.statusCode}` : outcome.error;
    // 410 Gone is the receiver saying "stop sending here" (Standard Webhooks): no retries.
    if (outcome.kind === 'answered' && outcome.statusCode === 410)
      return { state: 'dead', nextAttemptAt: null, error, gone: true };
    // Stopping aborts requests in flight; those are due again at once in whichever process runs next.
    if (this.stopped && outcome.kind === 'failed')
      return { state: 'pending', nextAttemptAt: now, error: 'the sender stopped mid-request', gone: false };
    const next = nextAttemptAt({
      attempt,
      now,
      windowStartedAt,
      retryAfterMs: outcome.kind === 'answered' ? retryAfterMs(outcome.retryAfter, now) : undefined,
      settings: this.settings.retry,
      ...(this.options.random ? { random: this.options.random } : {}),
    });
    return next === null
      ? { state: 'dead', nextAttemptAt: null, error, gone: false }
      : { state: 'pending', nextAttemptAt: next, error, gone: false };
  }
}
