import ct from 'countries-and-timezones';

/**
 * ISO 3166-1 alpha-2 from what a carrier wrote: a code (`de`, `DE`) or an English name
 * (`GERMANY`, as DHL writes "LEIPZIG - GERMANY"). Undefined when it is neither, because the
 * pipeline rejects a scan whose country is not a real code.
 */
export function countryCodeOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const key = text.trim().toUpperCase();
  if (key.length === 0 || key.length > 60) return undefined;
  if (/^[A-Z]{2}$/.test(key)) return CODES.has(key) ? key : undefined;
  return BY_NAME.get(key.replace(/\s+/g, ' '));
}

const CODES = new Set<string>();
const BY_NAME = new Map<string, string>();
for (const country of Object.values(ct.getAllCountries())) {
  CODES.add(country.id);
  BY_NAME.set(country.name.toUpperCase(), country.id);
}
// Names carriers print that differ from the library's.
for (const [name, code] of Object.entries({
  USA: 'US',
  'UNITED STATES OF AMERICA': 'US',
  'GREAT BRITAIN': 'GB',
  ENGLAND: 'GB',
  'UNITED KINGDOM': 'GB',
  'KOREA, SOUTH': 'KR',
  'SOUTH KOREA': 'KR',
  'CZECH REPUBLIC': 'CZ',
  HOLLAND: 'NL',
  'THE NETHERLANDS': 'NL',
  RUSSIA: 'RU',
  VIETNAM: 'VN',
})) {
  BY_NAME.set(name, code);
}
