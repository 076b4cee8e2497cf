import { describe, expect, it } from 'vitest';
import { CARRIERS } from '../../carriers/registry.js';
import { FORMATS } from '../../numbers/index.js';
import { S10_POSTAL_OPERATORS } from '../../numbers/formats/s10-postal-operators.js';
import { SHOPIFY_TRACKING_COMPANIES, carrierOfTrackingCompany } from './tracking-companies.js';

/** Every carrier id Waybill has: adapters, number formats, and the UPU S10 postal operators. */
const KNOWN = new Set([
  ...Object.keys(CARRIERS),
  ...FORMATS.map((format) => format.carrier),
  ...S10_POSTAL_OPERATORS.map(([code]) => `post-${code.toLowerCase()}`),
]);

describe('Shopify tracking companies', () => {
  it('map onto carrier ids Waybill knows', () => {
    for (const [name, carrier] of Object.entries(SHOPIFY_TRACKING_COMPANIES))
      expect(KNOWN, name).toContain(carrier);
  });

  it('are matched exactly, as Shopify spells them; anything else is left to detection', () => {
    expect(carrierOfTrackingCompany('DHL Express')).toBe('dhl');
    expect(carrierOfTrackingCompany('Royal Mail')).toBe('post-gb');
    expect(carrierOfTrackingCompany('ups')).toBeUndefined();
    expect(carrierOfTrackingCompany('Other')).toBeUndefined();
    expect(carrierOfTrackingCompany('constructor')).toBeUndefined();
    expect(carrierOfTrackingCompany(null)).toBeUndefined();
  });
});
