import { describe, expect, it } from 'vitest';
import { findInText } from './find-in-text.js';

const found = (text: string) =>
  findInText(text).map((one) => [one.text, one.detection.candidates[0]?.formatId ?? null]);

describe('findInText', () => {
  it('finds numbers in a shipping-confirmation email, written in groups or not', () => {
    const email = [
      'Hi Sam, your order #10442 has shipped!',
      'UPS tracking: 1Z 5R8 939 0357 5671 27',
      'The second box travels with USPS (9400-1112-0255-5842-3326-69).',
      'Returns label: RR 473 124 829 GB. Questions? Call 555-123-4567.',
    ].join('\n');
    expect(found(email)).toEqual([
      ['1Z 5R8 939 0357 5671 27', 'ups-1z'],
      ['9400-1112-0255-5842-3326-69', 'usps-impb-n'],
      ['RR 473 124 829 GB', 's10'],
    ]);
  });

  it('gives where each number is in the text, and detects it as written', () => {
    const text = 'FedEx 9865 7878 8855 today';
    const [one] = findInText(text);
    expect(text.slice(one?.start, one?.end)).toBe('9865 7878 8855');
    expect(one?.detection).toMatchObject({ input: '9865 7878 8855', normalized: '986578788855' });
  });

  it('does not glue a word onto a number ("in 1234567890" is not DHL IN…)', () => {
    expect(found('it arrives in 3318810025 days')).toEqual([['3318810025', 'dhl-express']]);
  });

  it('does not take part of a longer word or number', () => {
    expect(found('ref X1Z5R89390357567127 and 19865787888551')).toEqual([]);
  });

  it('reports each number once, however often it appears', () => {
    expect(found('1Z5R89390357567127 (again: 1z5r89390357567127)')).toEqual([
      ['1Z5R89390357567127', 'ups-1z'],
    ]);
  });

  it('leaves out bare digit runs that fit only a format without a check digit', () => {
    expect(found('Parcel 12345678901234 confirmed')).toEqual([]);
    expect(findInText('Parcel 12345678901234 confirmed', { minConfidence: 0.5 })).toHaveLength(1);
  });
});
