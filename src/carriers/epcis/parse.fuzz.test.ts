import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenPromise } from '../../../test/helpers/parse-result.js';
import { parseEpcis } from './parse.js';

const dir = new URL('./fixtures/', import.meta.url);
const FIXTURES = readdirSync(dir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
  .map((name) => readFileSync(new URL(name, dir), 'utf8'));

const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom('\uFEFF', '\u0000', '\uD800', '\u202E', '🚚', 'urn:epc:id:sscc:', '+25:00', 'receiving'),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), oddText, fc.integer(), fc.constant(null));
const huge = fc
  .tuple(fc.constantFrom('A', '[', '{"a":', '9', '\u00e9'), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)));

/** Valid fixtures with one field replaced by a wrong type, a huge or odd value; or cut short. */
const mutated = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.nat(), fc.nat(3), anyValue, huge)
  .map(([text, at, mode, value, big]) => {
    if (mode === 0) return text.slice(0, at % (text.length + 1)); // truncated JSON
    const doc = JSON.parse(text) as Record<string, unknown>;
    const events = ((doc['epcisBody'] as { eventList?: unknown[] } | undefined)?.eventList ??
      (Array.isArray(doc) ? doc : [doc])) as Record<string, unknown>[];
    const target = events[at % events.length];
    if (target && typeof target === 'object') {
      const keys = [
        'eventTime',
        'eventTimeZoneOffset',
        'epcList',
        'bizStep',
        'disposition',
        'readPoint',
        'bizLocation',
        'type',
        'destinationList',
        'ex:carrierTrackingNumber',
      ];
      const key = keys[at % keys.length] as string;
      target[key] = mode === 1 ? value : mode === 2 ? big : [value, big];
    }
    return doc;
  });

describe('EPCIS parse under fuzzing', () => {
  it('answers 10,000 random and damaged captures with scans or problems, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: mutated },
          { weight: 2, arbitrary: anyValue },
          { weight: 1, arbitrary: fc.anything() },
          { weight: 1, arbitrary: huge },
        ),
        (payload) => {
          const result = parseEpcis(payload);
          expect(brokenPromise(result)).toBeUndefined();
          expect(parseEpcis(payload)).toEqual(result);
        },
      ),
      { numRuns: 10_000 },
    );
    // 10,000 runs take a while on a busy machine; nothing here measures speed.
  }, 600_000);
});
