import type { Store } from '../store/open-store.js';
import { countAttempt, deleteEndedWindows } from '../store/repositories/rate-limits.js';

/** Ended windows are deleted every this many attempts counted by one limiter. */
const SWEEP_EVERY = 1_000;

/**
 * Fixed-window attempt limits (lookup form, verification, sign-in), counted in the database so
 * that every node behind a load balancer counts against the same limit: enumerating tracking
 * numbers through three nodes is no faster than through one.
 */
export class WindowLimiter {
  private counted = 0;

  constructor(
    private readonly store: Pick<Store, 'db'>,
    /** Keeps this limiter's keys apart from the others' (`lookup-ip`, `sign-in`, …). */
    private readonly scope: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one use of `key`; returns the ms to wait when the limit is spent, or 0 when allowed. */
  async take(key: string, now: number): Promise<number> {
    const { hits, resetAtMs } = await countAttempt(this.store.db, `${this.scope}:${key}`, this.windowMs, now);
    if ((this.counted += 1) % SWEEP_EVERY === 0) await deleteEndedWindows(this.store.db, now);
    return hits > this.limit ? Math.max(1, resetAtMs - now) : 0;
  }
}
