import { planJourney, type PlannedJourney } from './journey.js';
import { pickCities } from './lanes.js';
import { createRandom, deriveSeed } from './random.js';
import type { SimulatorRates } from './rates.js';
import { simulatorTrackingNumber } from './tracking-number.js';

/**
 * A seed's n-th shipment: its number, lane and journey depend only on (seed, sequence) and the
 * label time, so the live runner and the history generator can plan shipments in any order and
 * still replay exactly.
 */
export function planNthJourney(options: {
  readonly seed: number;
  readonly sequence: number;
  /** UTC instant, ISO 8601. */
  readonly labelCreatedAt: string;
  readonly rates: SimulatorRates;
}): PlannedJourney {
  const rng = createRandom(deriveSeed(options.seed, options.sequence));
  const { origin, destination } = pickCities(rng);
  return planJourney({
    trackingNumber: simulatorTrackingNumber(options.seed, options.sequence),
    origin,
    destination,
    labelCreatedAt: options.labelCreatedAt,
    rng,
    rates: options.rates,
  });
}
