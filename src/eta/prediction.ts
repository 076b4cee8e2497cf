import type { EstimatedDeliveryWindow } from '../domain/shipment.js';
import type { EpochDay } from './calendar/civil-day.js';
import type { DeliveryCalendar } from './calendar/delivery-calendar.js';
import type { Milestone } from './milestone.js';
import { cdfAt, quantileIndex } from './pmf.js';

/** Where an outside estimate of the delivery date comes from. */
export type EstimateSource = 'carrier' | 'promise';

/** What the predictor says about one shipment at one moment; it is an EstimatedDeliveryWindow. */
export interface Prediction extends EstimatedDeliveryWindow {
  readonly milestone: Milestone;
  /** True when no delivery history backs it and the published service level stands in. */
  readonly coldStart: boolean;
  /** Deliveries behind the group the estimate rests on most. */
  readonly sampleSize: number;
  /** Outside estimates blended in, with the weight each got (0..1). */
  readonly blended: readonly { readonly source: EstimateSource; readonly weight: number }[];
}

export interface WindowChoice {
  /** Index of the most likely date. */
  readonly point: number;
  readonly low: number;
  readonly high: number;
  /** Probability mass between low and high inclusive. */
  readonly mass: number;
}

/**
 * How much a lopsided window (more mass left out on one side than the other) is penalised. Lower
 * values hit the target mass more exactly but, on long-tailed lanes, slide the window into the
 * sparse tail and widen it by days (measured on the Olist history: 12.3 days at 1, 14.4 at 0.25).
 */
const BALANCE_PENALTY = 1;
/** cumulative[i] = mass of days before i; reused across calls (predictions are synchronous). */
let cumulative = new Float64Array(257);

/**
 * The point is the `pointQuantile` of the distribution (the median by default: it minimises the
 * mean absolute error in days). Dates are whole days, so a window rarely covers exactly 80%.
 * Taking the 10th and 90th percentiles would always overshoot (a narrow distribution's 80% window
 * then holds 90% or more), so we pick, among windows around the point, the one whose mass is
 * nearest the target, preferring windows that leave out about as much on each side. The mass
 * it actually covers is reported as the confidence.
 */
export function chooseWindow(pmf: Float64Array, coverage: number, pointQuantile: number): WindowChoice {
  const point = quantileIndex(pmf, pointQuantile);
  if (cumulative.length < pmf.length + 1) cumulative = new Float64Array(pmf.length + 1);
  cumulative[0] = 0;
  for (let i = 0; i < pmf.length; i++) cumulative[i + 1] = cumulative[i]! + pmf[i]!;
  const total = cumulative[pmf.length]!;
  let best = { low: point, high: point, score: Number.POSITIVE_INFINITY };
  let high = point;
  for (let low = 0; low <= point; low++) {
    const below = cumulative[low]!;
    if (low < point && pmf[low]! <= 0) continue;
    // Moving the low end right loses mass, so the best high end only moves right too.
    while (high + 1 < pmf.length && cumulative[high + 1]! - below < coverage) high++;
    // `high` is the first end reaching the target (or the last day); the one before falls short.
    for (let candidate = Math.max(point, high - 1); candidate <= high; candidate++) {
      const mass = cumulative[candidate + 1]! - below;
      const above = total - cumulative[candidate + 1]!;
      const score = Math.abs(mass - coverage) + BALANCE_PENALTY * Math.abs(below - above);
      if (score < best.score - 1e-12) best = { low, high: candidate, score };
    }
  }
  const mass = cumulative[best.high + 1]! - cumulative[best.low]!;
  return { point, low: best.low, high: best.high, mass };
}

export interface Summary {
  readonly mostLikely: EpochDay;
  readonly earliest: EpochDay;
  readonly latest: EpochDay;
  readonly confidence: number;
  readonly probabilityByPromise: number | undefined;
}

/** Turns a distribution over business days after `from` into calendar dates. */
export function summarise(
  pmf: Float64Array,
  calendar: DeliveryCalendar,
  from: EpochDay,
  options: { coverage: number; pointQuantile: number; promise: EpochDay | undefined },
): Summary {
  const window = chooseWindow(pmf, options.coverage, options.pointQuantile);
  let probabilityByPromise: number | undefined;
  if (options.promise !== undefined) {
    const byPromise = calendar.businessDaysBetween(from, options.promise);
    probabilityByPromise = byPromise < 0 ? 0 : cdfAt(pmf, byPromise);
  }
  return {
    mostLikely: calendar.addBusinessDays(from, window.point),
    earliest: calendar.addBusinessDays(from, window.low),
    latest: calendar.addBusinessDays(from, window.high),
    confidence: window.mass,
    probabilityByPromise,
  };
}

/** Just the fields a Shipment stores. */
export function toEstimatedDeliveryWindow(prediction: Prediction): EstimatedDeliveryWindow {
  const { mostLikely, earliest, latest, confidence, probabilityByPromise, basis, basisFacts, predictedAt } =
    prediction;
  return { mostLikely, earliest, latest, confidence, probabilityByPromise, basis, basisFacts, predictedAt };
}
