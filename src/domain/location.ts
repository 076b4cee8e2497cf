/** A place as carriers report it. Every part is optional: carriers often send only a city or a code. */
export interface Location {
  readonly city?: string | undefined;
  readonly region?: string | undefined;
  readonly postalCode?: string | undefined;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country?: string | undefined;
}

export function formatLocation(location: Location | null | undefined): string {
  if (!location) return '';
  return [location.city, location.region, location.country]
    .filter((part) => part && part.length > 0)
    .join(', ');
}
