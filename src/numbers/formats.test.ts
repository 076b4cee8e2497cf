import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { FORMATS } from './formats/index.js';
import { parsePattern } from './pattern-shape.js';
import { PUBLISHED_NUMBERS } from './test-published-numbers.js';

const formatIdsOf = (input: string) => detect(input).candidates.map((candidate) => candidate.formatId);

describe('the format table', () => {
  it('covers every carrier and format of the reference, plus our own and the simulator', () => {
    const required = [
      'ups-1z',
      'ups-waybill',
      'fedex-express-12',
      'fedex-express-34',
      'fedex-astra-32',
      'fedex-ground-15',
      'fedex-ground-sscc-18',
      'fedex-ground-96-22',
      'fedex-ground-gsn-34',
      'usps-20',
      'usps-impb-n',
      'usps-impb-c',
      'usps-legacy',
      'dhl-express',
      'dhl-express-piece-id',
      'dhl-ecommerce',
      'dhl-ecommerce-14',
      'amazon-logistics',
      'amazon-international',
      'ontrac',
      'lasership-l',
      'lasership-1ls7',
      'lasership-1ls7-18',
      'lasership-1lscx',
      'canada-post-16',
      'canpar-22',
      'purolator-12',
      'purolator-alpha',
      'spee-dee-20',
      'gofo-us',
      'landmark-ltn',
      'yodel',
      'yunexpress',
      'old-dominion',
      'old-dominion-guaranteed',
      'dpd-28',
      'dpd-14',
      's10',
      'waybill',
      'simulator',
    ];
    expect(FORMATS.map((format) => format.id)).toEqual(expect.arrayContaining(required));
  });

  it('gives every format a unique id, a pattern it can analyse, a source and a usable URL template', () => {
    expect(new Set(FORMATS.map((format) => format.id)).size).toBe(FORMATS.length);
    for (const format of FORMATS) {
      expect(() => parsePattern(format.pattern)).not.toThrow();
      expect(format.source.length).toBeGreaterThan(0);
      if (format.url !== null) expect(format.url).toContain('{number}');
      for (const code of format.routingCodes ?? []) expect(() => parsePattern(code)).not.toThrow();
    }
  });
});

describe.each(Object.entries(PUBLISHED_NUMBERS))('published numbers of %s', (formatId, numbers) => {
  it.each(numbers.valid)('detects %s', (number) => {
    expect(formatIdsOf(number)).toContain(formatId);
  });

  if (numbers.invalid !== undefined && numbers.invalid.length > 0) {
    it.each(numbers.invalid)('rejects %s', (number) => {
      expect(formatIdsOf(number)).not.toContain(formatId);
    });
  }
});
