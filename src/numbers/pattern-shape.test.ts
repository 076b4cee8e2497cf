import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS } from './formats/index.js';
import {
  chanceOfMatch,
  firstCharacters,
  lengthRange,
  parsePattern,
  sampleSequence,
} from './pattern-shape.js';
import { seededRandom } from './sample-number.js';

describe('pattern shape', () => {
  it('knows the lengths a pattern accepts', () => {
    expect(lengthRange(parsePattern('1Z[0-9A-Z]{15}\\d'))).toEqual([18, 18]);
    expect(lengthRange(parsePattern('J?JD\\d{16}'))).toEqual([18, 19]);
    expect(lengthRange(parsePattern('91\\d{20,28}|\\d{20}|\\d{24}'))).toEqual([20, 30]);
  });

  it('knows the characters a match can start with, looking past optional parts', () => {
    expect(firstCharacters(parsePattern('[AHJKTV]\\d{10}'))).toBe('AHJKTV');
    expect(firstCharacters(parsePattern('J?JD\\d{16}'))).toBe('J');
    expect(firstCharacters(parsePattern('(?:77[78]|072|780)\\d{8}'))).toBe('70');
    expect(firstCharacters(parsePattern('(?:9[12])?8\\d'))).toBe('98');
  });

  it('rates a literal prefix as rarer than free characters', () => {
    expect(chanceOfMatch(parsePattern('\\d{12}'))).toBe(1);
    expect(chanceOfMatch(parsePattern('1Z[0-9A-Z]{15}\\d'))).toBeCloseTo(1 / 260);
    expect(chanceOfMatch(parsePattern('(?:77[78]|072|780)\\d{8}'))).toBeCloseTo(4 / 1000);
  });

  it('refuses syntax it cannot analyse, rather than misjudging it', () => {
    expect(() => parsePattern('a+')).toThrow(SyntaxError);
    expect(() => parsePattern('(?=1)\\d')).toThrow(SyntaxError);
    expect(() => parsePattern('\\w{3}')).toThrow(SyntaxError);
  });

  it('samples only strings that the real regular expression accepts, for every format', () => {
    for (const format of FORMATS) {
      const shape = parsePattern(format.pattern);
      const regex = new RegExp(`^(?:${format.pattern})$`);
      const [min, max] = lengthRange(shape);
      const first = firstCharacters(shape);
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          const sample = sampleSequence(shape, seededRandom(seed));
          expect(sample).toMatch(regex);
          expect(sample.length).toBeGreaterThanOrEqual(min);
          expect(sample.length).toBeLessThanOrEqual(max);
          expect(first).toContain(sample.charAt(0));
        }),
        { numRuns: 50 },
      );
    }
  });

  it('agrees with fast-check: strings the regular expression generates fit the analysed shape', () => {
    for (const format of FORMATS) {
      const shape = parsePattern(format.pattern);
      const [min, max] = lengthRange(shape);
      const first = firstCharacters(shape);
      fc.assert(
        fc.property(fc.stringMatching(new RegExp(`^(?:${format.pattern})$`)), (text) => {
          expect(text.length).toBeGreaterThanOrEqual(min);
          expect(text.length).toBeLessThanOrEqual(max);
          expect(first).toContain(text.charAt(0));
        }),
        { numRuns: 50 },
      );
    }
  });
});
