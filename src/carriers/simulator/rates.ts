import { WaybillError, type FieldProblem } from '../../domain/errors.js';

/**
 * How often things go wrong, each as the probability (0..1) that one journey has that incident.
 * Each is drawn on its own; an incident that cannot happen on a journey is simply not shown
 * (a lost parcel has no delivery attempt, a domestic one no customs).
 */
export interface SimulatorRates {
  /** Held at the origin hub for one to three extra days, with an in_transit.delayed scan. */
  readonly delay: number;
  /** The first delivery attempt fails; the driver comes back the next delivery day. */
  readonly failedAttempt: number;
  /** The delivery station cannot deliver to the address; mostly resolved, otherwise returned. */
  readonly addressException: number;
  /** International only: customs holds the parcel for one to three days before release. */
  readonly customsHold: number;
  /** The recipient refuses the parcel at the door and it goes back to the sender. */
  readonly returnToSender: number;
  /** The parcel vanishes after leaving the origin hub; a loss is declared days later. */
  readonly lost: number;
}

/** Roughly what a parcel network sees on an ordinary week. */
export const DEFAULT_SIMULATOR_RATES: SimulatorRates = Object.freeze({
  delay: 0.06,
  failedAttempt: 0.05,
  addressException: 0.015,
  customsHold: 0.08,
  returnToSender: 0.01,
  lost: 0.003,
});

export const NO_INCIDENTS: SimulatorRates = Object.freeze({
  delay: 0,
  failedAttempt: 0,
  addressException: 0,
  customsHold: 0,
  returnToSender: 0,
  lost: 0,
});

/** Defaults overlaid with what the operator set; every rate must be a probability. */
export function resolveRates(overrides: Partial<SimulatorRates> = {}): SimulatorRates {
  const rates: Record<keyof SimulatorRates, number> = { ...DEFAULT_SIMULATOR_RATES };
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(DEFAULT_SIMULATOR_RATES) as (keyof SimulatorRates)[]) {
    // Config layers pass unset keys as undefined; those keep the default.
    const value: unknown = overrides[key] ?? rates[key];
    if (typeof value === 'number') rates[key] = value;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      problems.push({ field: `rates.${key}`, message: 'must be a number from 0 to 1' });
    }
  }
  if (problems.length > 0) {
    const fields = problems.map((problem) => problem.field).join(', ');
    throw new WaybillError('validation_failed', `Simulator rates are not probabilities: ${fields}`, {
      problems,
    });
  }
  return Object.freeze(rates);
}
