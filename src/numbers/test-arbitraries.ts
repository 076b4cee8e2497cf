import fc from 'fast-check';
import type { TrackingNumberFormat } from './format.js';
import { completeNumber } from './sample-number.js';

export interface GeneratedNumber {
  readonly number: string;
  /** Length of the routing code in front, 0 if none. */
  readonly offset: number;
}

const exactly = (pattern: string) => new RegExp(`^(?:${pattern})$`);

/** Valid numbers of a format, sometimes behind one of its routing codes (fast-check builds the shape). */
export function validNumberOf(format: TrackingNumberFormat): fc.Arbitrary<GeneratedNumber> {
  const excludes = format.excludes === undefined ? null : exactly(format.excludes);
  const body = fc
    .stringMatching(exactly(format.pattern))
    .filter((text) => excludes === null || !excludes.test(text));
  const codes = format.routingCodes ?? [];
  const routing =
    codes.length === 0
      ? fc.constant('')
      : fc.oneof(fc.constant(''), ...codes.map((code) => fc.stringMatching(exactly(code))));
  return fc.tuple(body, fc.nat(), routing).map(([text, pick, routingCode]) => ({
    number: completeNumber(format, text, (count) => pick % count, routingCode),
    offset: routingCode.length,
  }));
}

/** The same number as people type it: spaces, dashes or dots put in, some letters lower-cased. */
export function asTyped(number: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '-', '.', '  ', ' - ')), { maxLength: 6 }),
      fc.array(fc.boolean(), { minLength: number.length, maxLength: number.length }),
      fc.constantFrom('', ' ', '\t'),
    )
    .map(([separators, lower, pad]) => {
      let typed = [...number].map((char, index) => (lower[index] ? char.toLowerCase() : char)).join('');
      for (const [where, separator] of separators) {
        const at = where % (typed.length + 1);
        typed = typed.slice(0, at) + separator + typed.slice(at);
      }
      return pad + typed + pad;
    });
}
