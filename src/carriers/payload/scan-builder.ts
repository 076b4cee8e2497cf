import type { CarrierScan } from '../carrier.js';
import type { Location } from '../../domain/location.js';
import { countryCodeOf } from './country.js';
import { textOf } from './json.js';

/** A place from the parts a carrier sent; null when it sent nothing usable. */
export function locationOf(parts: {
  readonly city?: unknown;
  readonly region?: unknown;
  readonly postalCode?: unknown;
  readonly country?: unknown;
}): Location | null {
  const location: { city?: string; region?: string; postalCode?: string; country?: string } = {};
  const city = textOf(parts.city, 200);
  const region = textOf(parts.region, 200);
  const postalCode = textOf(parts.postalCode, 40);
  const country = countryCodeOf(textOf(parts.country, 60));
  if (city) location.city = city;
  if (region) location.region = region;
  if (postalCode) location.postalCode = postalCode;
  if (country) location.country = country;
  return Object.keys(location).length > 0 ? location : null;
}

/** Drops undefined fields, so a parse result reads the same as its expected JSON. */
export function compactScan(scan: { [K in keyof CarrierScan]: CarrierScan[K] | undefined }): CarrierScan {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(scan)) if (value !== undefined) out[key] = value;
  return out as unknown as CarrierScan;
}
