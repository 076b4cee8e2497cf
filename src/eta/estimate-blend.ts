import { meanAbsoluteDeviation } from './pmf.js';

// Outside estimates (the carrier's, the promised date) enter as distributions: the estimate plus
// how far off such estimates have been, learned per lane like transit. Each source, and the
// model's own transit distribution, is trusted in inverse proportion to its typical miss.

/** Keeps a perfect record (zero spread) from taking all the weight. */
const SPREAD_FLOOR_DAYS = 0.5;

/** A source that usually misses by 1 day gets three times the weight of one that misses by 3. */
export function trustOf(pmf: Float64Array): number {
  return 1 / (meanAbsoluteDeviation(pmf) + SPREAD_FLOOR_DAYS);
}

/**
 * Rewrites an error distribution (index 0 = `errorOrigin` days late) around an estimate that
 * falls `offset` business days after the milestone, as transit days after the milestone, into `out`.
 */
export function errorsAsTransit(
  errorPmf: Float64Array,
  errorOrigin: number,
  offset: number,
  out: Float64Array,
): Float64Array {
  out.fill(0);
  const last = out.length - 1;
  for (let i = 0; i < errorPmf.length; i++) {
    const p = errorPmf[i]!;
    if (p === 0) continue;
    const days = offset + errorOrigin + i;
    out[days < 0 ? 0 : days > last ? last : days]! += p;
  }
  return out;
}
