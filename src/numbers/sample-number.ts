import { checkCharacter, checkPosition, expectedCheck } from './check-digits/check-digit.js';
import type { TrackingNumberFormat } from './format.js';
import { parsePattern, sampleSequence } from './pattern-shape.js';

/**
 * Makes a string with a format's shape into a valid number of that format: a looked-up field that
 * holds no listed value gets one, and the check character is computed. `body` is the number without routing
 * code; `choose(count)` picks an index below count. Used for docs examples, tests and the benchmark.
 */
export function completeNumber(
  format: TrackingNumberFormat,
  body: string,
  choose: (count: number) => number,
  routingCode = '',
): string {
  const offset = routingCode.length;
  let number = routingCode + body;
  for (const lookup of format.lookups ?? []) {
    const [start, end] = [offset + lookup.at[0], offset + lookup.at[1]];
    if (lookup.entries.has(number.slice(start, end))) continue;
    const values = [...lookup.entries.keys()];
    number = splice(number, start, values[choose(values.length)] ?? '');
  }
  const rule = format.checkDigit;
  if (rule === undefined) return number;
  const check = expectedCheck(rule, number, offset);
  if (check < 0) throw new RangeError(`No check character for ${number} as ${format.id}`);
  return splice(number, checkPosition(rule, offset, number.length), checkCharacter(check));
}

/** A random valid number of the format; `random` returns numbers in [0, 1). */
export function sampleNumber(format: TrackingNumberFormat, random: () => number, routingCode = ''): string {
  const shape = parsePattern(format.pattern);
  const excludes = format.excludes === undefined ? null : new RegExp(`^(?:${format.excludes})$`);
  const choose = (count: number) => Math.floor(random() * count);
  for (;;) {
    const body = sampleSequence(shape, random);
    if (excludes === null || !excludes.test(body)) return completeNumber(format, body, choose, routingCode);
  }
}

/** Mulberry32: a small seeded generator, so examples are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from text (FNV-1a), so each format gets its own stable examples. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

function splice(text: string, at: number, replacement: string): string {
  return text.slice(0, at) + replacement + text.slice(at + replacement.length);
}
