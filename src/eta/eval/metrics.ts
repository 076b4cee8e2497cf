import type { EpochDay } from '../calendar/civil-day.js';

// Accuracy figures for one predictor at one moment, gathered one prediction at a time.
// Errors compare calendar dates: delivered − predicted, in days (positive = late).

export interface AccuracyFigures {
  readonly predictions: number;
  /** Mean absolute error of the predicted date, in days. */
  readonly maeDays: number;
  readonly exactShare: number;
  readonly withinOneDayShare: number;
  /** Share delivered after the predicted date. */
  readonly lateShare: number;
  /** Share delivered inside the window (null for predictors without one). */
  readonly windowCoverage: number | null;
  /** Mean window width in calendar days, both ends counted. */
  readonly meanWindowDays: number | null;
}

export interface PromiseCalibration {
  readonly predictions: number;
  /** Mean probability the predictor gave of arriving by the promised date. */
  readonly meanProbability: number;
  /** Share that actually arrived by it. */
  readonly actualShare: number;
  /** Mean squared difference between the probability and what happened (lower is better). */
  readonly brierScore: number;
}

export class AccuracyTally {
  private n = 0;
  private absolute = 0;
  private exact = 0;
  private withinOne = 0;
  private late = 0;
  private windows = 0;
  private covered = 0;
  private width = 0;

  add(predicted: EpochDay, delivered: EpochDay, window?: { low: EpochDay; high: EpochDay }): void {
    const error = delivered - predicted;
    this.n++;
    this.absolute += Math.abs(error);
    if (error === 0) this.exact++;
    if (Math.abs(error) <= 1) this.withinOne++;
    if (error > 0) this.late++;
    if (window) {
      this.windows++;
      if (delivered >= window.low && delivered <= window.high) this.covered++;
      this.width += window.high - window.low + 1;
    }
  }

  figures(): AccuracyFigures {
    const share = (k: number): number => (this.n === 0 ? 0 : k / this.n);
    return {
      predictions: this.n,
      maeDays: share(this.absolute),
      exactShare: share(this.exact),
      withinOneDayShare: share(this.withinOne),
      lateShare: share(this.late),
      windowCoverage: this.windows === 0 ? null : this.covered / this.windows,
      meanWindowDays: this.windows === 0 ? null : this.width / this.windows,
    };
  }
}

export class PromiseTally {
  private n = 0;
  private probability = 0;
  private met = 0;
  private brier = 0;

  add(probability: number, deliveredByPromise: boolean): void {
    const outcome = deliveredByPromise ? 1 : 0;
    this.n++;
    this.probability += probability;
    this.met += outcome;
    this.brier += (probability - outcome) ** 2;
  }

  figures(): PromiseCalibration | null {
    if (this.n === 0) return null;
    return {
      predictions: this.n,
      meanProbability: this.probability / this.n,
      actualShare: this.met / this.n,
      brierScore: this.brier / this.n,
    };
  }
}
