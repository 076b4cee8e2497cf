import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupeKeyOf, type ScanIdentity } from './dedupe-key.js';

// The key is stored with every scan: a faster spelling of it must give the very same keys, or a
// scan seen before an upgrade would be stored again after it. This is the first spelling.
function firstSpelling(scan: ScanIdentity): string {
  const minute = new Date(scan.occurredAt).toISOString().slice(0, 16);
  const place = [scan.location?.postalCode, scan.location?.city, scan.location?.country]
    .map((part) => (part ?? '').trim().toUpperCase())
    .join('/');
  const material = [
    scan.carrier,
    scan.trackingNumber.toUpperCase(),
    minute,
    scan.rawCode.toUpperCase(),
    place,
  ];
  return createHash('sha256').update(material.join('\u001f')).digest('base64url').slice(0, 32);
}

const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const spelling = fc.oneof(
  instant.map((date) => date.toISOString()),
  // Other spellings of an instant: an offset, no milliseconds.
  instant.map((date) => date.toISOString().replace('Z', '+00:00')),
  instant.map((date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')),
);
const text = fc.string({ maxLength: 12 });
const scan: fc.Arbitrary<ScanIdentity> = fc.record({
  carrier: fc.constantFrom('ups', 'fedex', 'dhl', 'simulator'),
  trackingNumber: text,
  occurredAt: spelling,
  rawCode: text,
  location: fc.option(
    fc.record({ city: text, region: text, postalCode: text, country: text }, { requiredKeys: [] }),
    { nil: null },
  ),
});

describe('dedupeKeyOf', () => {
  it('gives the same key as its first spelling for any scan', () => {
    fc.assert(
      fc.property(scan, (s) => {
        expect(dedupeKeyOf(s)).toBe(firstSpelling(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores seconds, the spelling of the instant, case and padding of the place', () => {
    const base = {
      carrier: 'ups',
      trackingNumber: '1Z999AA10123456784',
      rawCode: 'DP',
      location: { city: 'Berlin', country: 'DE', postalCode: '10115' },
    };
    const key = dedupeKeyOf({ ...base, occurredAt: '2026-11-02T10:15:07.000Z' });
    expect(dedupeKeyOf({ ...base, occurredAt: '2026-11-02T11:15:59+01:00' })).toBe(key);
    expect(
      dedupeKeyOf({
        ...base,
        occurredAt: '2026-11-02T10:15:00Z',
        location: { city: ' berlin ', country: 'de', postalCode: '10115' },
      }),
    ).toBe(key);
    expect(dedupeKeyOf({ ...base, occurredAt: '2026-11-02T10:16:00.000Z' })).not.toBe(key);
    expect(dedupeKeyOf({ ...base, occurredAt: '2026-11-02T10:15:07.000Z', rawCode: 'AR' })).not.toBe(key);
  });
});
