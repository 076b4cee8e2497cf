import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { issue } from './issue.js';

const bytes =
  (...values: number[]) =>
  () =>
    Uint8Array.from(values);

describe('issue', () => {
  it('mints WB, a tenant tag, 16 random characters and a check character', () => {
    const number = issue('acme', bytes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    expect(number).toMatch(/^WB[0-9A-HJKMNP-TV-Z]{3}0{16}[0-9A-Z]$/);
  });

  it('keeps the tag per tenant and draws the rest from the random source', () => {
    const random = bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    expect(issue('acme', random).slice(0, 5)).toBe(
      issue('acme', bytes(9, 9, 9, 9, 9, 9, 9, 9, 9, 9)).slice(0, 5),
    );
    expect(issue('acme', random).slice(2, 5)).not.toBe(issue('globex', random).slice(2, 5));
    // Bytes 01 02 … 0A read 5 bits at a time in Crockford's base 32.
    expect(issue('acme', random).slice(5, 21)).toBe('041061050R3GG28A');
  });

  it('uses the system random source by default: 10 000 numbers, no repeats', () => {
    const numbers = new Set(Array.from({ length: 10_000 }, () => issue('acme')));
    expect(numbers.size).toBe(10_000);
  });

  it('refuses to mint without a tenant or with too little randomness', () => {
    expect(() => issue('')).toThrow(RangeError);
    expect(() => issue('acme', bytes(1, 2, 3))).toThrow(RangeError);
  });

  it('mints numbers that no carrier format accepts: the detector finds only our own', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (tenant, random) => {
          const number = issue(tenant, () => random);
          const { candidates, ambiguous } = detect(number);
          expect(candidates.map((candidate) => candidate.formatId)).toEqual(['waybill']);
          expect(candidates[0]).toMatchObject({
            carrier: 'waybill',
            checkDigit: 'verified',
            trackingNumber: number,
          });
          expect(ambiguous).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('carries a check character that catches any one mistyped character', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        fc.nat(21),
        fc.nat(34),
        (random, at, shift) => {
          const number = issue('acme', () => random);
          const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
          const replaced = alphabet.charAt((alphabet.indexOf(number.charAt(at)) + 1 + shift) % 36);
          const mistyped = number.slice(0, at) + replaced + number.slice(at + 1);
          expect(detect(mistyped).candidates.map((candidate) => candidate.formatId)).not.toContain('waybill');
        },
      ),
    );
  });
});
