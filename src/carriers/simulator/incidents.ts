import { chance, type Random } from './random.js';
import type { SimulatorRates } from './rates.js';

/** What will go wrong on one journey. */
export interface JourneyIncidents {
  readonly lost: boolean;
  readonly delay: boolean;
  readonly customsHold: boolean;
  readonly addressException: boolean;
  readonly failedAttempt: boolean;
  readonly returnToSender: boolean;
}

/**
 * One independent coin per incident, always all six and in this order: the random stream then
 * stays aligned, so raising one rate changes which journeys get that incident and nothing else.
 */
export function drawIncidents(rng: Random, rates: SimulatorRates, international: boolean): JourneyIncidents {
  const lost = chance(rng, rates.lost);
  const delay = chance(rng, rates.delay);
  const customsHold = chance(rng, rates.customsHold);
  const addressException = chance(rng, rates.addressException);
  const failedAttempt = chance(rng, rates.failedAttempt);
  const returnToSender = chance(rng, rates.returnToSender);
  return {
    lost,
    delay: delay && !lost,
    customsHold: customsHold && international && !lost,
    addressException: addressException && !lost,
    failedAttempt: failedAttempt && !lost,
    returnToSender: returnToSender && !lost,
  };
}
