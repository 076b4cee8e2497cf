/**
 * A carrier's request budget: `ratePerSecond` sustained, `burst` at once. Pure apart from the
 * injected clock. A Retry-After from the carrier empties the bucket until then.
 */
export class TokenBucket {
  #tokens: number;
  #updatedAt: number;
  #blockedUntil = 0;

  constructor(private readonly options: { ratePerSecond: number; burst: number; clock: () => Date }) {
    this.#tokens = options.burst;
    this.#updatedAt = options.clock().getTime();
  }

  /** Tokens available now (fractional). */
  tokens(): number {
    if (this.#paused()) return 0;
    this.#refill();
    return this.#tokens;
  }

  /** Takes one token if there is one. */
  tryTake(): boolean {
    if (this.#paused()) return false;
    this.#refill();
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }

  /** Milliseconds until a token is available (0 when one is). */
  msUntilAvailable(): number {
    this.#refill();
    const now = this.options.clock().getTime();
    if (now < this.#blockedUntil) return this.#blockedUntil - now;
    if (this.#tokens >= 1) return 0;
    return Math.ceil(((1 - this.#tokens) / this.options.ratePerSecond) * 1000);
  }

  /**
   * The carrier said "too many requests": nothing until `ms` from now. Then one request may go
   * at once (the carrier said it would take one), and the rest refill at the sustained rate.
   */
  pauseFor(ms: number): void {
    const now = this.options.clock().getTime();
    this.#blockedUntil = Math.max(this.#blockedUntil, now + ms);
    this.#tokens = 1;
    this.#updatedAt = this.#blockedUntil;
  }

  /** When a Retry-After pause ends, or null when not paused. */
  pausedUntil(): Date | null {
    return this.options.clock().getTime() < this.#blockedUntil ? new Date(this.#blockedUntil) : null;
  }

  #paused(): boolean {
    return this.options.clock().getTime() < this.#blockedUntil;
  }

  #refill(): void {
    const now = this.options.clock().getTime();
    if (now <= this.#updatedAt) return;
    const earned = ((now - this.#updatedAt) / 1000) * this.options.ratePerSecond;
    this.#tokens = Math.min(this.options.burst, this.#tokens + earned);
    this.#updatedAt = now;
  }
}
