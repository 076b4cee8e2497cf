import type { CheckDigitAlgorithm, CheckDigitRule } from '../format.js';
import { luhn } from './luhn.js';
import { mod37_36, mod36Value } from './mod37-36.js';
import { mod7 } from './mod7.js';
import { sumProduct } from './sum-product.js';
import { upuS10 } from './upu-s10.js';
import { weightedMod10 } from './weighted-mod10.js';

const CHECK_CHARACTERS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The check value (0–35) an algorithm gives for text[start, end), or -1 if the serial has no value. */
export function computeCheck(
  algorithm: CheckDigitAlgorithm,
  text: string,
  start: number,
  end: number,
): number {
  switch (algorithm.name) {
    case 'mod10':
      return weightedMod10(text, start, end, algorithm.weights, algorithm.from === 'right');
    case 'luhn':
      return luhn(text, start, end);
    case 'mod7':
      return mod7(text, start, end);
    case 'sum-product':
      return sumProduct(text, start, end, algorithm.weights);
    case 's10':
      return upuS10(text, start, end);
    case 'mod37-36':
      return mod37_36(text, start, end);
  }
}

/**
 * The check value a number should carry under a rule. `offset` is the length of a routing code
 * in front of the number: positive indices in the rule count from where the number proper starts.
 */
export function expectedCheck(rule: CheckDigitRule, number: string, offset: number): number {
  const start = position(rule.serial[0], offset, number.length);
  const end = position(rule.serial[1], offset, number.length);
  const prepend = rule.prepend;
  if (prepend !== undefined && !startsWithAny(number, start, prepend.unlessStartsWith)) {
    // The one rule that needs a new string (USPS numbers printed without their "91").
    const serial = prepend.text + number.slice(start, end);
    return computeCheck(rule.algorithm, serial, 0, serial.length);
  }
  return computeCheck(rule.algorithm, number, start, end);
}

export function verifyCheck(rule: CheckDigitRule, number: string, offset: number): boolean {
  const expected = expectedCheck(rule, number, offset);
  const actual = mod36Value(number.charCodeAt(position(rule.at, offset, number.length)));
  return expected >= 0 && actual === expected;
}

/** Index of the check character in a number of this length. */
export function checkPosition(rule: CheckDigitRule, offset: number, length: number): number {
  return position(rule.at, offset, length);
}

export function checkCharacter(value: number): string {
  return CHECK_CHARACTERS.charAt(value);
}

function position(index: number, offset: number, length: number): number {
  return index < 0 ? length + index : offset + index;
}

function startsWithAny(text: string, start: number, prefixes: readonly string[] | undefined): boolean {
  if (prefixes === undefined) return false;
  for (const prefix of prefixes) if (text.startsWith(prefix, start)) return true;
  return false;
}
