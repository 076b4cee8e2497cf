// A weighted histogram over whole days (business days of transit, or days an estimate was off).
// It only allocates the span of values actually seen, so a quiet lane costs a few dozen numbers;
// values outside [minValue, maxValue] are counted at the nearest edge. Memory therefore grows
// with the number of lanes, never with the number of deliveries.

export class DayHistogram {
  private first = 0;
  // A plain array of doubles lives inside the object heap, one pointer away; a typed array's
  // storage sits elsewhere, and reading many lanes per prediction made that a cache miss each.
  private weights: number[] = [];
  /** Sum of weights (recency-weighted deliveries). */
  total = 0;
  /** Plain number of deliveries seen, for the plain-words basis. */
  count = 0;

  constructor(
    readonly minValue: number,
    readonly maxValue: number,
  ) {}

  add(value: number, weight: number): void {
    const v = Math.min(this.maxValue, Math.max(this.minValue, Math.round(value)));
    if (this.weights.length === 0) {
      this.first = Math.max(this.minValue, v - 2);
      this.weights = new Array<number>(Math.min(this.maxValue, v + 2) - this.first + 1).fill(0);
    } else if (v < this.first || v >= this.first + this.weights.length) {
      this.grow(v);
    }
    this.weights[v - this.first]! += weight;
    this.total += weight;
    this.count += 1;
  }

  /** Extends the stored span to include `v`, with slack so growth is rare. */
  private grow(v: number): void {
    const last = this.first + this.weights.length - 1;
    const first = Math.max(this.minValue, Math.min(this.first, v - 4));
    const end = Math.min(this.maxValue, Math.max(last, v + 4));
    const grown = new Array<number>(end - first + 1).fill(0);
    for (let i = 0; i < this.weights.length; i++) grown[this.first - first + i] = this.weights[i]!;
    this.first = first;
    this.weights = grown;
  }

  /** Multiplies every weight, used when the recency clock is re-based. */
  scale(factor: number): void {
    for (let i = 0; i < this.weights.length; i++) this.weights[i]! *= factor;
    this.total *= factor;
  }

  /** Adds weight × (this histogram) into a dense array whose index 0 stands for `origin`. */
  addInto(dense: Float64Array, origin: number, factor: number): void {
    for (let i = 0; i < this.weights.length; i++) {
      const w = this.weights[i]!;
      if (w === 0) continue;
      const index = Math.min(dense.length - 1, Math.max(0, this.first + i - origin));
      dense[index]! += w * factor;
    }
  }

  /** Bytes held by the weights, for memory reports. */
  get storedBytes(): number {
    return this.weights.length * 8;
  }
}
