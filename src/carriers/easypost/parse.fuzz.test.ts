import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edits, junkValue, mutate } from '../../../test/helpers/json-mutations.js';
import { brokenPromise } from '../../../test/helpers/parse-result.js';
import { parseEasypost } from './parse.js';

const dir = new URL('./fixtures/', import.meta.url);
const FIXTURES = readdirSync(dir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown);

describe('EasyPost parse under fuzzing', () => {
  it('answers 10,000 random and damaged payloads with scans or problems, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          {
            weight: 6,
            arbitrary: fc
              .tuple(fc.constantFrom(...FIXTURES), edits)
              .map(([payload, list]) => mutate(payload, list)),
          },
          { weight: 1, arbitrary: junkValue },
          { weight: 1, arbitrary: fc.anything() },
        ),
        (payload) => {
          const result = parseEasypost(payload);
          expect(brokenPromise(result)).toBeUndefined();
          expect(parseEasypost(payload)).toEqual(result);
        },
      ),
      { numRuns: 10_000 },
    );
    // 10,000 runs take seconds alone, longer on a shared machine.
  }, 180_000);
});
