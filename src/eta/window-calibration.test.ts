import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './synthetic-deliveries.js';
import { WindowCalibrator, type WindowOutcome } from './window-calibration.js';

/** A window that holds a delivery with probability `hold`, missing late and early equally. */
function outcome(random: () => number, hold: number): WindowOutcome {
  const u = random();
  return u < hold ? 'inside' : u < hold + (1 - hold) / 2 ? 'early' : 'late';
}

describe('WindowCalibrator', () => {
  it('leaves a model whose windows hold what they claim exactly as it is', () => {
    const calibrator = new WindowCalibrator(0.8);
    const random = seededRandom(7);
    let lowest = 1;
    let highest = 0;
    // The window's true hold follows the mass it aims for, as a well-specified model's would.
    for (let i = 0; i < 50_000; i++) {
      calibrator.record(outcome(random, calibrator.level));
      lowest = Math.min(lowest, calibrator.level);
      highest = Math.max(highest, calibrator.level);
    }
    expect(lowest).toBeGreaterThan(0.72);
    expect(highest).toBeLessThan(0.88);
  });

  it('widens when windows hold too few deliveries and narrows when they hold too many', () => {
    const wide = new WindowCalibrator(0.8);
    const narrow = new WindowCalibrator(0.8);
    const random = seededRandom(3);
    for (let i = 0; i < 2_000; i++) {
      wide.record(outcome(random, 0.6));
      narrow.record(outcome(random, 0.97));
    }
    expect(wide.level).toBeGreaterThan(0.85);
    expect(narrow.level).toBeLessThan(0.75);
  });

  it('brings a model that is too confident back to about the target, and says so in its confidence', () => {
    // The model's windows really hold 12 points less than they aim for (a shifted world).
    const calibrator = new WindowCalibrator(0.8);
    const random = seededRandom(11);
    let held = 0;
    const tail = 20_000;
    for (let i = 0; i < 40_000; i++) {
      const result = outcome(random, Math.max(0, calibrator.level - 0.12));
      calibrator.record(result);
      if (i >= 40_000 - tail && result === 'inside') held++;
    }
    expect(held / tail).toBeGreaterThan(0.75);
    expect(held / tail).toBeLessThan(0.85);
    expect(calibrator.level).toBeGreaterThan(0.85);
    expect(calibrator.confidenceOf(calibrator.level)).toBeCloseTo(0.8, 5);
  });

  it('keeps the aimed-at mass within its bounds whatever happens', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<WindowOutcome>('early', 'inside', 'late'), { maxLength: 3_000 }),
        (outcomes) => {
          const calibrator = new WindowCalibrator(0.8);
          for (const result of outcomes) calibrator.record(result);
          return calibrator.level >= 0.5 && calibrator.level <= 0.97;
        },
      ),
      { numRuns: 200 },
    );
  });
});
