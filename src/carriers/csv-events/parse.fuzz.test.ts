import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenPromise } from '../../../test/helpers/parse-result.js';
import { parseEventsCsv } from './parse.js';

const dir = new URL('./fixtures/', import.meta.url);
const FIXTURES = readdirSync(dir)
  .filter((name) => name.endsWith('.csv'))
  .map((name) => readFileSync(new URL(name, dir), 'utf8'));

const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom(
    '"',
    '""',
    ',',
    ';',
    '\t',
    '\r',
    '\n',
    '\uFEFF',
    '\u0000',
    '\uD800',
    '🚚',
    '2026-02-30T25:61',
  ),
);
const huge = fc
  .tuple(fc.constantFrom('A', ',', '"', '\n', 'a,"b'), fc.integer({ min: 1_000, max: 20_000 }))
  .map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)));

const mutated = fc
  .tuple(
    fc.constantFrom(...FIXTURES),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), oddText), { minLength: 1, maxLength: 4 }),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [a, mode, junk] of edits) {
      const at = a % (out.length + 1);
      if (mode === 0) out = out.slice(0, at);
      else if (mode === 1) out = `${out.slice(0, at)}${junk}${out.slice(at + 1)}`;
      else if (mode === 2) out = `${out.slice(0, at)}${junk}${out.slice(at)}`;
      else out = out.replaceAll(',', junk.slice(0, 1));
    }
    return out;
  });

/** Rows of random cells under the real header. */
const generated = fc
  .array(
    fc.array(
      fc.oneof(
        oddText,
        fc.constantFrom('WB0000000001', 'delivered', '2026-11-20T09:15:00Z', 'DE', 'Europe/Berlin'),
      ),
      { maxLength: 12 },
    ),
    {
      maxLength: 20,
    },
  )
  .map(
    (rows) =>
      'tracking_number,carrier,occurred_at,status,raw_code,description,city,region,postal_code,country,zone,carrier_estimate\n' +
      rows.map((cells) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n'),
  );

describe('CSV events parse under fuzzing', () => {
  it('answers 10,000 random and damaged files with scans or problems, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 3, arbitrary: mutated },
          { weight: 3, arbitrary: generated },
          { weight: 2, arbitrary: oddText },
          { weight: 1, arbitrary: huge },
          { weight: 1, arbitrary: fc.anything() },
        ),
        (payload) => {
          const result = parseEventsCsv(payload);
          expect(brokenPromise(result)).toBeUndefined();
          expect(parseEventsCsv(payload)).toEqual(result);
        },
      ),
      { numRuns: 10_000 },
    );
    // 10,000 runs take a while on a busy machine; nothing here measures speed.
  }, 600_000);
});
