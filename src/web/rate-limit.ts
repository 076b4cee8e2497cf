/**
 * Fixed-window counters in memory, for the lookup form: enough to make enumerating numbers slow
 * from one process. Several processes each keep their own counts (documented in
 * docs/tracking-page.md); a shared limit would need the database or a proxy in front.
 */
export class WindowLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one use of `key`; returns the ms to wait when the limit is spent, or 0 when allowed. */
  take(key: string, now: number): number {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 50_000) this.sweep(now);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit) return window.resetAt - now;
    window.count += 1;
    return 0;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
