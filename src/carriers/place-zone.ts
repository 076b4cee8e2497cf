import ct from 'countries-and-timezones';
import type { Location } from '../domain/location.js';
import { US_STATE_ZONES, usZoneOfPostalCode } from './place-zone-us.js';

/**
 * The IANA zone of a place, for scans that carry a local time without an offset. Exact for the
 * countries with one zone; for the large multi-zone ones the region (state, province) decides,
 * then the postal code (US), then the zone most of the country lives in. Undefined only when the
 * country is missing or unknown.
 */
export function zoneOfPlace(location: Location): string | undefined {
  const country = location.country?.trim().toUpperCase();
  if (!country || !/^[A-Z]{2}$/.test(country)) return undefined;
  const region = normalizeRegion(location.region);
  const byRegion = region ? REGION_ZONES[country]?.[region] : undefined;
  if (byRegion) return byRegion;
  if (country === 'US' && location.postalCode) {
    const byZip = usZoneOfPostalCode(location.postalCode);
    if (byZip) return byZip;
  }
  return principalZone(country);
}

function normalizeRegion(region: string | undefined): string | undefined {
  const text = region
    ?.normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toUpperCase()
    .replace(/[^A-Z ]/g, '')
    .replace(/\s+/g, ' ');
  return text && text.length > 0 ? text : undefined;
}

// Where most people of a multi-zone country live: the answer when the region does not decide.
const PRINCIPAL: Record<string, string> = {
  US: 'America/New_York',
  CA: 'America/Toronto',
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  MX: 'America/Mexico_City',
  RU: 'Europe/Moscow',
  AR: 'America/Argentina/Buenos_Aires',
  ID: 'Asia/Jakarta',
  KZ: 'Asia/Almaty',
  CN: 'Asia/Shanghai',
  ES: 'Europe/Madrid',
  PT: 'Europe/Lisbon',
  NZ: 'Pacific/Auckland',
  CL: 'America/Santiago',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  NL: 'Europe/Amsterdam',
  EC: 'America/Guayaquil',
  UA: 'Europe/Kyiv',
  MN: 'Asia/Ulaanbaatar',
  CD: 'Africa/Kinshasa',
  MY: 'Asia/Kuala_Lumpur',
  DK: 'Europe/Copenhagen',
  UZ: 'Asia/Tashkent',
  PF: 'Pacific/Tahiti',
  KI: 'Pacific/Tarawa',
  FM: 'Pacific/Pohnpei',
  MH: 'Pacific/Majuro',
  PG: 'Pacific/Port_Moresby',
  CY: 'Asia/Nicosia',
};

const cache = new Map<string, string | undefined>();

function principalZone(country: string): string | undefined {
  if (cache.has(country)) return cache.get(country);
  let zone: string | undefined = PRINCIPAL[country];
  if (!zone) {
    const zones = ct.getTimezonesForCountry(country) ?? [];
    // A zone listed first under its own country is that country's own (Europe/Zurich also
    // serves DE, but DE's own is Europe/Berlin).
    zone = (zones.find((z) => z.countries[0] === country) ?? zones[0])?.name;
  }
  cache.set(country, zone);
  return zone;
}

const CA_ZONES: Record<string, string> = {
  BC: 'America/Vancouver',
  'BRITISH COLUMBIA': 'America/Vancouver',
  AB: 'America/Edmonton',
  ALBERTA: 'America/Edmonton',
  SK: 'America/Regina',
  SASKATCHEWAN: 'America/Regina',
  MB: 'America/Winnipeg',
  MANITOBA: 'America/Winnipeg',
  ON: 'America/Toronto',
  ONTARIO: 'America/Toronto',
  QC: 'America/Toronto',
  QUEBEC: 'America/Toronto',
  NB: 'America/Moncton',
  'NEW BRUNSWICK': 'America/Moncton',
  NS: 'America/Halifax',
  'NOVA SCOTIA': 'America/Halifax',
  PE: 'America/Halifax',
  'PRINCE EDWARD ISLAND': 'America/Halifax',
  NL: 'America/St_Johns',
  'NEWFOUNDLAND AND LABRADOR': 'America/St_Johns',
  YT: 'America/Whitehorse',
  YUKON: 'America/Whitehorse',
  NT: 'America/Yellowknife',
  'NORTHWEST TERRITORIES': 'America/Yellowknife',
  NU: 'America/Iqaluit',
  NUNAVUT: 'America/Iqaluit',
};

const AU_ZONES: Record<string, string> = {
  NSW: 'Australia/Sydney',
  'NEW SOUTH WALES': 'Australia/Sydney',
  ACT: 'Australia/Sydney',
  'AUSTRALIAN CAPITAL TERRITORY': 'Australia/Sydney',
  VIC: 'Australia/Melbourne',
  VICTORIA: 'Australia/Melbourne',
  QLD: 'Australia/Brisbane',
  QUEENSLAND: 'Australia/Brisbane',
  SA: 'Australia/Adelaide',
  'SOUTH AUSTRALIA': 'Australia/Adelaide',
  WA: 'Australia/Perth',
  'WESTERN AUSTRALIA': 'Australia/Perth',
  TAS: 'Australia/Hobart',
  TASMANIA: 'Australia/Hobart',
  NT: 'Australia/Darwin',
  'NORTHERN TERRITORY': 'Australia/Darwin',
};

const BR_ZONES: Record<string, string> = {
  AM: 'America/Manaus',
  AMAZONAS: 'America/Manaus',
  RR: 'America/Boa_Vista',
  RORAIMA: 'America/Boa_Vista',
  RO: 'America/Porto_Velho',
  RONDONIA: 'America/Porto_Velho',
  AC: 'America/Rio_Branco',
  ACRE: 'America/Rio_Branco',
  MT: 'America/Cuiaba',
  'MATO GROSSO': 'America/Cuiaba',
  MS: 'America/Campo_Grande',
  'MATO GROSSO DO SUL': 'America/Campo_Grande',
  PE: 'America/Recife',
  PERNAMBUCO: 'America/Recife',
  BA: 'America/Bahia',
  BAHIA: 'America/Bahia',
  CE: 'America/Fortaleza',
  CEARA: 'America/Fortaleza',
  PA: 'America/Belem',
  PARA: 'America/Belem',
};

const MX_ZONES: Record<string, string> = {
  BC: 'America/Tijuana',
  'BAJA CALIFORNIA': 'America/Tijuana',
  SON: 'America/Hermosillo',
  SONORA: 'America/Hermosillo',
  ROO: 'America/Cancun',
  QROO: 'America/Cancun',
  'QUINTANA ROO': 'America/Cancun',
  CHH: 'America/Chihuahua',
  CHIHUAHUA: 'America/Chihuahua',
  BCS: 'America/Mazatlan',
  'BAJA CALIFORNIA SUR': 'America/Mazatlan',
  SIN: 'America/Mazatlan',
  SINALOA: 'America/Mazatlan',
};

const REGION_ZONES: Record<string, Record<string, string>> = {
  US: US_STATE_ZONES,
  CA: CA_ZONES,
  AU: AU_ZONES,
  BR: BR_ZONES,
  MX: MX_ZONES,
};
