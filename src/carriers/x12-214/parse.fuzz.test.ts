import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenPromise } from '../../../test/helpers/parse-result.js';
import { buildInterchange, sampleTransaction } from './build-interchange.js';
import { parseX12 } from './parse.js';

const dir = new URL('./fixtures/', import.meta.url);
const FIXTURES = readdirSync(dir)
  .filter((name) => name.endsWith('.edi'))
  .map((name) => readFileSync(new URL(name, dir), 'utf8'));
FIXTURES.push(buildInterchange([sampleTransaction('PRO1000001'), sampleTransaction('PRO1000002')]));

const SEPARATORS = [
  '*',
  '~',
  '>',
  '|',
  '^',
  '!',
  ':',
  "'",
  '+',
  '\n',
  '\r',
  '\u001c',
  '\u001d',
  '\u001f',
  ' ',
  'A',
  '1',
  '',
];
const separator = fc.constantFrom(...SEPARATORS);
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('\uFEFF', '\u0000', '\uD800', '\u202E', '𝒳', 'é', '\r\n', '🚚'),
);
// Sizes up to ~200 KB: big enough to catch anything worse than linear, small enough for 10,000 runs.
const huge = fc
  .tuple(fc.constantFrom('A', '*', '~', 'AT7*D1*', 'ISA', ' '), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)));

/** A valid interchange, then damaged the way files get damaged. */
const mutated = fc
  .tuple(
    fc.constantFrom(...FIXTURES),
    fc.array(fc.tuple(fc.nat(), fc.nat(), separator, oddText), { minLength: 1, maxLength: 4 }),
    fc.nat(7),
  )
  .map(([text, edits, mode]) => {
    let out = text;
    for (const [a, b, sep, junk] of edits) {
      const at = a % (out.length + 1);
      switch ((mode + b) % 8) {
        case 0: // truncated anywhere, also inside the ISA
          out = out.slice(0, at);
          break;
        case 1: // one character replaced by a separator (wrong separators in the body)
          out = `${out.slice(0, at)}${sep}${out.slice(at + 1)}`;
          break;
        case 2: // every element separator swapped for another after the ISA
          out = out.slice(0, 106) + out.slice(106).replaceAll(out.charAt(3), sep);
          break;
        case 3: // junk inserted
          out = `${out.slice(0, at)}${junk}${out.slice(at)}`;
          break;
        case 4: // a slice dropped
          out = out.slice(0, at) + out.slice(at + (b % 50));
          break;
        case 5: // the ISA's own separators changed
          out = `${out.slice(0, 3)}${sep}${out.slice(4, 104)}${sep}${out.slice(105)}`;
          break;
        case 6: // lines shuffled
          out = out.split('\n').reverse().join('\n');
          break;
        default: // a segment duplicated
          out = out + out.slice(at, at + (b % 200));
      }
    }
    return out;
  });

/** A 214 written from random pieces, with random separators. */
const generated = fc
  .record({
    element: fc.constantFrom('*', '|', '+', '\u001d'),
    segment: fc.constantFrom('~', '!', "'", '\n'),
    lineBreak: fc.constantFrom('', '\n', '\r\n'),
    transactions: fc.array(
      fc.array(
        fc.tuple(
          fc.constantFrom(
            'B10',
            'AT7',
            'MS1',
            'N1',
            'N4',
            'LX',
            'L11',
            'AT8',
            'ZZ',
            'SE',
            'GE',
            'IEA',
            'ISA',
            'ST',
          ),
          fc.array(
            fc.oneof(
              fc.constantFrom(
                'D1',
                'NS',
                'AO',
                'C1',
                'LT',
                'CT',
                '13',
                'US',
                'TX',
                'CN',
                'SH',
                '20261120',
                '1422',
                '20260230',
                '2599',
                '',
              ),
              fc.string({ maxLength: 12 }),
            ),
            { maxLength: 9 },
          ),
        ),
        { maxLength: 12 },
      ),
      { maxLength: 4 },
    ),
  })
  .map(({ element, segment, lineBreak, transactions }) =>
    buildInterchange(
      transactions.map((segments) => segments.map(([id, elements]) => [id, ...elements])),
      { element, segment, lineBreak, component: '>' },
    ),
  );

describe('X12 214 parse under fuzzing', () => {
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
          const result = parseX12(payload);
          expect(brokenPromise(result)).toBeUndefined();
          // Parsing is pure: the same input gives the same answer.
          expect(parseX12(payload)).toEqual(result);
        },
      ),
      { numRuns: 10_000 },
    );
    // 10,000 runs take a while on a busy machine; nothing here measures speed.
  }, 600_000);

  it('never invents scans: a damaged file has at most the scans of the whole one', () => {
    const original = FIXTURES.at(-1) as string;
    const whole = parseX12(original).scans.length;
    fc.assert(
      fc.property(fc.nat(original.length), fc.nat(20), (at, length) => {
        const damaged = original.slice(0, at) + original.slice(at + length);
        expect(parseX12(damaged).scans.length).toBeLessThanOrEqual(whole);
      }),
      { numRuns: 10_000 },
    );
    // 10,000 runs take a while on a busy machine; nothing here measures speed.
  }, 600_000);
});
