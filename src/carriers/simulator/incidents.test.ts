import { describe, expect, it } from 'vitest';
import type { PlannedJourney } from './journey.js';
import { planNthJourney } from './nth-journey.js';
import { resolveRates, type SimulatorRates } from './rates.js';

const RATES: SimulatorRates = {
  delay: 0.12,
  failedAttempt: 0.1,
  addressException: 0.05,
  customsHold: 0.2,
  returnToSender: 0.04,
  lost: 0.03,
};
const JOURNEYS = 20_000;

function has(journey: PlannedJourney, substatus: string): boolean {
  return journey.scans.some((scan) => scan.substatus === substatus);
}

/** Share of `journeys` (restricted to those `where` an incident can happen) that show it. */
function shareOf(
  journeys: readonly PlannedJourney[],
  shows: (journey: PlannedJourney) => boolean,
  where: (journey: PlannedJourney) => boolean = () => true,
): { share: number; population: number } {
  const population = journeys.filter(where);
  return { share: population.filter(shows).length / population.length, population: population.length };
}

describe('incident rates', () => {
  const journeys = Array.from({ length: JOURNEYS }, (_, sequence) =>
    planNthJourney({ seed: 2024, sequence, labelCreatedAt: '2025-02-03T09:30:00Z', rates: RATES }),
  );
  const notLost = (journey: PlannedJourney): boolean => journey.outcome !== 'lost';
  const reachedTheDoor = (journey: PlannedJourney): boolean => has(journey, 'out_for_delivery.on_vehicle');

  // Tolerances are about five standard errors of each measured share.
  it.each([
    ['lost', () => shareOf(journeys, (j) => has(j, 'exception.lost')), RATES.lost],
    ['delay', () => shareOf(journeys, (j) => has(j, 'in_transit.delayed'), notLost), RATES.delay],
    [
      'customsHold',
      () =>
        shareOf(
          journeys,
          (j) => has(j, 'exception.customs_hold'),
          (j) => notLost(j) && j.lane.international,
        ),
      RATES.customsHold,
    ],
    [
      'addressException',
      () => shareOf(journeys, (j) => has(j, 'exception.address_issue'), notLost),
      RATES.addressException,
    ],
    [
      'failedAttempt',
      () =>
        shareOf(journeys, (j) => j.scans.some((scan) => scan.status === 'attempt_failed'), reachedTheDoor),
      RATES.failedAttempt,
    ],
    [
      'returnToSender',
      () => shareOf(journeys, (j) => has(j, 'exception.refused'), reachedTheDoor),
      RATES.returnToSender,
    ],
  ] as const)('shows %s at the configured rate', (_name, measure, rate) => {
    const { share, population } = measure();
    const tolerance = 5 * Math.sqrt((rate * (1 - rate)) / population);
    expect(population).toBeGreaterThan(2000);
    expect(Math.abs(share - rate)).toBeLessThan(tolerance);
  });

  it('returns to the sender for refusals and for unresolved addresses, and for nothing else', () => {
    for (const journey of journeys) {
      const returned = has(journey, 'return_to_sender.initiated');
      expect(returned).toBe(journey.outcome === 'returned');
      if (returned)
        expect(has(journey, 'exception.refused') || has(journey, 'exception.address_issue')).toBe(true);
    }
    const resolved = shareOf(
      journeys,
      (j) => j.outcome !== 'returned' || has(j, 'exception.refused'),
      (j) => has(j, 'exception.address_issue'),
    );
    expect(resolved.share).toBeGreaterThan(0.55);
    expect(resolved.share).toBeLessThan(0.85);
  });

  it('shows none at all when every rate is zero', () => {
    const zero = resolveRates({
      delay: 0,
      failedAttempt: 0,
      addressException: 0,
      customsHold: 0,
      returnToSender: 0,
      lost: 0,
    });
    for (let sequence = 0; sequence < 2000; sequence += 1) {
      const journey = planNthJourney({
        seed: 9,
        sequence,
        labelCreatedAt: '2025-02-03T09:30:00Z',
        rates: zero,
      });
      expect(journey.outcome).toBe('delivered');
      expect(journey.scans.every((scan) => !['exception', 'attempt_failed'].includes(scan.status))).toBe(
        true,
      );
    }
  });
});

describe('resolveRates', () => {
  it('fills unset rates from the defaults and names each bad one', () => {
    expect(resolveRates({ lost: 0.5, delay: undefined }).lost).toBe(0.5);
    expect(() => resolveRates({ lost: 1.5, delay: -0.1 })).toThrow(/rates\.delay, rates\.lost/);
    expect(() => resolveRates({ customsHold: Number.NaN })).toThrow(/rates\.customsHold/);
  });
});
