import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInText } from './find-in-text.js';
import { FORMATS } from './formats/index.js';
import { sampleNumber, seededRandom } from './sample-number.js';
import { validNumberOf } from './test-arbitraries.js';

// Digits-only numbers that pass a check digit (a phone number does one time in seven for DHL
// Express) are told apart by what the line says just before them.
const CHECKED_DIGITS = FORMATS.filter(
  (format) => format.checkDigit !== undefined && /^\d+$/.test(sampleNumber(format, seededRandom(1))),
);

const checkedDigitNumber = fc
  .constantFrom(...CHECKED_DIGITS)
  .chain((format) => validNumberOf(format))
  .map(({ number }) => number)
  .filter((number) => /^\d+$/.test(number) && findInText(number).length === 1);

const TRACKING_LABELS = ['Tracking number: ', 'Sendungsnummer ', 'Your parcel ', 'Suivi : ', 'AWB #', ''];
const OTHER_LABELS = [
  'Tel: ',
  'Tel. ',
  'Phone ',
  'Fax: ',
  'Mobile: ',
  'Call us at ',
  'Hotline ',
  'Order #',
  'Order no. ',
  'Bestellnummer: ',
  'Rechnung Nr. ',
  'Invoice ',
  'Commande n° ',
  'Tel: +49 ',
  '+',
  '+44 (0)',
];

describe('findInText, digits-only numbers and their labels', () => {
  it('finds a checked number after a tracking label or none, in a line of its own or mid-sentence', () => {
    fc.assert(
      fc.property(checkedDigitNumber, fc.constantFrom(...TRACKING_LABELS), (number, label) => {
        const text = `Thanks for your order!\n${label}${number} (shipped today)\nKind regards`;
        expect(findInText(text).map((found) => found.detection.normalized)).toEqual([number]);
      }),
    );
  });

  it('leaves out the same number written as a phone, order or invoice number', () => {
    fc.assert(
      fc.property(checkedDigitNumber, fc.constantFrom(...OTHER_LABELS), (number, label) => {
        expect(findInText(`Questions?\n${label}${number}\nKind regards`)).toEqual([]);
      }),
    );
  });

  it('leaves out a North American phone number however its digits fall', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    fc.assert(
      fc.property(digits(3), digits(3), digits(4), fc.constantFrom('-', '.'), (a, b, c, sep) => {
        expect(findInText(`Reach us on ${a}${sep}${b}${sep}${c} any day`)).toEqual([]);
      }),
    );
  });

  it('still finds a number with letters after a phone label (a label names only digits)', () => {
    expect(findInText('Tel: 1Z5R89390357567127').map((found) => found.detection.normalized)).toEqual([
      '1Z5R89390357567127',
    ]);
  });

  it('reads a tracking number after a phone number on the same line', () => {
    fc.assert(
      fc.property(checkedDigitNumber, (number) => {
        const text = `Call 0800 1234 567 or track ${number}`;
        expect(findInText(text).map((found) => found.detection.normalized)).toContain(number);
      }),
    );
  });
});
