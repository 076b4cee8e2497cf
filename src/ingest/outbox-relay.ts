import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open-store.js';
import {
  advanceCursor,
  ensureCursor,
  latestOutboxSeq,
  leaseCursor,
  readOutboxAfter,
  releaseCursor,
  type OutboxMessage,
} from '../store/repositories/outbox.js';

export interface OutboxSubscriber {
  /** Names the cursor: a durable subscriber resumes from it after a restart. */
  readonly name: string;
  /**
   * Durable subscribers (notifications, webhooks) keep their cursor in the database and get every
   * message at least once. Non-durable ones (live pages of this process) start at the newest
   * message and keep their cursor in memory.
   */
  readonly durable: boolean;
  /** Messages it does not want are skipped without calling handle. */
  readonly accepts?: (message: OutboxMessage) => boolean;
  /** Throwing means "not done": the same message comes again after a back-off. */
  handle(message: OutboxMessage): Promise<void>;
}

export interface RelayOptions {
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
  readonly leaseMs?: number;
  readonly retryDelayMs?: (attempt: number) => number;
  readonly clock?: () => Date;
  readonly onError?: (error: unknown, subscriber: string, message: OutboxMessage) => void;
}

interface Running {
  readonly subscriber: OutboxSubscriber;
  memoryCursor: number | undefined;
  attempts: number;
  retryAt: number;
}

/**
 * Hands outbox messages to subscribers in outbox order (so in order per shipment), at least once.
 * A subscriber's cursor moves past a message only after its handler finished; a failing message
 * holds back that subscriber alone, with growing delays, until it succeeds.
 */
export class OutboxRelay {
  private readonly running = new Map<string, Running>();
  private readonly owner = randomUUID();
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly retryDelayMs: (attempt: number) => number;
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly store: Store,
    private readonly options: RelayOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.batchSize = options.batchSize ?? 200;
    // Long enough to outlast a slow handler, short enough that a crashed holder delays little.
    this.leaseMs = options.leaseMs ?? 10_000;
    this.retryDelayMs = options.retryDelayMs ?? ((attempt) => Math.min(60_000, 250 * 2 ** attempt));
    this.clock = options.clock ?? (() => new Date());
  }

  subscribe(subscriber: OutboxSubscriber): () => void {
    if (this.running.has(subscriber.name))
      throw new Error(`outbox subscriber "${subscriber.name}" already exists`);
    this.running.set(subscriber.name, { subscriber, memoryCursor: undefined, attempts: 0, retryAt: 0 });
    this.wake();
    return () => {
      this.running.delete(subscriber.name);
    };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.pass;
    for (const run of this.running.values()) {
      if (run.subscriber.durable) await releaseCursor(this.store.db, run.subscriber.name, this.owner);
    }
  }

  /** Runs a pass now (the pipeline calls this after each commit). Passes never overlap. */
  wake(): void {
    if (this.pass) {
      this.again = true;
      return;
    }
    this.pass = this.runPasses().finally(() => {
      this.pass = undefined;
    });
  }

  /** Delivers until every subscriber is caught up or waiting on a retry. For tests and shutdown. */
  async drain(): Promise<void> {
    await this.pass;
    await this.runPasses();
  }

  private async runPasses(): Promise<void> {
    do {
      this.again = false;
      for (const run of [...this.running.values()]) {
        if (this.clock().getTime() < run.retryAt) continue;
        while ((await this.deliverBatch(run)) === this.batchSize) {
          // A full batch means there may be more; keep going before the next timer tick.
        }
      }
    } while (this.again);
  }

  /** Returns how many messages it moved past. */
  private async deliverBatch(run: Running): Promise<number> {
    const { subscriber } = run;
    const db = this.store.db;
    const now = this.clock();
    let cursor: number | undefined;
    if (subscriber.durable) {
      await ensureCursor(db, subscriber.name, 0, now);
      cursor = await leaseCursor(db, subscriber.name, this.owner, now, this.leaseMs);
      if (cursor === undefined) return 0;
    } else {
      run.memoryCursor ??= await latestOutboxSeq(db);
      cursor = run.memoryCursor;
    }
    const messages = await readOutboxAfter(db, cursor, this.batchSize);
    let done = 0;
    // A durable cursor is written once per batch, not once per message: each write is a commit,
    // and per message it was most of a fast subscriber's cost. A crash inside a batch replays its
    // handled messages, which at-least-once allows. A long batch saves and renews the lease on the
    // way, so another relay never takes over a subscriber that is still working.
    let handledSeq: number | undefined;
    let leasedAt = now.getTime();
    const save = async (): Promise<boolean> => {
      if (!subscriber.durable || handledSeq === undefined) return true;
      const at = this.clock();
      await advanceCursor(db, subscriber.name, this.owner, handledSeq, at);
      handledSeq = undefined;
      leasedAt = at.getTime();
      return (await leaseCursor(db, subscriber.name, this.owner, at, this.leaseMs)) !== undefined;
    };
    for (const message of messages) {
      if (!this.running.has(subscriber.name)) break;
      try {
        if (subscriber.accepts?.(message) ?? true) await subscriber.handle(message);
      } catch (error) {
        run.attempts += 1;
        run.retryAt = this.clock().getTime() + this.retryDelayMs(run.attempts);
        this.options.onError?.(error, subscriber.name, message);
        break;
      }
      run.attempts = 0;
      done += 1;
      if (subscriber.durable) {
        handledSeq = message.seq;
        if (this.clock().getTime() - leasedAt > this.leaseMs / 3 && !(await save())) break;
      } else run.memoryCursor = message.seq;
    }
    await save();
    return done === messages.length ? done : -1;
  }
}
