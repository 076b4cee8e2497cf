import Holidays from 'date-holidays';
import { IANAZone } from 'luxon';
import type { Address } from '../domain/shipment.js';

const cache = new Map<string, string>();

/**
 * The zone a destination counts its days in, from its country (and region where the country
 * spans several zones and date-holidays knows the region). Falls back to UTC, never to the
 * machine's zone. A wrong pick within a country shifts a day boundary by a few hours at most.
 */
export function destinationZone(destination: Address | null | undefined): string {
  const country = destination?.country?.toUpperCase();
  if (!country || !/^[A-Z]{2}$/.test(country)) return 'UTC';
  const region = destination?.region?.toUpperCase();
  const key = `${country}|${region ?? ''}`;
  let zone = cache.get(key);
  if (zone === undefined) {
    zone = lookup(country, region) ?? lookup(country, undefined) ?? 'UTC';
    cache.set(key, zone);
  }
  return zone;
}

function lookup(country: string, region: string | undefined): string | undefined {
  try {
    const holidays = region ? new Holidays(country, region) : new Holidays(country);
    const zones = holidays.getTimezones() ?? [];
    return zones.find((zone) => IANAZone.isValidZone(zone));
  } catch {
    return undefined;
  }
}
