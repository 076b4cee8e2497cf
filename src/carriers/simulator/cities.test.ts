import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { CITIES, cityById, hubOf, locationOf } from './cities.js';

describe('CITIES', () => {
  it('spans about forty real cities in many countries', () => {
    expect(CITIES.length).toBeGreaterThanOrEqual(38);
    const countries = new Set(CITIES.map((city) => city.country));
    for (const country of ['US', 'CA', 'GB', 'DE', 'FR', 'ES', 'NL', 'BR', 'IN', 'JP', 'AU']) {
      expect(countries).toContain(country);
    }
  });

  it('has unique ids and sane coordinates, postal codes and zones', () => {
    expect(new Set(CITIES.map((city) => city.id)).size).toBe(CITIES.length);
    for (const city of CITIES) {
      expect(IANAZone.isValidZone(city.zone), city.zone).toBe(true);
      expect(city.lat).toBeGreaterThanOrEqual(-90);
      expect(city.lat).toBeLessThanOrEqual(90);
      expect(city.lon).toBeGreaterThanOrEqual(-180);
      expect(city.lon).toBeLessThanOrEqual(180);
      expect(city.postalCode.trim()).not.toBe('');
      expect(city.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('routes every city through a hub in its own country that serves itself', () => {
    for (const city of CITIES) {
      const hub = hubOf(city);
      expect(hub.country).toBe(city.country);
      expect(hubOf(hub)).toBe(hub);
    }
  });

  it('describes each city as a scan location', () => {
    const london = cityById('LON');
    expect(london && locationOf(london)).toEqual({
      city: 'London',
      region: 'England',
      postalCode: 'EC1A 1BB',
      country: 'GB',
    });
    expect(cityById('nowhere')).toBeUndefined();
  });
});
