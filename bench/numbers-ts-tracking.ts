/**
 * ts-tracking-number as the benchmark sees it: its answer for a number, mapped to Waybill carrier
 * ids, and valid numbers for each of its own definitions.
 */
import fc from 'fast-check';
import { allCouriers, getTracking } from 'ts-tracking-number';
import type { TrackingCourier, TrackingData } from 'ts-tracking-number';
import { FORMATS } from '../src/numbers/index.js';

export interface TsAnswer {
  readonly carrier: string;
  /** Its definition's name, e.g. "FedEx SmartPost". */
  readonly definition: string;
}

export interface TsDefinition {
  readonly courier: TrackingCourier;
  readonly data: TrackingData;
  readonly label: string;
}

export const TS_DEFINITIONS: readonly TsDefinition[] = allCouriers.flatMap((courier) =>
  courier.tracking_numbers.map((data) => ({ courier, data, label: `${courier.courier_code}/${data.name}` })),
);

const S10_OPERATORS = FORMATS.find((format) => format.id === 's10')?.lookups?.find(
  (one) => one.name === 'postal operator',
);

/**
 * Its one answer. It reports S10 numbers as courier "s10"; we credit it with the postal operator
 * of the country code, as if it had named it.
 */
export function tsDetect(input: string): TsAnswer | null {
  const found = getTracking(input);
  if (found === undefined) return null;
  if (found.courier.code !== 's10') return { carrier: found.courier.code, definition: found.name };
  const country = found.trackingNumber.slice(-2).toUpperCase();
  return { carrier: S10_OPERATORS?.entries.get(country)?.carrier ?? 'upu', definition: found.name };
}

/** Its bundled test numbers, valid and invalid, as written in its data. */
export function tsTestNumbers(): { number: string; valid: boolean; label: string }[] {
  return TS_DEFINITIONS.flatMap(({ data, label }) => [
    ...data.test_numbers.valid.map((number) => ({ number, valid: true, label })),
    ...data.test_numbers.invalid.map((number) => ({ number, valid: false, label })),
  ]);
}

/**
 * Numbers its definition accepts: strings of the definition's regular expression, with the check
 * digit that the definition itself (run through ts-tracking-number) accepts.
 */
export function tsValidNumbers(definition: TsDefinition, count: number, seed: number): string[] {
  const source = (
    Array.isArray(definition.data.regex) ? definition.data.regex.join('') : String(definition.data.regex)
  ).replaceAll('\\s*', '');
  const shape = new RegExp(`^(?:${source})$`, 'd');
  const numbers: string[] = [];
  const samples = fc.sample(fc.stringMatching(new RegExp(`^(?:${source})$`)), { numRuns: count * 40, seed });
  for (const sample of samples) {
    if (numbers.length >= count) break;
    const valid = withAcceptedCheckDigit(definition, sample, shape);
    if (valid !== null && !numbers.includes(valid)) numbers.push(valid);
  }
  return numbers;
}

function withAcceptedCheckDigit(definition: TsDefinition, sample: string, shape: RegExp): string | null {
  const accepts = (number: string) =>
    getTracking(number, [definition.courier])?.name === definition.data.name;
  const check = shape.exec(sample)?.indices?.groups?.['CheckDigit'];
  if (check === undefined) return accepts(sample) ? sample : null;
  for (const digit of '0123456789') {
    const number = sample.slice(0, check[0]) + digit + sample.slice(check[0] + 1);
    if (accepts(number)) return number;
  }
  return null;
}
