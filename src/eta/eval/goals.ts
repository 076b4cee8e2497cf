import type { MomentFigures } from './replay.js';

// The accuracy goals a quarter is judged by (issue 13): against the online lane median and the
// lane's own 10th–90th percentile window, computed from the same history at the same moment.

export const GOALS = {
  /** Quarters with fewer predictions at a moment are reported but not judged. */
  minPredictions: 500,
  /** Waybill's MAE at most this share of the lane median's. */
  maxMaeRatio: 0.85,
  /** The 80% window holds this share of deliveries… */
  coverage: [0.75, 0.85] as const,
  /** …while being at most this share of the lane window's mean width. */
  maxWidthRatio: 0.75,
} as const;

export interface GoalVerdict {
  /** False when the quarter is too small to judge; the checks below are then null. */
  readonly judged: boolean;
  readonly maeRatio: number | null;
  readonly widthRatio: number | null;
  readonly mae: boolean | null;
  readonly coverage: boolean | null;
  readonly width: boolean | null;
  /** Every check holds. */
  readonly met: boolean | null;
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

export function judgeGoals(figures: MomentFigures): GoalVerdict {
  const { waybill, laneMedian } = figures;
  const maeRatio = ratio(waybill.maeDays, laneMedian.predictions === 0 ? null : laneMedian.maeDays);
  const widthRatio = ratio(waybill.meanWindowDays, laneMedian.meanWindowDays);
  if (waybill.predictions < GOALS.minPredictions) {
    return { judged: false, maeRatio, widthRatio, mae: null, coverage: null, width: null, met: null };
  }
  const mae = maeRatio !== null && maeRatio <= GOALS.maxMaeRatio;
  const covered = waybill.windowCoverage;
  const coverage = covered !== null && covered >= GOALS.coverage[0] && covered <= GOALS.coverage[1];
  const width = widthRatio !== null && widthRatio <= GOALS.maxWidthRatio;
  return { judged: true, maeRatio, widthRatio, mae, coverage, width, met: mae && coverage && width };
}
