import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneOfPlace } from './place-zone.js';

describe('zoneOfPlace', () => {
  it.each([
    [{ country: 'DE', city: 'Berlin' }, 'Europe/Berlin'],
    [{ country: 'gb' }, 'Europe/London'],
    [{ country: 'IN', city: 'Mumbai' }, 'Asia/Kolkata'],
    [{ country: 'US', region: 'CA' }, 'America/Los_Angeles'],
    [{ country: 'US', region: 'Texas' }, 'America/Chicago'],
    [{ country: 'US', postalCode: '85004' }, 'America/Phoenix'],
    [{ country: 'US', postalCode: '37902-1234' }, 'America/New_York'],
    [{ country: 'US', postalCode: '37201' }, 'America/Chicago'],
    [{ country: 'US' }, 'America/New_York'],
    [{ country: 'CA', region: 'British Columbia' }, 'America/Vancouver'],
    [{ country: 'AU', region: 'WA' }, 'Australia/Perth'],
    [{ country: 'BR', region: 'Amazonas' }, 'America/Manaus'],
    [{ country: 'BR', region: 'SP' }, 'America/Sao_Paulo'],
    [{ country: 'MX', region: 'Quintana Roo' }, 'America/Cancun'],
    [{ country: 'ES', city: 'Madrid' }, 'Europe/Madrid'],
  ])('%o is in %s', (location, zone) => {
    expect(zoneOfPlace(location)).toBe(zone);
  });

  it('says nothing without a usable country', () => {
    expect(zoneOfPlace({ city: 'Springfield' })).toBeUndefined();
    expect(zoneOfPlace({ country: 'USA' })).toBeUndefined();
    expect(zoneOfPlace({ country: 'ZZ' })).toBeUndefined();
  });

  it('answers, for any place, a zone luxon knows or nothing, and never throws', () => {
    fc.assert(
      fc.property(
        fc.record({
          country: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
          region: fc.option(fc.string(), { nil: undefined }),
          postalCode: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
        }),
        (location) => {
          const zone = zoneOfPlace(location);
          return zone === undefined || DateTime.now().setZone(zone).isValid;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives every country code a valid zone', () => {
    const codes = Array.from({ length: 26 * 26 }, (_, i) =>
      String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)),
    );
    for (const country of codes) {
      const zone = zoneOfPlace({ country });
      if (zone !== undefined) expect(DateTime.now().setZone(zone).isValid, `${country} → ${zone}`).toBe(true);
    }
  });
});
