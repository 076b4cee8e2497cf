import { describe, expect, it } from 'vitest';

import { judgeGoals } from './goals.js';
import type { AccuracyFigures } from './metrics.js';
import type { MomentFigures } from './replay.js';

function figures(
  maeDays: number,
  windowCoverage: number | null,
  meanWindowDays: number | null,
  n = 600,
): AccuracyFigures {
  return {
    predictions: n,
    maeDays,
    exactShare: 0,
    withinOneDayShare: 0,
    lateShare: 0,
    windowCoverage,
    meanWindowDays,
  };
}

function moment(waybill: AccuracyFigures, laneMedian: AccuracyFigures): MomentFigures {
  return { waybill, laneMedian, promise: figures(10, null, null), promiseCalibration: null };
}

describe('the per-quarter goals', () => {
  it('holds when the MAE, coverage and width all do', () => {
    const verdict = judgeGoals(moment(figures(4, 0.8, 7), figures(5, 0.78, 10)));
    expect(verdict).toMatchObject({ judged: true, mae: true, coverage: true, width: true, met: true });
    expect(verdict.maeRatio).toBeCloseTo(0.8);
    expect(verdict.widthRatio).toBeCloseTo(0.7);
  });

  it('names each goal that fails', () => {
    expect(judgeGoals(moment(figures(4.5, 0.8, 7), figures(5, 0.8, 10)))).toMatchObject({
      mae: false,
      met: false,
    });
    expect(judgeGoals(moment(figures(4, 0.9, 7), figures(5, 0.8, 10)))).toMatchObject({
      coverage: false,
      met: false,
    });
    expect(judgeGoals(moment(figures(4, 0.7, 7), figures(5, 0.8, 10)))).toMatchObject({ coverage: false });
    expect(judgeGoals(moment(figures(4, 0.8, 8), figures(5, 0.8, 10)))).toMatchObject({
      width: false,
      met: false,
    });
  });

  it('does not judge a quarter with fewer than 500 predictions', () => {
    const verdict = judgeGoals(moment(figures(4, 0.8, 7, 499), figures(5, 0.8, 10, 499)));
    expect(verdict).toMatchObject({ judged: false, met: null, mae: null });
  });

  it('fails rather than passes when the baseline had nothing to say', () => {
    expect(judgeGoals(moment(figures(4, 0.8, 7), figures(0, null, null, 0)))).toMatchObject({
      mae: false,
      width: false,
      met: false,
    });
  });
});
