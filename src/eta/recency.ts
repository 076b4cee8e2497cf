// Recency weighting: a delivery observed at time t weighs 2^((t - t0) / halfLife). Weights only
// grow, so adding one is O(1); reading them relative to "now" gives each an effective weight that
// halves every half-life. Lanes change (a new hub, a holiday peak), and old deliveries should fade.

const MS_PER_DAY = 86_400_000;
/** Re-base before weights approach the top of the float range. */
const MAX_EXPONENT = 600;

export class RecencyClock {
  private origin: number | undefined;
  /** Latest instant observed: "now" for the model. */
  latest = Number.NEGATIVE_INFINITY;

  constructor(public halfLifeDays: number) {}

  /**
   * From now on, weights halve every `halfLifeDays`. What is stored keeps the relative weights it
   * has at the latest instant (`rebase` scales it to "now" = 1); only later fading changes.
   */
  retune(halfLifeDays: number, rebase: (factor: number) => void): void {
    if (halfLifeDays === this.halfLifeDays) return;
    if (this.origin !== undefined && this.latest !== Number.NEGATIVE_INFINITY) {
      rebase(1 / this.scaleNow);
      this.origin = this.latest;
    }
    this.halfLifeDays = halfLifeDays;
  }

  private exponentAt(instant: number): number {
    if (!Number.isFinite(this.halfLifeDays) || this.origin === undefined) return 0;
    return (instant - this.origin) / (this.halfLifeDays * MS_PER_DAY);
  }

  /**
   * The weight for a delivery observed at `instant`. When the weights would grow too large,
   * `rebase(factor)` is called first so the caller can scale everything it stores.
   */
  weightOf(instant: number, rebase: (factor: number) => void): number {
    if (this.origin === undefined) this.origin = instant;
    if (instant > this.latest) this.latest = instant;
    const exponent = this.exponentAt(instant);
    if (exponent > MAX_EXPONENT) {
      const shift = Math.floor(exponent);
      rebase(2 ** -shift);
      this.origin += shift * this.halfLifeDays * MS_PER_DAY;
    }
    return 2 ** this.exponentAt(instant);
  }

  /** The weight `weightOf` gave (or would give) a delivery at `instant`, as stored today. */
  storedWeightOf(instant: number): number {
    return 2 ** this.exponentAt(instant);
  }

  /** Divide a stored weight by this to get its effective weight now (1 = a delivery seen just now). */
  get scaleNow(): number {
    return this.latest === Number.NEGATIVE_INFINITY ? 1 : 2 ** this.exponentAt(this.latest);
  }
}
