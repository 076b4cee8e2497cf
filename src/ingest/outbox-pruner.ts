import { outboxPruned } from '../metrics/process-metrics.js';
import type { Store } from '../store/open-store.js';
import { pruneOutbox } from '../store/repositories/outbox-retention.js';

export interface OutboxPrunerOptions {
  /** Messages are kept at least this long after they were written (config outboxRetentionDays). */
  readonly retentionDays: number;
  readonly clock?: () => Date;
  readonly intervalMs?: number;
  /** Messages deleted per statement. */
  readonly chunk?: number;
  readonly onPruned?: (count: number) => void;
  readonly onError?: (error: unknown) => void;
}

/**
 * Keeps the outbox from growing for ever: every stored scan writes a message, so without this a
 * node's database grows by one row per scan even after every subscriber has handled it. Runs on
 * the nodes that run the durable subscribers (roles `all` and `worker`); two workers pruning at
 * once delete the same rows, which is harmless.
 */
export class OutboxPruner {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<number> | undefined;
  private stopping = false;

  constructor(
    private readonly store: Store,
    private readonly options: OutboxPrunerOptions,
  ) {}

  /** Prunes now, then every interval (an hour unless told). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.options.intervalMs ?? 3_600_000);
    this.timer.unref();
    this.tick();
  }

  /** Stops the timer and waits for a pass in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.stopping = true;
    await this.current?.catch(() => undefined);
  }

  /** One pass: deletes what retention allows, chunk by chunk; returns how many messages went. */
  async pruneOnce(): Promise<number> {
    const { retentionDays, chunk = 5_000 } = this.options;
    const now = (this.options.clock ?? (() => new Date()))();
    const before = new Date(now.getTime() - retentionDays * 86_400_000);
    let total = 0;
    for (;;) {
      const deleted = await pruneOutbox(this.store.db, this.store.caps, before, chunk);
      total += deleted;
      // Stopped between chunks: the rest waits for the next pass.
      if (deleted < chunk || this.stopping) break;
    }
    if (total > 0) {
      outboxPruned.inc(total);
      this.options.onPruned?.(total);
    }
    return total;
  }

  private tick(): void {
    // A pass that outlasts the interval is not joined by another.
    if (this.current) return;
    const pass = this.pruneOnce();
    this.current = pass;
    pass
      .catch((error: unknown) => {
        this.options.onError?.(error);
        return 0;
      })
      .finally(() => {
        if (this.current === pass) this.current = undefined;
      });
  }
}
