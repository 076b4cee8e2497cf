import type { Location } from '../domain/location.js';

/** City-level place only ("Lyon, FR"): never a street or postcode on the public page. */
export function cityLevelPlace(location: Location | null | undefined): string {
  if (!location) return '';
  return [location.city, location.country].filter((part) => part && part.trim().length > 0).join(', ');
}
