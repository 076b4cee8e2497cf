import type { Location } from '../../domain/location.js';

// Three-letter country codes seen from North American partners, for the countries they serve most.
const ALPHA3: Readonly<Record<string, string>> = { USA: 'US', CAN: 'CA', MEX: 'MX' };

/** A place from its parts, dropping empty ones; a country that is not ISO alpha-2 is left out rather than guessed. */
export function locationOf(parts: {
  city?: string | undefined;
  region?: string | undefined;
  postalCode?: string | undefined;
  country?: string | undefined;
}): Location | undefined {
  const text = (value: string | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed.slice(0, 200) : undefined;
  };
  const rawCountry = text(parts.country)?.toUpperCase();
  const country = rawCountry && /^[A-Z]{2}$/.test(rawCountry) ? rawCountry : ALPHA3[rawCountry ?? ''];
  const location: Record<string, string> = {};
  const city = text(parts.city);
  const region = text(parts.region);
  const postalCode = text(parts.postalCode);
  if (city) location['city'] = city;
  if (region) location['region'] = region;
  if (postalCode) location['postalCode'] = postalCode;
  if (country) location['country'] = country;
  return Object.keys(location).length > 0 ? (location as Location) : undefined;
}
