import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { CommitListener } from '../store/dialects/outbox-commits.js';
import type { Store } from '../store/open-store.js';
import {
  advanceCursor,
  ensureCursor,
  latestOutboxPosition,
  leaseCursor,
  readOutboxForDelivery,
  releaseCursor,
  sequenceOutbox,
  type OutboxMessage,
} from '../store/repositories/outbox.js';

/** How soon a pass comes back for messages the sequencer has not ordered yet. */
const ORDER_RETRY_MS = 20;
/** How long drain() waits for them. */
const DRAIN_ORDER_MS = 10_000;

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
  /**
   * When present, replaces `handle`: the accepted messages of one read, in delivery order, in one call,
   * so a subscriber can do a whole batch in one transaction. Throwing means none of them is done:
   * the cursor stays, and the same batch comes again after a back-off.
   */
  handleBatch?(messages: readonly OutboxMessage[]): Promise<void>;
}

export interface RelayOptions {
  /** How often it looks for new messages without being woken (default 500 ms). */
  readonly pollIntervalMs?: number;
  /**
   * On PostgreSQL the relay listens for other nodes' commits (LISTEN/NOTIFY) and, while that
   * connection is up, looks without being woken only this often (default 2 s): as a safety net,
   * and to notice a crashed node's lease running out. `false` turns listening off.
   */
  readonly listen?: boolean;
  readonly listeningPollMs?: number;
  /** A pass failed outside its subscribers (reading the outbox, a lease); the next one retries. */
  readonly onPassError?: (error: unknown) => void;
  /** The LISTEN connection failed or dropped (it is opened again by itself). */
  readonly onListenError?: (error: unknown) => void;
  /**
   * Least time between the starts of two passes that wakes call for (default 50 ms). Under load,
   * when every commit wakes the relay, the wakes within it are joined into one pass: batches of
   * dozens of messages, with one commit each, instead of one batch per commit. A wake after a
   * quiet spell runs at once.
   */
  readonly passGapMs?: number;
  readonly batchSize?: number;
  readonly leaseMs?: number;
  readonly retryDelayMs?: (attempt: number) => number;
  readonly clock?: () => Date;
  readonly onError?: (error: unknown, subscriber: string, message: OutboxMessage) => void;
  /**
   * This relay took a durable subscriber's lease (`held`), or no longer has it: released on stop,
   * or found in another relay's hands. A failover shows as one relay's take after another's loss.
   */
  readonly onLease?: (change: LeaseChange) => void;
}

export interface LeaseChange {
  readonly subscriber: string;
  /** This relay, as it names itself in the lease (host:pid:nonce). */
  readonly owner: string;
  readonly held: boolean;
  readonly reason: 'taken' | 'released' | 'held_elsewhere';
}

interface Running {
  readonly subscriber: OutboxSubscriber;
  memoryCursor: number | undefined;
  attempts: number;
  retryAt: number;
  /** A durable subscriber's cursor row exists (made once, not checked again every batch). */
  cursorEnsured: boolean;
  /** The lease this relay holds on a durable cursor: until when (ms), and the cursor it wrote last. */
  lease: { until: number; cursor: number } | undefined;
  /** Whether this relay held the lease at its last take or renewal (told through onLease when it changes). */
  held: boolean;
}

/**
 * Hands outbox messages to subscribers in outbox order (so in order per shipment), at least once.
 * A subscriber's cursor moves past a message only after its handler finished (for a batch
 * handler, past the whole read only after the batch finished); a failing message or batch holds
 * back that subscriber alone, with growing delays, until it succeeds.
 */
export class OutboxRelay {
  private readonly running = new Map<string, Running>();
  /** Names this relay in leases (and in the metrics' lease holder): host, process, and a nonce. */
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly retryDelayMs: (attempt: number) => number;
  private readonly clock: () => Date;
  private readonly passGapMs: number;
  private readonly listeningPollMs: number;
  private listener: CommitListener | undefined;
  private timer: NodeJS.Timeout | undefined;
  private gapTimer: NodeJS.Timeout | undefined;
  private orderTimer: NodeJS.Timeout | undefined;
  /** The last pass left committed messages without a delivery position (PostgreSQL). */
  private unordered = false;
  private lastPassAt = Number.NEGATIVE_INFINITY;
  private pass: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  /** After stop(): wakes (a late commit's) no longer start passes on a store about to close. */
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly options: RelayOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.listeningPollMs = Math.max(this.pollIntervalMs, options.listeningPollMs ?? 2_000);
    this.passGapMs = options.passGapMs ?? 50;
    this.batchSize = options.batchSize ?? 200;
    // Long enough to outlast a slow handler, short enough that a crashed holder delays little.
    this.leaseMs = options.leaseMs ?? 10_000;
    this.retryDelayMs = options.retryDelayMs ?? ((attempt) => Math.min(60_000, 250 * 2 ** attempt));
    this.clock = options.clock ?? (() => new Date());
  }

  subscribe(subscriber: OutboxSubscriber): () => void {
    if (this.running.has(subscriber.name))
      throw new Error(`outbox subscriber "${subscriber.name}" already exists`);
    this.running.set(subscriber.name, {
      subscriber,
      memoryCursor: undefined,
      attempts: 0,
      retryAt: 0,
      cursorEnsured: false,
      lease: undefined,
      held: false,
    });
    // Not before start(): a server subscribes before it listens, and a backlog delivered then
    // would keep it from answering (a restart after downtime listened only once caught up).
    if (!this.stopped) this.wake();
    return () => {
      this.running.delete(subscriber.name);
    };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.closed = false;
    if (this.options.listen !== false)
      this.listener = this.store.listenForCommits?.(() => this.wake(), this.options.onListenError);
    this.timer = setInterval(() => this.tick(), this.pollIntervalMs);
    this.timer.unref();
    this.wake();
  }

  /** Whether other nodes' commits wake this relay at once (LISTEN/NOTIFY is connected). */
  get listening(): boolean {
    return this.listener?.connected ?? false;
  }

  /** The poll: every tick, or while commits are heard, only for a due retry or the safety net. */
  private tick(): void {
    if (this.listening && performance.now() - this.lastPassAt < this.listeningPollMs) {
      const now = this.clock().getTime();
      const retryDue = [...this.running.values()].some((run) => run.attempts > 0 && run.retryAt <= now);
      if (!retryDue) return;
    }
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.close();
    this.listener = undefined;
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.gapTimer = undefined;
    if (this.orderTimer) clearTimeout(this.orderTimer);
    this.orderTimer = undefined;
    await this.pass;
    for (const run of this.running.values()) {
      run.lease = undefined;
      if (!run.subscriber.durable) continue;
      // Unreachable database: the lease simply runs out, and another relay takes over then.
      const released = await releaseCursor(this.store.db, run.subscriber.name, this.owner).then(
        () => true,
        () => false,
      );
      if (run.held && released) this.leaseChanged(run, false, 'released');
    }
  }

  /**
   * Runs a pass (the pipeline calls this after each commit): at once, or, once started, when the
   * pass gap since the last one has passed. Passes never overlap; a wake during a pass makes one
   * more after it.
   */
  wake(): void {
    if (this.closed) return;
    if (this.pass) {
      this.again = true;
      return;
    }
    if (this.gapTimer) return;
    const wait = this.lastPassAt + this.passGapMs - performance.now();
    // A relay not started (tests, shutdown) passes at once: nothing of it runs later by surprise.
    if (wait > 0 && !this.stopped) {
      this.gapTimer = setTimeout(() => {
        this.gapTimer = undefined;
        this.wake();
      }, wait);
      this.gapTimer.unref();
      return;
    }
    this.run(() => this.runPass()).catch(() => undefined);
  }

  /**
   * Delivers until every subscriber is caught up or waiting on a retry, including every message
   * committed before the call (on PostgreSQL once ordered: waited for up to DRAIN_ORDER_MS). For
   * tests and shutdown.
   */
  async drain(): Promise<void> {
    while (this.pass) await this.pass;
    // This delivers everything now; a pass put off by the gap would only come after it.
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.gapTimer = undefined;
    const giveUpAt = performance.now() + DRAIN_ORDER_MS;
    await this.run(async () => {
      do {
        this.again = false;
        await this.runPass();
        if (this.unordered && !this.closed && performance.now() < giveUpAt) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          this.again = true;
        }
      } while (this.again);
    });
  }

  private run(passes: () => Promise<void>): Promise<void> {
    this.lastPassAt = performance.now();
    const pass = passes().finally(() => {
      this.pass = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
    // A pass that fails (the database unreachable, say) is reported, and the next wake or poll
    // tries again; only drain() hands the failure to its caller.
    this.pass = pass.catch((error: unknown) => this.options.onPassError?.(error));
    return pass;
  }

  /**
   * PostgreSQL: gives committed messages their delivery positions (sequenceOutbox) before reading.
   * When the sequencer left some (its batch was full), a pass comes back soon rather than at the
   * next poll.
   */
  private async sequence(): Promise<boolean> {
    if (this.store.caps.dialect !== 'postgres') return false;
    const { waiting: unordered } = await sequenceOutbox(this.store.db, this.store.caps);
    if (unordered && !this.orderTimer && !this.closed) {
      this.orderTimer = setTimeout(() => {
        this.orderTimer = undefined;
        this.wake();
      }, ORDER_RETRY_MS);
      this.orderTimer.unref();
    }
    return unordered;
  }

  private async runPass(): Promise<void> {
    this.unordered = await this.sequence();
    for (const run of [...this.running.values()]) {
      // Stopping: the pass ends after the message in hand. Under steady traffic a worker with a
      // backlog would otherwise keep its pass (and stop()) going until it caught up.
      if (this.closed) return;
      if (this.clock().getTime() < run.retryAt) continue;
      while (!this.closed && (await this.deliverBatch(run)) === this.batchSize) {
        // A full batch means there may be more; keep going before the next timer tick.
      }
    }
  }

  /**
   * The durable cursor, leased for the batch about to run. A lease taken less than a tenth of its
   * length ago is used as it is: renewing it for every batch was one more commit per batch, and
   * after a crash it still runs out at most a tenth sooner than one renewed every batch.
   */
  private async leased(run: Running, now: Date): Promise<number | undefined> {
    if (run.lease && run.lease.until - now.getTime() > this.leaseMs * 0.9) return run.lease.cursor;
    if (!run.cursorEnsured) {
      await ensureCursor(this.store.db, run.subscriber.name, 0, now);
      run.cursorEnsured = true;
    }
    return this.renewLease(run, now);
  }

  /** Takes or renews the lease; undefined when another relay holds it. */
  private async renewLease(run: Running, now: Date): Promise<number | undefined> {
    const cursor = await leaseCursor(this.store.db, run.subscriber.name, this.owner, now, this.leaseMs);
    run.lease = cursor === undefined ? undefined : { until: now.getTime() + this.leaseMs, cursor };
    if ((cursor !== undefined) !== run.held)
      this.leaseChanged(run, cursor !== undefined, cursor !== undefined ? 'taken' : 'held_elsewhere');
    return cursor;
  }

  private leaseChanged(run: Running, held: boolean, reason: LeaseChange['reason']): void {
    run.held = held;
    this.options.onLease?.({ subscriber: run.subscriber.name, owner: this.owner, held, reason });
  }

  /** Returns how many messages it moved past. */
  private async deliverBatch(run: Running): Promise<number> {
    const { subscriber } = run;
    const db = this.store.db;
    const now = this.clock();
    let cursor: number | undefined;
    if (subscriber.durable) {
      cursor = await this.leased(run, now);
      if (cursor === undefined) return 0;
    } else {
      run.memoryCursor ??= await latestOutboxPosition(db, this.store.caps);
      cursor = run.memoryCursor;
    }
    const messages = await readOutboxForDelivery(db, this.store.caps, cursor, this.batchSize);
    let done = 0;
    // A durable cursor is written once per batch, not once per message: each write is a commit,
    // and per message it was most of a fast subscriber's cost. A crash inside a batch replays its
    // handled messages, which at-least-once allows. A long batch saves and renews the lease on the
    // way, so another relay never takes over a subscriber that is still working.
    let handledPosition: number | undefined;
    // The last save of a batch does not renew the lease: the next batch sees to it first.
    const save = async (position = handledPosition, renew = false): Promise<boolean> => {
      handledPosition = position;
      if (!subscriber.durable || handledPosition === undefined || !run.lease) return true;
      const at = this.clock();
      await advanceCursor(db, subscriber.name, this.owner, handledPosition, at);
      run.lease.cursor = handledPosition;
      handledPosition = undefined;
      return !renew || (await this.renewLease(run, at)) !== undefined;
    };
    if (subscriber.handleBatch) return this.deliverWhole(run, subscriber.handleBatch, messages, save);
    for (const message of messages) {
      // Unsubscribed, or stopping: what was handled is saved below, the rest is read again later.
      if (!this.running.has(subscriber.name) || this.closed) break;
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
        handledPosition = message.position;
        // A third of the lease gone: save and renew on the way.
        const until = run.lease?.until ?? 0;
        if (until - this.clock().getTime() < (this.leaseMs * 2) / 3 && !(await save(message.position, true)))
          break;
      } else run.memoryCursor = message.position;
    }
    await save();
    return done === messages.length ? done : -1;
  }

  /** One call for the whole read: all of it counts as done, or none of it. */
  private async deliverWhole(
    run: Running,
    handleBatch: (messages: readonly OutboxMessage[]) => Promise<void>,
    messages: readonly OutboxMessage[],
    save: (position?: number) => Promise<boolean>,
  ): Promise<number> {
    const { subscriber } = run;
    const last = messages.at(-1);
    if (last === undefined || !this.running.has(subscriber.name)) return 0;
    const accepted = messages.filter((message) => subscriber.accepts?.(message) ?? true);
    try {
      if (accepted.length > 0) await this.withLeaseKept(run, () => handleBatch(accepted));
    } catch (error) {
      run.attempts += 1;
      run.retryAt = this.clock().getTime() + this.retryDelayMs(run.attempts);
      this.options.onError?.(error, subscriber.name, accepted[0] ?? last);
      return -1;
    }
    run.attempts = 0;
    if (!subscriber.durable) run.memoryCursor = last.position;
    // Skipped messages after the last accepted one are passed too: the cursor goes to the read's end.
    await save(last.position);
    return messages.length;
  }

  /**
   * A batch handler gives the relay no point between messages to renew the lease, so it is
   * renewed beside the handler: another relay must not take over a subscriber still working.
   */
  private async withLeaseKept<T>(run: Running, work: () => Promise<T>): Promise<T> {
    if (!run.subscriber.durable) return work();
    let renewal: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      renewal = renewal.then(() =>
        this.renewLease(run, this.clock()).catch(
          () => undefined, // the next save or read renews again, or finds the lease gone
        ),
      );
    }, this.leaseMs / 3);
    try {
      return await work();
    } finally {
      clearInterval(timer);
      await renewal;
    }
  }
}
