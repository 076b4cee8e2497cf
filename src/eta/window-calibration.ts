/**
 * Keeps the window honest: the model's 80% window only holds 80% of deliveries while the history
 * it learned from still describes today. When conditions shift faster than deliveries report them
 * (a monsoon, a strike, a sales peak), windows learned from the past hold fewer.
 *
 * Each delivery tells whether the windows shown for it held it, and a window whose last day passes
 * without the delivery is a miss known at once. We keep a moving share of windows that held, and
 * while it strays outside a dead band around the target we move the mass the next windows aim for
 * until the share is back at the target (adaptive conformal inference, Gibbs & Candès 2021, with
 * a dead band so that a calibrated model is left exactly as it is).
 *
 * Correcting each edge on its own was tried: on the Olist history it pushed windows to 34 days,
 * chasing a long late tail, for no better coverage.
 */
export interface WindowCalibrationOptions {
  /** Outcomes the moving share remembers (the weight of one is 1/memory). */
  readonly memory: number;
  /** No correction starts while the share is within target ± band. */
  readonly band: number;
  /** How far the aimed-at mass moves per outcome, per unit of coverage error. */
  readonly gain: number;
  /** Bounds on the aimed-at mass. */
  readonly minLevel: number;
  readonly maxLevel: number;
}

export const DEFAULT_WINDOW_CALIBRATION: WindowCalibrationOptions = {
  // Chosen on the two real histories (docs/eta.md): about two weeks of Olist's deliveries.
  memory: 200,
  band: 0.025,
  gain: 0.004,
  minLevel: 0.5,
  maxLevel: 0.97,
};

/** Where the delivery fell against a window shown for it. */
export type WindowOutcome = 'early' | 'inside' | 'late';

export class WindowCalibrator {
  private observed: number;
  private aimed: number;
  /** Once outside the band, correct until the share is back near the target (hysteresis). */
  private correcting = false;
  outcomes = 0;

  constructor(
    readonly target: number,
    private readonly options: WindowCalibrationOptions = DEFAULT_WINDOW_CALIBRATION,
  ) {
    this.observed = target;
    this.aimed = target;
  }

  /** The probability mass the next window should hold under the model. */
  get level(): number {
    return this.aimed;
  }

  /** The moving share of windows that held their delivery. */
  get coverage(): number {
    return this.observed;
  }

  record(outcome: WindowOutcome): void {
    const { memory, band, gain, minLevel, maxLevel } = this.options;
    this.outcomes++;
    // Until `memory` outcomes are in, the plain average (the moving one would lean on the prior).
    this.observed += ((outcome === 'inside' ? 1 : 0) - this.observed) / Math.min(this.outcomes, memory);
    if (this.outcomes < memory / 5) return;
    const error = this.target - this.observed;
    if (Math.abs(error) > band) this.correcting = true;
    else if (Math.abs(error) < band / 5) this.correcting = false;
    if (this.correcting) this.aimed = Math.min(maxLevel, Math.max(minLevel, this.aimed + gain * error));
  }

  /**
   * What a window holding `mass` under the model is expected to really hold: the model's mass
   * less the correction we had to apply, so the confidence shown stays what comes true.
   */
  confidenceOf(mass: number): number {
    return Math.min(0.99, Math.max(0.01, mass - (this.aimed - this.target)));
  }
}
