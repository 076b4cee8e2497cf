/**
 * The referee of the benchmark: decides which carriers a number really belongs to, straight from
 * the format definitions (src/numbers/formats, transcribed from tracking_number_data v2.0.0 and the
 * UPU S10 standard), evaluated the slow, obvious way: every format's whole-string regular
 * expression, its looked-up fields, and its check digit computed by the plain arithmetic below,
 * written apart from the detector's own. It shares the table with the detector, not the code.
 */
import type { CheckDigitRule, TrackingNumberFormat } from '../src/numbers/index.js';
import { FORMATS } from '../src/numbers/index.js';

export interface Verdict {
  /** Format ids whose definition accepts the number. */
  readonly formatIds: readonly string[];
  /** Carriers those formats belong to (for S10, the postal operator of the country code). */
  readonly carriers: ReadonlySet<string>;
}

/** The normalisation: trim, drop spaces, dashes and dots, upper-case. */
export function judgeNormalize(input: string): string {
  return input.replace(/[\s\-.\u2010-\u2015\u2212]/g, '').replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

export function judge(input: string): Verdict {
  const number = judgeNormalize(input);
  const formatIds: string[] = [];
  const carriers = new Set<string>();
  if (!/^[0-9A-Z]{1,48}$/.test(number)) return { formatIds, carriers };
  for (const format of FORMATS) {
    for (const routing of ['', ...(format.routingCodes ?? [])]) {
      const match = new RegExp(`^(${routing})(?:${format.pattern})$`).exec(number);
      if (match === null) continue;
      if (format.excludes !== undefined && new RegExp(`^(?:${format.excludes})$`).test(number)) continue;
      const offset = match[1]?.length ?? 0;
      const carrier = carrierOf(format, number, offset);
      if (carrier === null) continue;
      if (format.checkDigit !== undefined && !checkHolds(format.checkDigit, number, offset)) continue;
      formatIds.push(format.id);
      carriers.add(carrier);
      break;
    }
  }
  return { formatIds, carriers };
}

/** The format's carrier, overridden by its looked-up fields; null if a field holds no listed value. */
function carrierOf(format: TrackingNumberFormat, number: string, offset: number): string | null {
  let carrier = format.carrier;
  for (const lookup of format.lookups ?? []) {
    const entry = lookup.entries.get(number.slice(offset + lookup.at[0], offset + lookup.at[1]));
    if (entry === undefined) return null;
    carrier = entry.carrier ?? carrier;
  }
  return carrier;
}

function checkHolds(rule: CheckDigitRule, number: string, offset: number): boolean {
  const at = (index: number) => (index < 0 ? number.length + index : offset + index);
  let serial = number.slice(at(rule.serial[0]), at(rule.serial[1]));
  const prepend = rule.prepend;
  if (prepend !== undefined && !(prepend.unlessStartsWith ?? []).some((start) => serial.startsWith(start))) {
    serial = prepend.text + serial;
  }
  const check = number.charAt(at(rule.at));
  const digits = [...serial].map((char) => (/\d/.test(char) ? Number(char) : (char.charCodeAt(0) - 3) % 10));
  const { algorithm } = rule;
  switch (algorithm.name) {
    case 'mod10': {
      const ordered = algorithm.from === 'right' ? [...digits].reverse() : digits;
      const sum = ordered.reduce(
        (total, digit, index) => total + digit * (algorithm.weights[index % 2] ?? 0),
        0,
      );
      return String((10 - (sum % 10)) % 10) === check;
    }
    case 'luhn': {
      const sum = [...digits].reverse().reduce((total, digit, index) => {
        const doubled = index % 2 === 0 ? digit * 2 : digit;
        return total + (doubled > 9 ? doubled - 9 : doubled);
      }, 0);
      return String((10 - (sum % 10)) % 10) === check;
    }
    case 'mod7':
      return String(BigInt(serial) % 7n) === check;
    case 'sum-product': {
      const sum = digits.reduce(
        (total, digit, index) => total + digit * (algorithm.weights[index % algorithm.weights.length] ?? 0),
        0,
      );
      return String((sum % 11) % 10) === check;
    }
    case 's10': {
      const sum = digits.reduce(
        (total, digit, index) => total + digit * ([8, 6, 4, 2, 3, 5, 9, 7][index] ?? 0),
        0,
      );
      const value = 11 - (sum % 11);
      return String(value === 10 ? 0 : value === 11 ? 5 : value) === check;
    }
    case 'mod37-36': {
      const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      let product = 36;
      for (const char of serial) {
        let sum = (product + alphabet.indexOf(char)) % 36;
        if (sum === 0) sum = 36;
        product = (sum * 2) % 37;
      }
      return alphabet.charAt((37 - product) % 36) === check;
    }
  }
}
