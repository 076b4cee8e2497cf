import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPosition } from './check-digits/check-digit.js';
import { mod10Value } from './check-digits/weighted-mod10.js';
import { detect } from './detect.js';
import type { TrackingNumberFormat } from './format.js';
import { FORMATS } from './formats/index.js';
import { normalize } from './normalize.js';
import { sampleNumber, seededRandom } from './sample-number.js';
import { asTyped, validNumberOf } from './test-arbitraries.js';

const CHECKED = FORMATS.filter((format) => format.checkDigit !== undefined);
const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The candidate for this format that reads the input as this number (same routing code, if any). */
const fitsAs = (input: string, format: TrackingNumberFormat, number: string, offset: number) =>
  detect(input).candidates.find(
    (candidate) => candidate.formatId === format.id && candidate.trackingNumber === number.slice(offset),
  );

describe.each(FORMATS.map((format) => [format.id, format] as const))('format %s', (_id, format) => {
  it('detects every generated valid number as this format', () => {
    fc.assert(
      fc.property(validNumberOf(format), ({ number }) => {
        // A number behind a routing code can sometimes be read two ways; either reading will do.
        const candidate = detect(number).candidates.find((one) => one.formatId === format.id);
        expect(candidate).toBeDefined();
        expect(candidate?.checkDigit).toBe(format.checkDigit === undefined ? 'none' : 'verified');
      }),
    );
  });

  it('accepts the number typed with spaces, dashes, dots and lower case', () => {
    const typed = validNumberOf(format).chain(({ number }) =>
      asTyped(number).map((text) => ({ text, number })),
    );
    fc.assert(
      fc.property(typed, ({ text, number }) => {
        expect(normalize(text)).toBe(number);
        expect(detect(text).candidates.map((candidate) => candidate.formatId)).toContain(format.id);
      }),
    );
  });
});

describe.each(CHECKED.map((format) => [format.id, format] as const))(
  'check character of %s',
  (_id, format) => {
    it('rejects any one changed character wherever the algorithm guarantees to notice', () => {
      const mutation = validNumberOf(format).chain(({ number, offset }) =>
        fc.tuple(
          fc.constant(number),
          fc.constant(offset),
          fc.nat(number.length - 1),
          fc.integer({ min: 1, max: 35 }),
        ),
      );
      fc.assert(
        fc.property(mutation, ([number, offset, at, shift]) => {
          const original = number.charAt(at);
          const kind = DIGITS.includes(original) ? DIGITS : LETTERS;
          const replacement = kind.charAt((kind.indexOf(original) + shift) % kind.length);
          fc.pre(replacement !== original && isGuarded(format, number, offset, at));
          fc.pre(guaranteesDetection(format, number, offset, at, replacement));
          const changed = number.slice(0, at) + replacement + number.slice(at + 1);
          expect(fitsAs(changed, format, changed, offset)).toBeUndefined();
        }),
      );
    });

    it('accepts random check characters at the rate the algorithm implies', () => {
      const random = seededRandom(0x5eed);
      const samples = 2000;
      let accepted = 0;
      let alphabetSize = 10;
      for (let sample = 0; sample < samples; sample += 1) {
        const valid = sampleNumber(format, random);
        const rule = format.checkDigit;
        if (rule === undefined) return;
        const at = checkPosition(rule, 0, valid.length);
        // The check position's own character class: a digit, or for MOD 37,36 any of 0-9A-Z.
        const alphabet = rule.algorithm.name === 'mod37-36' ? DIGITS + LETTERS : DIGITS;
        alphabetSize = alphabet.length;
        const guess = alphabet.charAt(Math.floor(random() * alphabet.length));
        const number = valid.slice(0, at) + guess + valid.slice(at + 1);
        if (fitsAs(number, format, number, 0) !== undefined) accepted += 1;
      }
      // Exactly one check value is right, so a random one is accepted 1 time in |alphabet|;
      // allow five standard deviations of a binomial around it.
      const expected = 1 / alphabetSize;
      const deviation = Math.sqrt((expected * (1 - expected)) / samples);
      expect(Math.abs(accepted / samples - expected)).toBeLessThan(5 * deviation);
    });
  },
);

describe('formats without a check digit', () => {
  it('accept every string of their shape, so they are all there is to go on', () => {
    for (const format of FORMATS.filter((one) => one.checkDigit === undefined)) {
      const random = seededRandom(7);
      for (let sample = 0; sample < 100; sample += 1) {
        const number = sampleNumber(format, random);
        expect(fitsAs(number, format, number, 0)).toBeDefined();
      }
    }
  });
});

describe('detect on arbitrary input', () => {
  it('never throws, and ranks candidates by check digit, then confidence', () => {
    const input = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: fc.constantFrom(...DIGITS), maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...(DIGITS + LETTERS + ' -.')), maxLength: 50 }),
    );
    fc.assert(
      fc.property(input, (text) => {
        const { candidates, ambiguous, normalized } = detect(text);
        expect(ambiguous).toBe(new Set(candidates.map((candidate) => candidate.carrier)).size > 1);
        candidates.forEach((candidate, index) => {
          expect(candidate.confidence).toBeGreaterThan(0);
          expect(candidate.confidence).toBeLessThanOrEqual(1);
          const format = FORMATS.find((one) => one.id === candidate.formatId);
          expect(normalized.endsWith(candidate.trackingNumber)).toBe(true);
          expect(candidate.trackingNumber).toMatch(new RegExp(`^(?:${format?.pattern ?? '$^'})$`));
          const next = candidates[index + 1];
          if (next === undefined) return;
          if (candidate.checkDigit === next.checkDigit)
            expect(candidate.confidence).toBeGreaterThanOrEqual(next.confidence);
          else expect(candidate.checkDigit).toBe('verified');
        });
      }),
      { numRuns: 2000 },
    );
  });
});

/** Positions the check character covers, and that don't decide whether a prefix is put in front. */
function isGuarded(format: TrackingNumberFormat, number: string, offset: number, at: number): boolean {
  const rule = format.checkDigit;
  if (rule === undefined) return false;
  const [start, end] = serialBounds(format, number, offset);
  if (at === checkPosition(rule, offset, number.length)) return true;
  if (rule.prepend !== undefined && at < start + 2) return false;
  return at >= start && at < end;
}

/**
 * What each algorithm promises, worked out from its arithmetic rather than by running it:
 * - the check character itself: every algorithm gives one right value, so any change shows;
 * - Luhn and ISO 7064 MOD 37,36: any single substitution;
 * - weighted mod 10: a change of Δ at weight w shows unless w·Δ ≡ 0 (mod 10), e.g. 0↔5 under ×2;
 * - mod 7: a change shows unless Δ ≡ 0 (mod 7), i.e. 0↔7, 1↔8, 2↔9;
 * - FedEx sum-product and UPU S10: the sum mod 11 always changes, but two remainders share a
 *   check digit (0 and 10 for FedEx, 0 and 6 for S10), so a change between those doesn't show.
 */
function guaranteesDetection(
  format: TrackingNumberFormat,
  number: string,
  offset: number,
  at: number,
  replacement: string,
): boolean {
  const rule = format.checkDigit;
  if (rule === undefined) return false;
  if (at === checkPosition(rule, offset, number.length)) return true;
  const [start, end] = serialBounds(format, number, offset);
  const before = mod10Value(number.charCodeAt(at));
  const after = mod10Value(replacement.charCodeAt(0));
  const { algorithm } = rule;
  switch (algorithm.name) {
    case 'luhn':
    case 'mod37-36':
      return true;
    case 'mod10': {
      const index = algorithm.from === 'right' ? end - 1 - at : at - start;
      const weight = algorithm.weights[index % 2] ?? 1;
      return (weight * (before - after)) % 10 !== 0;
    }
    case 'mod7':
      return (before - after) % 7 !== 0;
    case 'sum-product':
    case 's10': {
      const weights = algorithm.name === 's10' ? [8, 6, 4, 2, 3, 5, 9, 7] : algorithm.weights;
      const remainder = (text: string) =>
        [...text.slice(start, end)].reduce(
          (sum, char, index) => sum + Number(char) * (weights[index % weights.length] ?? 0),
          0,
        ) % 11;
      const changed = number.slice(0, at) + replacement + number.slice(at + 1);
      const pair = [remainder(number), remainder(changed)].sort((a, b) => a - b).join();
      return pair !== (algorithm.name === 's10' ? '0,6' : '0,10');
    }
  }
}

function serialBounds(
  format: TrackingNumberFormat,
  number: string,
  offset: number,
): readonly [number, number] {
  const [start, end] = format.checkDigit?.serial ?? [0, 0];
  const resolve = (index: number) => (index < 0 ? number.length + index : offset + index);
  return [resolve(start), resolve(end)];
}
