import { randomUUID } from 'node:crypto';
import type { CarrierAdapter, ParseResult, TrackingClient } from '../../carriers/carrier.js';
import { CarrierRequestError } from '../../carriers/carrier.js';
import type { PollingSettings } from '../../config/sections/carriers.js';
import type { Store } from '../../store/open-store.js';
import { ingestCarrierResult } from '../carrier-ingest.js';
import type { IngestPipeline } from '../pipeline.js';
import { CircuitBreaker, type BreakerState } from './circuit-breaker.js';
import { claimDue, completePolls, syncPollRows, type PollOutcome, type PollRow } from './claims.js';
import { configuredCarriers } from './configured-carriers.js';
import { carrierRequestDuration } from '../../metrics/process-metrics.js';
import { recordBreakerState, recordRequest } from './health.js';
import { answersByNumber } from './poll-answer.js';
import { pollOutcomes } from './poll-outcomes.js';
import { retryDelayMs, type PollSchedule } from './poll-interval.js';
import { TokenBucket } from './token-bucket.js';

export interface PollerOptions {
  readonly store: Store;
  readonly pipeline: IngestPipeline;
  /** The adapter map (the registry in `serve`, fakes in tests). */
  readonly adapters: Readonly<Record<string, CarrierAdapter>>;
  /** `carriers.accounts`. */
  readonly accounts: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly settings: PollingSettings;
  readonly clock?: () => Date;
  /** In [0, 1): jitter source. */
  readonly random?: () => number;
  readonly fetch?: typeof fetch;
  /** Names this worker's claims; unique per process. */
  readonly worker?: string;
  readonly onError?: (error: unknown, carrier: string) => void;
  /** Every finished request, for logs and tests. */
  readonly onRequest?: (report: PollRequestReport) => void;
}

export interface PollRequestReport {
  readonly carrier: string;
  readonly numbers: readonly string[];
  readonly ok: boolean;
  readonly errorKind?: CarrierRequestError['kind'] | 'unexpected' | undefined;
  readonly breaker: BreakerState;
}

/** Live state of one carrier in this worker. */
export interface CarrierRuntime {
  readonly id: string;
  readonly adapter: CarrierAdapter;
  readonly client: TrackingClient;
  readonly bucket: TokenBucket;
  readonly breaker: CircuitBreaker;
  inFlight: number;
  /** Failed requests in a row, of any kind: drives the retry back-off. */
  consecutiveErrors: number;
}

/** How far back each incremental sync looks: covers registrations committed late. */
const SYNC_OVERLAP_MS = 10 * 60_000;
const FULL_SYNC_EVERY_MS = 60 * 60_000;

/**
 * Asks pull-capable carriers about the numbers that are due. Each tick: make poll rows for new
 * registrations, then per carrier claim what the rate limit, the concurrency cap and the
 * breaker allow, ask in batches, ingest the answers and reschedule every number.
 */
export class Poller {
  readonly carriers: ReadonlyMap<string, CarrierRuntime>;
  readonly worker: string;
  readonly #clock: () => Date;
  readonly #random: () => number;
  readonly #schedule: PollSchedule;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;
  #lastSyncAt: number | undefined;
  #lastFullSyncAt: number | undefined;

  constructor(private readonly options: PollerOptions) {
    this.#clock = options.clock ?? (() => new Date());
    this.#random = options.random ?? Math.random;
    this.worker = options.worker ?? `poller-${randomUUID()}`;
    const s = options.settings;
    this.#schedule = {
      outForDeliveryMs: s.outForDeliveryMinutes * 60_000,
      inTransitMs: s.inTransitMinutes * 60_000,
      preTransitMs: s.preTransitMinutes * 60_000,
      maxBackoffFactor: s.maxBackoffFactor,
      maxIntervalMs: s.maxIntervalMinutes * 60_000,
      deliveredGraceMs: s.deliveredGraceHours * 3_600_000,
      notFoundExpiryMs: s.notFoundExpiryDays * 86_400_000,
      jitter: s.jitter,
    };
    const carriers = new Map<string, CarrierRuntime>();
    for (const { adapter, settings, pollable } of configuredCarriers(options.adapters, options.accounts)) {
      if (!pollable || !adapter.createClient) continue;
      const { capabilities, id } = adapter.manifest;
      const client = adapter.createClient(settings, {
        fetch: options.fetch ?? globalThis.fetch,
        clock: this.#clock,
      });
      carriers.set(id, {
        id,
        adapter,
        client,
        bucket: new TokenBucket(options.store, {
          name: `carrier:${id}`,
          ratePerSecond: capabilities.ratePerSecond,
          burst: Math.max(1, capabilities.burst),
          clock: this.#clock,
        }),
        breaker: new CircuitBreaker({
          failureThreshold: s.breakerFailures,
          cooldownMs: s.breakerCooldownSeconds * 1000,
          clock: this.#clock,
          onChange: (state) => {
            // Best effort: the next request report writes it too.
            recordBreakerState(options.store.db, id, state, this.#clock()).catch(() => undefined);
          },
        }),
        inFlight: 0,
        consecutiveErrors: 0,
      });
    }
    this.carriers = carriers;
  }

  /** Whether there is anything to poll at all. */
  get active(): boolean {
    return this.carriers.size > 0;
  }

  start(): void {
    if (!this.#stopped || !this.active) return;
    this.#stopped = false;
    const loop = async () => {
      if (this.#stopped) return;
      this.#running = this.tick().catch((error: unknown) => this.options.onError?.(error, '*'));
      await this.#running;
      if (!this.#stopped) this.#timer = setTimeout(loop, this.options.settings.tickMilliseconds);
    };
    void loop();
  }

  /** Stops claiming; waits for requests in flight. Their claims are completed or lapse. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }

  /** One pass over every carrier. Exposed so tests can drive the poller step by step. */
  async tick(): Promise<void> {
    await this.#sync();
    await Promise.all([...this.carriers.values()].map((carrier) => this.#pollCarrier(carrier)));
  }

  async #sync(): Promise<void> {
    const now = this.#clock();
    const ms = now.getTime();
    const full = this.#lastFullSyncAt === undefined || ms - this.#lastFullSyncAt >= FULL_SYNC_EVERY_MS;
    const since = full ? '' : new Date((this.#lastSyncAt ?? ms) - SYNC_OVERLAP_MS).toISOString();
    await syncPollRows(this.options.store, { carriers: [...this.carriers.keys()], since, now });
    this.#lastSyncAt = ms;
    if (full) this.#lastFullSyncAt = ms;
  }

  async #pollCarrier(carrier: CarrierRuntime): Promise<void> {
    const { capabilities } = carrier.adapter.manifest;
    const state = carrier.breaker.state();
    if (state === 'open') return;
    const slots = Math.max(0, capabilities.concurrency - carrier.inFlight);
    // Half-open: a single trial request decides.
    const requests = Math.min(
      state === 'half_open' ? 1 : slots,
      Math.floor(await carrier.bucket.tokens()),
      slots,
    );
    if (requests <= 0) return;
    const batchSize = Math.max(1, capabilities.batchSize);
    const limit = Math.min(this.options.settings.claimBatch, requests * batchSize);
    const now = this.#clock();
    const rows = await claimDue(this.options.store, {
      carrier: carrier.id,
      worker: this.worker,
      now,
      leaseMs: this.options.settings.leaseSeconds * 1000,
      limit,
    });
    if (rows.length === 0) return;

    const batches: PollRow[][] = [];
    for (let i = 0; i < rows.length; i += batchSize) batches.push(rows.slice(i, i + batchSize));
    await Promise.all(batches.map((batch) => this.#pollBatch(carrier, batch)));
  }

  async #pollBatch(carrier: CarrierRuntime, rows: readonly PollRow[]): Promise<void> {
    const numbers = rows.map((row) => row.tracking_number);
    if (!(await carrier.bucket.tryTake()) || !carrier.breaker.tryAcquire()) {
      // Claimed but no budget after all: hand the rows back, due as before.
      await this.#complete(
        carrier,
        rows.map((row) => ({ trackingNumber: row.tracking_number, nextPollAt: row.next_poll_at })),
      );
      return;
    }
    carrier.inFlight += 1;
    let result: ParseResult;
    const stopTimer = carrierRequestDuration.startTimer({ carrier: carrier.id });
    try {
      result = await this.#track(carrier, numbers);
      stopTimer({ outcome: 'ok' });
    } catch (error) {
      stopTimer({ outcome: 'error' });
      carrier.inFlight -= 1;
      await this.#requestFailed(carrier, rows, error);
      return;
    }
    carrier.inFlight -= 1;
    carrier.breaker.recordSuccess();
    carrier.consecutiveErrors = 0;
    await this.#report(carrier, numbers, { ok: true });
    try {
      await this.#answered(carrier, rows, result);
    } catch (error) {
      // Storing failed (the database, not the carrier): try the same numbers again soon.
      this.options.onError?.(error, carrier.id);
      const retryAt = this.#retryAt(carrier, 1, undefined);
      await this.#complete(
        carrier,
        rows.map((row) => ({ trackingNumber: row.tracking_number, nextPollAt: retryAt })),
      ).catch((again: unknown) => this.options.onError?.(again, carrier.id));
    }
  }

  /** The client's request, bounded by the timeout even if the client ignores the signal. */
  async #track(carrier: CarrierRuntime, numbers: readonly string[]): Promise<ParseResult> {
    const controller = new AbortController();
    const timeoutMs = this.options.settings.requestTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new CarrierRequestError('timeout', `no answer within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([carrier.client.track(numbers, controller.signal), timeout]);
    } catch (error) {
      if (controller.signal.aborted && !(error instanceof CarrierRequestError && error.kind === 'timeout')) {
        throw new CarrierRequestError('timeout', `no answer within ${timeoutMs} ms`, undefined, {
          cause: error,
        });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async #requestFailed(carrier: CarrierRuntime, rows: readonly PollRow[], error: unknown): Promise<void> {
    const failure =
      error instanceof CarrierRequestError
        ? error
        : new CarrierRequestError(
            'unavailable',
            error instanceof Error ? error.message : String(error),
            undefined,
            {
              cause: error,
            },
          );
    carrier.consecutiveErrors += 1;
    if (failure.kind === 'rate_limited') {
      // The carrier's budget, not its health: pause the bucket, leave the breaker alone.
      carrier.breaker.release();
      await carrier.bucket.pauseFor(
        failure.retryAfterMs ??
          retryDelayMs(carrier.consecutiveErrors, this.#retryOptions(undefined), this.#random),
      );
    } else if (failure.kind === 'unavailable' || failure.kind === 'timeout') {
      carrier.breaker.recordFailure();
    } else {
      carrier.breaker.release();
    }
    const kind = error instanceof CarrierRequestError ? failure.kind : 'unexpected';
    await this.#report(
      carrier,
      rows.map((r) => r.tracking_number),
      {
        ok: false,
        error: `${failure.kind}: ${failure.message}`,
        kind,
      },
    );
    const retryAt = this.#retryAt(carrier, carrier.consecutiveErrors, failure.retryAfterMs);
    await this.#complete(
      carrier,
      rows.map((row) => ({ trackingNumber: row.tracking_number, nextPollAt: retryAt })),
    );
  }

  #retryOptions(retryAfterMs: number | undefined) {
    const s = this.options.settings;
    return {
      baseMs: s.retryBaseSeconds * 1000,
      maxMs: s.retryMaxSeconds * 1000,
      jitter: s.jitter,
      retryAfterMs,
    };
  }

  #retryAt(carrier: CarrierRuntime, failures: number, retryAfterMs: number | undefined): string {
    let delay = retryDelayMs(failures, this.#retryOptions(retryAfterMs), this.#random);
    // No point being due before the breaker lets a trial through.
    const trialAt = carrier.breaker.opensTrialAt();
    const now = this.#clock().getTime();
    if (trialAt) delay = Math.max(delay, trialAt.getTime() - now);
    return new Date(now + delay).toISOString();
  }

  /** Stores the answer, then reschedules each number by what it said. */
  async #answered(carrier: CarrierRuntime, rows: readonly PollRow[], result: ParseResult): Promise<void> {
    const now = this.#clock();
    const deps = { store: this.options.store, pipeline: this.options.pipeline };
    const source = { adapter: carrier.id, mode: 'pull', requestId: randomUUID() } as const;
    const bodies = result.answers ?? [];
    const raw =
      bodies.length === 0
        ? undefined
        : { body: JSON.stringify(bodies.length === 1 ? bodies[0] : bodies), contentType: 'application/json' };
    // The poll's id goes with its scans, and so with the messages they cause, as a request's does.
    const ingested = await ingestCarrierResult(deps, {
      carrier: carrier.id,
      result,
      source,
      ...(raw ? { raw } : {}),
    });
    const answers = answersByNumber(
      rows.map((row) => row.tracking_number),
      result,
    );
    const { outcomes, expire } = pollOutcomes(rows, answers, new Set(ingested.untracked), {
      carrier: carrier.id,
      now,
      schedule: this.#schedule,
      random: this.#random,
      notFoundExpiryDays: this.options.settings.notFoundExpiryDays,
    });
    if (expire.length > 0) {
      // Through the pipeline like any scan: the tenants' shipments become `expired`, with events.
      await ingestCarrierResult(deps, {
        carrier: carrier.id,
        result: { scans: expire, problems: [] },
        source,
      });
    }
    await this.#complete(carrier, outcomes);
  }

  #complete(carrier: CarrierRuntime, outcomes: readonly PollOutcome[]): Promise<void> {
    return completePolls(this.options.store, {
      carrier: carrier.id,
      worker: this.worker,
      now: this.#clock(),
      outcomes,
    });
  }

  async #report(
    carrier: CarrierRuntime,
    numbers: readonly string[],
    outcome: { ok: boolean; error?: string; kind?: PollRequestReport['errorKind'] },
  ): Promise<void> {
    const breaker = carrier.breaker.state();
    this.options.onRequest?.({
      carrier: carrier.id,
      numbers,
      ok: outcome.ok,
      errorKind: outcome.kind,
      breaker,
    });
    await recordRequest(
      this.options.store,
      {
        carrier: carrier.id,
        ok: outcome.ok,
        error: outcome.error,
        breaker,
        tokens: await carrier.bucket.tokens(),
        rateLimitedUntil: await carrier.bucket.pausedUntil(),
      },
      this.#clock(),
    ).catch((error: unknown) => this.options.onError?.(error, carrier.id));
  }
}
