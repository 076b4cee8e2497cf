import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSafely, resultViolations } from '../contract-suite.js';
import { fuzzPayloads, jsonFixtures } from '../test-fuzz-payloads.js';
import { fedexAdapter } from './index.js';

describe('fedex parse under fuzzing', () => {
  it('turns 10,000 random and mutated payloads into scans and problems, never a throw', () => {
    fc.assert(
      fc.property(fuzzPayloads(jsonFixtures('fedex')), (payload) => {
        const { result, thrown } = parseSafely(fedexAdapter, payload);
        expect(thrown).toBeUndefined();
        expect(resultViolations(fedexAdapter, result)).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });
});
