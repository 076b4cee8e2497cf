import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edits, junkValue, mutate } from './json-mutations.js';
import { brokenPromise } from './parse-result.js';

/**
 * The fuzz suite of a JSON carrier parser: its own fixtures (every `*.json` in `fixtures`, minus
 * the `.expected.json` answers) damaged at random, plus junk and arbitrary values; 10,000 runs,
 * each answered with scans or problems, never a throw, and the same answer twice.
 */
export function fuzzJsonParser(label: string, fixtures: URL, parse: (payload: unknown) => unknown): void {
  const payloads = readdirSync(fixtures)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
    .map((name) => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as unknown);

  describe(`${label} parse under fuzzing`, () => {
    it('answers 10,000 random and damaged payloads with scans or problems, never a throw', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            {
              weight: 6,
              arbitrary: fc
                .tuple(fc.constantFrom(...payloads), edits)
                .map(([payload, list]) => mutate(payload, list)),
            },
            { weight: 1, arbitrary: junkValue },
            { weight: 1, arbitrary: fc.anything() },
          ),
          (payload) => {
            const result = parse(payload);
            expect(brokenPromise(result)).toBeUndefined();
            expect(parse(payload)).toEqual(result);
          },
        ),
        { numRuns: 10_000 },
      );
      // 10,000 runs take seconds alone, longer on a shared machine.
    }, 180_000);
  });
}
