import type { Store } from '../../store/open-store.js';
import { pauseBucket, readBucket, takeToken, type BucketRow } from '../../store/repositories/rate-limits.js';

export interface BucketOptions {
  /** Names the budget: every node that uses the same name shares it (the carrier's id). */
  readonly name: string;
  readonly ratePerSecond: number;
  readonly burst: number;
  readonly clock: () => Date;
}

/**
 * A carrier's request budget: `ratePerSecond` sustained, `burst` at once, kept in the database so
 * that any number of nodes polling the same carrier together stay within it. A Retry-After from
 * the carrier empties it (for every node) until then.
 */
export class TokenBucket {
  constructor(
    private readonly store: Pick<Store, 'db' | 'caps'>,
    private readonly options: BucketOptions,
  ) {}

  /** Tokens available now (fractional), as far as this node can tell before taking one. */
  async tokens(): Promise<number> {
    return tokensAt(await readBucket(this.store.db, this.options.name), this.now(), this.options);
  }

  /** Takes one token if there is one. */
  tryTake(): Promise<boolean> {
    return takeToken(this.store.db, this.store.caps, this.options, this.now());
  }

  /** Milliseconds until a token is available (0 when one is). */
  async msUntilAvailable(): Promise<number> {
    const row = await readBucket(this.store.db, this.options.name);
    const now = this.now();
    if (row && now < row.blockedUntilMs) return row.blockedUntilMs - now;
    const tokens = tokensAt(row, now, this.options);
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / this.options.ratePerSecond) * 1000);
  }

  /** The carrier said "too many requests": nothing until `ms` from now, then one request at once. */
  pauseFor(ms: number): Promise<void> {
    return pauseBucket(this.store.db, this.store.caps, this.options.name, this.now() + ms);
  }

  /** When a Retry-After pause ends, or null when not paused. */
  async pausedUntil(): Promise<Date | null> {
    const row = await readBucket(this.store.db, this.options.name);
    return row && this.now() < row.blockedUntilMs ? new Date(row.blockedUntilMs) : null;
  }

  private now(): number {
    return this.options.clock().getTime();
  }
}

/** The refill the take statement does in SQL, for reading without taking. */
export function tokensAt(
  row: BucketRow | undefined,
  nowMs: number,
  shape: { ratePerSecond: number; burst: number },
): number {
  if (!row) return shape.burst;
  if (nowMs < row.blockedUntilMs) return 0;
  const earned = (Math.max(0, nowMs - row.updatedAtMs) / 1000) * shape.ratePerSecond;
  return Math.min(shape.burst, row.tokens + earned);
}
