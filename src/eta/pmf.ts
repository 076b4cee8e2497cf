// Small operations on dense probability arrays over whole days (index i stands for origin + i).

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * A split normal with its mode at `typical` and its 10th and 90th percentiles near `low` and
 * `high`, rounded to whole days; mass beyond the ends is kept at the ends.
 */
export function splitNormalPmf(
  size: number,
  origin: number,
  low: number,
  typical: number,
  high: number,
): Float64Array {
  const z90 = 1.2816;
  const left = (typical - low + 0.5) / z90;
  const right = (high - typical + 0.5) / z90;
  const cdf = (x: number): number => {
    const sigma = x < typical ? left : right;
    const below = (2 * left) / (left + right);
    const above = (2 * right) / (left + right);
    const z = (x - typical) / sigma;
    return x < typical ? below * normalCdf(z) : below / 2 + above * (normalCdf(z) - 0.5);
  };
  const pmf = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const value = origin + i;
    const from = i === 0 ? 0 : cdf(value - 0.5);
    const to = i === size - 1 ? 1 : cdf(value + 0.5);
    pmf[i] = Math.max(0, to - from);
  }
  return normalise(pmf);
}

export function normalise(pmf: Float64Array): Float64Array {
  let sum = 0;
  for (let i = 0; i < pmf.length; i++) sum += pmf[i]!;
  if (sum > 0) for (let i = 0; i < pmf.length; i++) pmf[i]! /= sum;
  return pmf;
}

/** Smallest index whose cumulative probability reaches q. */
export function quantileIndex(pmf: Float64Array, q: number): number {
  let cumulative = 0;
  for (let i = 0; i < pmf.length; i++) {
    cumulative += pmf[i]!;
    if (cumulative >= q - 1e-12) return i;
  }
  return pmf.length - 1;
}

/** Probability of index ≤ i. */
export function cdfAt(pmf: Float64Array, i: number): number {
  let cumulative = 0;
  const end = Math.min(i, pmf.length - 1);
  for (let j = 0; j <= end; j++) cumulative += pmf[j]!;
  return Math.min(1, cumulative);
}

/** Mean absolute deviation from the median: the typical size of a miss, in days. */
export function meanAbsoluteDeviation(pmf: Float64Array): number {
  const median = quantileIndex(pmf, 0.5);
  let sum = 0;
  for (let i = 0; i < pmf.length; i++) sum += pmf[i]! * Math.abs(i - median);
  return sum;
}

/** Keeps only indices ≥ from and renormalises; when nothing is left, all mass goes to `from`. */
export function truncateBelow(pmf: Float64Array, from: number): Float64Array {
  if (from <= 0) return pmf;
  const start = Math.min(from, pmf.length - 1);
  let left = 0;
  for (let i = start; i < pmf.length; i++) left += pmf[i]!;
  for (let i = 0; i < start; i++) pmf[i] = 0;
  if (left <= 1e-9) {
    pmf.fill(0);
    pmf[start] = 1;
    return pmf;
  }
  for (let i = start; i < pmf.length; i++) pmf[i]! /= left;
  return pmf;
}

/**
 * Logarithmic opinion pool into `out`: p ∝ Π p_i^w_i with weights summing to 1. Unlike a mixture
 * it keeps the sharpness of the better source instead of smearing two opinions together. Each
 * source is floored first, so one source's zero cannot veto days another finds likely; days no
 * source gives any weight to stay at zero (and cost nothing to compute).
 */
export function logPool(
  sources: readonly Float64Array[],
  weights: readonly number[],
  out: Float64Array,
  floor = 1e-4,
): Float64Array {
  let from = out.length;
  let to = -1;
  for (const source of sources) {
    for (let i = 0; i < source.length; i++) {
      if (source[i]! > 1e-9) {
        if (i < from) from = i;
        if (i > to) to = i;
      }
    }
  }
  out.fill(0);
  let max = Number.NEGATIVE_INFINITY;
  for (let i = from; i <= to; i++) {
    let log = 0;
    for (let s = 0; s < sources.length; s++) log += weights[s]! * Math.log(sources[s]![i]! + floor);
    out[i] = log;
    if (log > max) max = log;
  }
  for (let i = from; i <= to; i++) out[i] = Math.exp(out[i]! - max);
  return normalise(out);
}
