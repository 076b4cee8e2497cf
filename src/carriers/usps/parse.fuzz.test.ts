import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSafely, resultViolations } from '../contract-suite.js';
import { fuzzPayloads, jsonFixtures } from '../test-fuzz-payloads.js';
import { uspsAdapter } from './index.js';

describe('usps parse under fuzzing', () => {
  it('turns 10,000 random and mutated payloads into scans and problems, never a throw', () => {
    fc.assert(
      fc.property(fuzzPayloads(jsonFixtures('usps')), (payload) => {
        const { result, thrown } = parseSafely(uspsAdapter, payload);
        expect(thrown).toBeUndefined();
        expect(resultViolations(uspsAdapter, result)).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });
});
