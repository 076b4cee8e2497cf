// US states (USPS codes and names) → the zone most of the state keeps. States split between two
// zones take the larger side (TN → Chicago, KY → New_York…); the postal code refines where known.
const STATES: [string, string, string][] = [
  ['AL', 'ALABAMA', 'America/Chicago'],
  ['AK', 'ALASKA', 'America/Anchorage'],
  ['AZ', 'ARIZONA', 'America/Phoenix'],
  ['AR', 'ARKANSAS', 'America/Chicago'],
  ['CA', 'CALIFORNIA', 'America/Los_Angeles'],
  ['CO', 'COLORADO', 'America/Denver'],
  ['CT', 'CONNECTICUT', 'America/New_York'],
  ['DE', 'DELAWARE', 'America/New_York'],
  ['DC', 'DISTRICT OF COLUMBIA', 'America/New_York'],
  ['FL', 'FLORIDA', 'America/New_York'],
  ['GA', 'GEORGIA', 'America/New_York'],
  ['HI', 'HAWAII', 'Pacific/Honolulu'],
  ['ID', 'IDAHO', 'America/Boise'],
  ['IL', 'ILLINOIS', 'America/Chicago'],
  ['IN', 'INDIANA', 'America/Indiana/Indianapolis'],
  ['IA', 'IOWA', 'America/Chicago'],
  ['KS', 'KANSAS', 'America/Chicago'],
  ['KY', 'KENTUCKY', 'America/New_York'],
  ['LA', 'LOUISIANA', 'America/Chicago'],
  ['ME', 'MAINE', 'America/New_York'],
  ['MD', 'MARYLAND', 'America/New_York'],
  ['MA', 'MASSACHUSETTS', 'America/New_York'],
  ['MI', 'MICHIGAN', 'America/Detroit'],
  ['MN', 'MINNESOTA', 'America/Chicago'],
  ['MS', 'MISSISSIPPI', 'America/Chicago'],
  ['MO', 'MISSOURI', 'America/Chicago'],
  ['MT', 'MONTANA', 'America/Denver'],
  ['NE', 'NEBRASKA', 'America/Chicago'],
  ['NV', 'NEVADA', 'America/Los_Angeles'],
  ['NH', 'NEW HAMPSHIRE', 'America/New_York'],
  ['NJ', 'NEW JERSEY', 'America/New_York'],
  ['NM', 'NEW MEXICO', 'America/Denver'],
  ['NY', 'NEW YORK', 'America/New_York'],
  ['NC', 'NORTH CAROLINA', 'America/New_York'],
  ['ND', 'NORTH DAKOTA', 'America/Chicago'],
  ['OH', 'OHIO', 'America/New_York'],
  ['OK', 'OKLAHOMA', 'America/Chicago'],
  ['OR', 'OREGON', 'America/Los_Angeles'],
  ['PA', 'PENNSYLVANIA', 'America/New_York'],
  ['RI', 'RHODE ISLAND', 'America/New_York'],
  ['SC', 'SOUTH CAROLINA', 'America/New_York'],
  ['SD', 'SOUTH DAKOTA', 'America/Chicago'],
  ['TN', 'TENNESSEE', 'America/Chicago'],
  ['TX', 'TEXAS', 'America/Chicago'],
  ['UT', 'UTAH', 'America/Denver'],
  ['VT', 'VERMONT', 'America/New_York'],
  ['VA', 'VIRGINIA', 'America/New_York'],
  ['WA', 'WASHINGTON', 'America/Los_Angeles'],
  ['WV', 'WEST VIRGINIA', 'America/New_York'],
  ['WI', 'WISCONSIN', 'America/Chicago'],
  ['WY', 'WYOMING', 'America/Denver'],
  ['PR', 'PUERTO RICO', 'America/Puerto_Rico'],
  ['GU', 'GUAM', 'Pacific/Guam'],
  ['VI', 'VIRGIN ISLANDS', 'America/St_Thomas'],
];

export const US_STATE_ZONES: Record<string, string> = Object.fromEntries(
  STATES.flatMap(([code, name, zone]) => [
    [code, zone],
    [name, zone],
  ]),
);

// ZIP code prefixes (first three digits, inclusive ranges) → zone, from the USPS prefix
// allocation by state; ranges inside a state that sit in another zone are listed separately.
const ZIP_RANGES: [number, number, string][] = [
  [5, 349, 'America/New_York'],
  [350, 369, 'America/Chicago'], // Alabama
  [370, 372, 'America/Chicago'], // Middle Tennessee (Nashville)
  [373, 379, 'America/New_York'], // East Tennessee (Chattanooga, Knoxville)
  [380, 385, 'America/Chicago'], // West Tennessee (Memphis)
  [386, 397, 'America/Chicago'], // Mississippi
  [398, 427, 'America/New_York'], // Georgia (398–399), Kentucky
  [430, 459, 'America/New_York'], // Ohio
  [460, 479, 'America/Indiana/Indianapolis'],
  [480, 499, 'America/Detroit'],
  [500, 588, 'America/Chicago'], // Iowa, Wisconsin, Minnesota, the Dakotas
  [590, 599, 'America/Denver'], // Montana
  [600, 797, 'America/Chicago'], // Illinois … Texas
  [798, 799, 'America/Denver'], // El Paso
  [800, 831, 'America/Denver'], // Colorado, Wyoming
  [832, 838, 'America/Boise'],
  [840, 847, 'America/Denver'], // Utah
  [850, 865, 'America/Phoenix'],
  [870, 884, 'America/Denver'], // New Mexico
  [889, 961, 'America/Los_Angeles'], // Nevada, California
  [967, 968, 'Pacific/Honolulu'],
  [970, 994, 'America/Los_Angeles'], // Oregon, Washington
  [995, 999, 'America/Anchorage'],
];

/** The zone of a US ZIP or ZIP+4 code, by its three-digit prefix; undefined when it is not one. */
export function usZoneOfPostalCode(postalCode: string): string | undefined {
  const match = /^(\d{3})\d{2}(?:-?\d{4})?$/.exec(postalCode.trim());
  if (!match) return undefined;
  const prefix = Number(match[1]);
  return ZIP_RANGES.find(([from, to]) => prefix >= from && prefix <= to)?.[2];
}
