import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { HALF_LIFE_CANDIDATES, HalfLifeLearner } from './half-life.js';
import { RecencyClock } from './recency.js';
import { seededRandom } from './synthetic-deliveries.js';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1, 12);

/** Ships `perDay` parcels a day on each lane for `days` days; `transitOf` gives each one's days. */
function feed(
  learner: HalfLifeLearner,
  days: number,
  perDay: number,
  transitOf: (day: number, lane: number, n: number) => number,
  lanes = 4,
): void {
  const parcels: { lane: string; shippedAt: number; deliveredAt: number; days: number }[] = [];
  for (let day = 0; day < days; day++)
    for (let lane = 0; lane < lanes; lane++)
      for (let n = 0; n < perDay; n++) {
        const transit = transitOf(day, lane, n);
        const shippedAt = START + day * DAY + n * 60_000;
        parcels.push({ lane: `L${lane}`, shippedAt, deliveredAt: shippedAt + transit * DAY, days: transit });
      }
  // Deliveries reach the learner in the order they arrive, as in the running system.
  parcels.sort((a, b) => a.deliveredAt - b.deliveredAt);
  for (const p of parcels) learner.observe(p.lane, p.shippedAt, p.deliveredAt, p.days);
}

describe('HalfLifeLearner', () => {
  it('asks for a short memory on a lane whose transit keeps moving', () => {
    const learner = new HalfLifeLearner();
    // Every 40 days the lanes switch between 3 and 9 days (a hub opens and closes).
    feed(learner, 400, 2, (day) => (Math.floor(day / 40) % 2 === 0 ? 3 : 9));
    expect(learner.best(90)).toBeLessThanOrEqual(30);
  });

  it('keeps a long memory on a steady but noisy lane', () => {
    const learner = new HalfLifeLearner();
    const random = seededRandom(7);
    // Two ways through the network, equally likely, every day: a short memory only adds noise.
    feed(learner, 400, 1, () => (random() < 0.5 ? 2 : 9) + Math.floor(random() * 3));
    const [shortest, ...longer] = learner.scores();
    expect(Math.min(...longer.map((s) => s.crpsDays))).toBeLessThan(shortest!.crpsDays);
    expect(learner.best(90)).toBeGreaterThanOrEqual(60);
  });

  it('does not let a parcel be predicted from its own convoy', () => {
    // Each day's parcels travel together and arrive together, with a transit that is random from
    // day to day. Scored against deliveries made after the hand-over, the convoy's earlier members
    // would "predict" each parcel exactly and a short memory would win.
    const random = seededRandom(11);
    const transits = Array.from({ length: 400 }, () => 2 + Math.floor(random() * 9));
    const learner = new HalfLifeLearner();
    feed(learner, 400, 6, (day) => transits[day]!, 2);
    expect(learner.best(14)).toBeGreaterThanOrEqual(90);
  });

  it('scores every candidate with a finite error and only ever names a candidate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 300,
        }),
        (parcels) => {
          const learner = new HalfLifeLearner(HALF_LIFE_CANDIDATES, { minLaneDeliveries: 1 });
          parcels.forEach(([lane, days], n) => {
            const shippedAt = START + n * DAY;
            learner.observe(`L${lane}`, shippedAt, shippedAt + days * DAY, days);
          });
          for (const score of learner.scores()) {
            expect(Number.isFinite(score.crpsDays)).toBe(true);
            expect(score.crpsDays).toBeGreaterThanOrEqual(0);
          }
          expect(HALF_LIFE_CANDIDATES).toContain(learner.best(90));
        },
      ),
    );
  });

  it('keeps the current half-life until a candidate is clearly better', () => {
    const learner = new HalfLifeLearner();
    expect(learner.best(90)).toBe(90);
  });
});

describe('RecencyClock.retune', () => {
  it('keeps the weights already given and fades later ones at the new rate', () => {
    const clock = new RecencyClock(10);
    let stored = [clock.weightOf(START, rebaseNothing), clock.weightOf(START + 10 * DAY, rebaseNothing)];
    // Ten days apart at a 10-day half-life: the older weighs half the newer.
    expect(stored[0]! / stored[1]!).toBeCloseTo(0.5, 10);
    clock.retune(40, (factor) => {
      stored = stored.map((w) => w * factor);
    });
    expect(stored[0]! / stored[1]!).toBeCloseTo(0.5, 10);
    expect(stored[1]! / clock.scaleNow).toBeCloseTo(1, 10);
    const later = clock.weightOf(START + 50 * DAY, rebaseNothing);
    // Forty days later at a 40-day half-life, the newer of the two weighs half of a delivery now.
    expect(stored[1]! / later).toBeCloseTo(0.5, 10);
  });
});

function rebaseNothing(): void {}
