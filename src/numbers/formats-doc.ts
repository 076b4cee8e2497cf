import type { CheckDigitRule, TrackingNumberFormat } from './format.js';
import { FORMATS } from './formats/index.js';
import { S10_POSTAL_OPERATORS } from './formats/s10-postal-operators.js';
import { lengthRange, parsePattern } from './pattern-shape.js';
import { sampleNumber, seedOf, seededRandom } from './sample-number.js';

/**
 * The page docs/tracking-number-formats.md, rendered from the format table. Pure, so that a test
 * can fail when the committed page falls behind the table (scripts/gen-formats-docs.ts writes it).
 */
export function renderFormatsDoc(formats: readonly TrackingNumberFormat[] = FORMATS): string {
  const lines = [
    '# Tracking-number formats',
    '',
    '<!-- Generated from src/numbers/formats by `npm run docs:formats`. Do not edit by hand. -->',
    '',
    `Waybill recognises ${formats.length} formats of ${new Set(formats.map((f) => f.carrier)).size} carriers ` +
      'from the number alone, offline. Before matching, a number is normalised: spaces, dashes and dots ' +
      'are dropped and letters upper-cased; no other character is accepted or guessed at.',
    '',
    'Patterns are regular expressions for the whole normalised number; check positions count from 1. ' +
      'A candidate’s confidence weighs the evidence for it against that for the other carriers that fit ' +
      'and against chance: 10 for a verified check digit, times 10 for each power of ten by which its ' +
      'pattern is rarer than any string of the same kinds of character. A format without a check digit ' +
      'never gets above 6 and so always ranks below one with a verified check digit.',
    '',
    '| Carrier | Service | Id | Pattern | Length | Check digit | Example | Tracking page |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...formats.map(formatRow),
    '',
    '## Routing codes',
    '',
    'USPS barcodes may carry `420` and the destination ZIP (8 characters) or ZIP+4 (12) in front of ' +
      'the number; the Length column says which formats take which. The detector accepts the routing ' +
      'code, leaves it out of the check digit, and reports the number without it.',
    '',
    '## Check-digit algorithms',
    '',
    '- **mod10**: multiply the serial positions alternately by two weights (counted from the left or ' +
      'the right) and add; a letter counts as (ASCII code − 3) mod 10. Check = (10 − sum mod 10) mod 10. ' +
      'Products are not folded to one digit.',
    '- **luhn**: from the rightmost serial digit, double every second digit, subtract 9 above 9, add; ' +
      'check = (10 − sum mod 10) mod 10.',
    '- **mod7**: the serial as one integer, mod 7.',
    '- **sum-product**: multiply the digits by repeating weights and add; check = (sum mod 11) mod 10.',
    '- **s10**: weights 8 6 4 2 3 5 9 7; C = 11 − (sum mod 11), then 10 → 0 and 11 → 5.',
    '- **mod37-36**: ISO/IEC 7064 MOD 37,36 over 0-9A-Z; the check character may be a letter.',
    '',
    '## UPU S10 service indicators',
    '',
    'The first letter of an S10 number says what kind of item it is. J, K, S, T and W are reserved.',
    '',
    '| First letter | Item |',
    '| --- | --- |',
    ...s10Lookup('service indicator').map(([value, label]) => `| ${value} | ${label} |`),
    '',
    '## UPU S10 postal operators',
    '',
    'The last two letters of an S10 number are the ISO 3166 country of the post that issued it. ' +
      `An S10 number from any other country code is rejected. ${S10_POSTAL_OPERATORS.length} operators:`,
    '',
    '| Code | Country | Operator |',
    '| --- | --- | --- |',
    ...S10_POSTAL_OPERATORS.map(
      ([code, country, operator]) => `| ${code} | ${cell(country)} | ${cell(operator)} |`,
    ),
    '',
    '## Sources',
    '',
    ...[...new Set(formats.map((format) => format.source))].map((source) => `- ${source}`),
    '',
  ];
  return lines.join('\n');
}

function formatRow(format: TrackingNumberFormat): string {
  const example = sampleNumber(format, seededRandom(seedOf(format.id)));
  return [
    format.carrierName,
    format.service,
    `\`${format.id}\``,
    `\`${format.pattern}\``,
    lengthOf(format),
    format.checkDigit === undefined ? 'none' : checkDigitOf(format.checkDigit),
    `\`${example}\``,
    format.url === null ? 'none published' : `\`${format.url}\``,
  ]
    .map(cell)
    .reduce((row, value) => `${row} ${value} |`, '|');
}

function lengthOf(format: TrackingNumberFormat): string {
  const [min, max] = lengthRange(parsePattern(format.pattern));
  const length = min === max ? `${min}` : `${min}–${max}`;
  const routing = (format.routingCodes ?? []).map((code) => lengthRange(parsePattern(code))[0]);
  return routing.length === 0 ? length : `${length} (+${routing.join(' or +')} with routing code)`;
}

function checkDigitOf(rule: CheckDigitRule): string {
  const { algorithm } = rule;
  const name =
    algorithm.name === 'mod10'
      ? `mod10 (×${algorithm.weights.join(', ×')} from the ${algorithm.from})`
      : algorithm.name === 'sum-product'
        ? `sum-product (×${algorithm.weights.join(', ×')})`
        : algorithm.name;
  const serial = `${position(rule.serial[0])}–${rule.serial[1] < 0 ? `${position(rule.serial[1] - 1)}` : rule.serial[1]}`;
  const prepend =
    rule.prepend === undefined
      ? ''
      : `, with ${rule.prepend.text} in front` +
        (rule.prepend.unlessStartsWith === undefined
          ? ''
          : ` unless it starts ${rule.prepend.unlessStartsWith.join('/')}`);
  return `${name} over ${serial}${prepend}; check at ${position(rule.at)}`;
}

/** A 0-based index (negative from the end) as people count: 1st, or "last". */
function position(index: number): string {
  if (index >= 0) return `${index + 1}`;
  return index === -1 ? 'last' : `last−${-index - 1}`;
}

function s10Lookup(name: string): [string, string][] {
  const lookup = FORMATS.find((format) => format.id === 's10')?.lookups?.find((one) => one.name === name);
  return [...(lookup?.entries ?? new Map())].map(([value, entry]) => [value, entry.label]);
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}
