import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planNthJourney } from './nth-journey.js';
import { DEFAULT_SIMULATOR_RATES } from './rates.js';
import { ScanQueue } from './scan-queue.js';

describe('ScanQueue', () => {
  it('gives back every scan once, in time order overall and per journey, however time is stepped', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.integer({ min: 1, max: 96 }), { minLength: 1, maxLength: 20 }),
        (seed, count, steps) => {
          const queue = new ScanQueue();
          const journeys = Array.from({ length: count }, (_, sequence) =>
            planNthJourney({
              seed,
              sequence,
              labelCreatedAt: new Date(Date.UTC(2025, 0, 6) + sequence * 3_600_000).toISOString(),
              rates: DEFAULT_SIMULATOR_RATES,
            }),
          );
          for (const journey of journeys) queue.add(journey);

          const taken: string[] = [];
          let until = Date.UTC(2025, 0, 6);
          for (const hours of [...steps, 10_000]) {
            until += hours * 3_600_000;
            const due = queue.takeDue(until);
            for (const { scan } of due) expect(Date.parse(scan.occurredAt)).toBeLessThanOrEqual(until);
            taken.push(
              ...due.map(
                ({ journey, scan }) => `${scan.occurredAt} ${journey.trackingNumber} ${scan.rawCode}`,
              ),
            );
          }

          const expected = journeys.flatMap((journey) =>
            journey.scans.map((scan) => `${scan.occurredAt} ${journey.trackingNumber} ${scan.rawCode}`),
          );
          expect(taken).toHaveLength(expected.length);
          expect(new Set(taken)).toEqual(new Set(expected));
          const instants = taken.map((entry) => entry.slice(0, 24));
          expect(instants).toEqual([...instants].sort());
          expect(queue.journeysUnderWay).toBe(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});
