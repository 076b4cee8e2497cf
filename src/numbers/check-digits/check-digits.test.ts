import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhn } from './luhn.js';
import { mod37_36 } from './mod37-36.js';
import { mod7 } from './mod7.js';
import { sumProduct } from './sum-product.js';
import { upuS10 } from './upu-s10.js';
import { weightedMod10 } from './weighted-mod10.js';

const whole = (text: string) => [text, 0, text.length] as const;
const digitString = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

describe('weighted mod 10', () => {
  it('gives UPS its check digit, counting letters as (ASCII − 3) mod 10', () => {
    // 1Z5R89390357567127: serial 5R8939035756712, check 7 (a number UPS published).
    expect(weightedMod10(...whole('5R8939035756712'), [1, 2], false)).toBe(7);
  });

  it('does not fold products above 9 the way Luhn does', () => {
    // 9 × 2 = 18 counts as 18: (10 − 18 mod 10) mod 10 = 2. Luhn would count 1 + 8 = 9 and give 1.
    expect(weightedMod10(...whole('09'), [1, 2], false)).toBe(2);
  });

  it('counts from the right when told to, so the rightmost digit always gets the first weight', () => {
    expect(weightedMod10(...whole('1'), [3, 1], true)).toBe(7);
    expect(weightedMod10(...whole('10'), [3, 1], true)).toBe(9);
  });
});

describe('Luhn', () => {
  it('matches the textbook example 7992739871 → 3', () => {
    expect(luhn(...whole('7992739871'))).toBe(3);
  });

  it('catches every single-digit change', () => {
    fc.assert(
      fc.property(digitString(11), fc.nat(10), fc.integer({ min: 1, max: 9 }), (serial, at, shift) => {
        const changed = serial.slice(0, at) + ((Number(serial[at]) + shift) % 10) + serial.slice(at + 1);
        expect(luhn(...whole(changed))).not.toBe(luhn(...whole(serial)));
      }),
    );
  });
});

describe('mod 7', () => {
  it('is the serial read as one number, mod 7, beyond 32-bit range', () => {
    expect(mod7(...whole('7389105114'))).toBe(Number(7389105114n % 7n));
    expect(mod7(...whole('331881002'))).toBe(5);
  });
});

describe('FedEx sum-product', () => {
  it('gives FedEx Express 12 its check digit with weights 3, 1, 7', () => {
    // 986578788855 is a FedEx-published number.
    expect(sumProduct(...whole('98657878885'), [3, 1, 7])).toBe(5);
  });
});

describe('UPU S10', () => {
  it('follows the worked example of the standard: 47312482 → 9', () => {
    expect(upuS10(...whole('47312482'))).toBe(9);
  });

  it('maps 10 to 0 and 11 to 5', () => {
    // 00000001 × 7 = 7 → 11 − 7 = 4; 00000000 → 11 − 0 = 11 → 5; 00000010 × 9 = 90 → 90 mod 11 = 2 → 9.
    expect(upuS10(...whole('00000000'))).toBe(5);
    expect(upuS10(...whole('00000001'))).toBe(4);
    // 8 × 7 = 56, 56 mod 11 = 1, 11 − 1 = 10 → 0.
    expect(upuS10(...whole('00000008'))).toBe(0);
  });

  it('refuses a serial that is not eight digits', () => {
    expect(upuS10(...whole('1234567'))).toBe(-1);
  });
});

describe('ISO 7064 MOD 37,36', () => {
  it('matches the example of the standard: A12425GABC1234002 → M', () => {
    expect(mod37_36(...whole('A12425GABC1234002'))).toBe(22);
  });

  it('gives DPD its check characters', () => {
    expect(mod37_36(...whole('008182709980000020033350276'))).toBe(12); // C
    expect(mod37_36(...whole('09980000020033'))).toBe(15); // F
  });

  const alphanumeric = fc.string({
    unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    minLength: 2,
    maxLength: 30,
  });

  it('catches every single substitution', () => {
    fc.assert(
      fc.property(alphanumeric, fc.nat(), fc.integer({ min: 1, max: 35 }), (text, where, shift) => {
        const at = where % text.length;
        const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
        const replaced = alphabet.charAt((alphabet.indexOf(text.charAt(at)) + shift) % 36);
        const changed = text.slice(0, at) + replaced + text.slice(at + 1);
        expect(mod37_36(...whole(changed))).not.toBe(mod37_36(...whole(text)));
      }),
    );
  });

  it('catches all but a handful of swaps of two different neighbours', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let swaps = 0;
    let missed = 0;
    for (const before of ['', '7', 'Q4']) {
      for (const first of alphabet) {
        for (const second of alphabet) {
          if (first === second) continue;
          swaps += 1;
          const text = `${before}${first}${second}9`;
          const swapped = `${before}${second}${first}9`;
          if (mod37_36(...whole(text)) === mod37_36(...whole(swapped))) missed += 1;
        }
      }
    }
    expect(missed / swaps).toBeLessThan(0.01);
  });
});
