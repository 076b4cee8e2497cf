import type { Location } from '../../domain/location.js';

/** A real city the simulator ships between, with the IANA zone its scans are stamped in. */
export interface City {
  /** IATA city or airport code, which is how sorting hubs are usually named. */
  readonly id: string;
  readonly name: string;
  /** State, province or region as it is written on an address in that country. */
  readonly region: string;
  /** A real postal code in the city centre. */
  readonly postalCode: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  /** IANA zone: scan times are worked out in local time here, never in the machine's zone. */
  readonly zone: string;
  /** Id of the sorting hub that serves this city; a hub city serves itself. */
  readonly hubId: string;
}

function city(
  id: string,
  name: string,
  region: string,
  postalCode: string,
  country: string,
  lat: number,
  lon: number,
  zone: string,
  hubId: string,
): City {
  return Object.freeze({ id, name, region, postalCode, country, lat, lon, zone, hubId });
}

// Hubs follow real parcel networks loosely: Louisville (UPS Worldport) for the US east, Dallas and
// Los Angeles for the centre and south-west, Leipzig for Germany (DHL), Eindhoven for the
// Netherlands. Remote cities (Seattle, Perth, Manaus) run their own hub, as real networks do,
// rather than trucking every parcel thousands of kilometres to the nearest big one.
export const CITIES: readonly City[] = Object.freeze([
  city('NYC', 'New York', 'NY', '10001', 'US', 40.7128, -74.006, 'America/New_York', 'SDF'),
  city('CHI', 'Chicago', 'IL', '60601', 'US', 41.8781, -87.6298, 'America/Chicago', 'SDF'),
  city('MIA', 'Miami', 'FL', '33130', 'US', 25.7617, -80.1918, 'America/New_York', 'SDF'),
  city('ATL', 'Atlanta', 'GA', '30303', 'US', 33.749, -84.388, 'America/New_York', 'SDF'),
  city('SDF', 'Louisville', 'KY', '40202', 'US', 38.2527, -85.7585, 'America/Kentucky/Louisville', 'SDF'),
  city('DFW', 'Dallas', 'TX', '75201', 'US', 32.7767, -96.797, 'America/Chicago', 'DFW'),
  city('HOU', 'Houston', 'TX', '77002', 'US', 29.7604, -95.3698, 'America/Chicago', 'DFW'),
  city('DEN', 'Denver', 'CO', '80202', 'US', 39.7392, -104.9903, 'America/Denver', 'DFW'),
  city('LAX', 'Los Angeles', 'CA', '90012', 'US', 34.0522, -118.2437, 'America/Los_Angeles', 'LAX'),
  city('SEA', 'Seattle', 'WA', '98101', 'US', 47.6062, -122.3321, 'America/Los_Angeles', 'SEA'),
  city('PHX', 'Phoenix', 'AZ', '85004', 'US', 33.4484, -112.074, 'America/Phoenix', 'LAX'),

  city('YYZ', 'Toronto', 'ON', 'M5H 2N2', 'CA', 43.6532, -79.3832, 'America/Toronto', 'YYZ'),
  city('YUL', 'Montreal', 'QC', 'H2Y 1C6', 'CA', 45.5017, -73.5673, 'America/Toronto', 'YYZ'),
  city('YVR', 'Vancouver', 'BC', 'V6B 1A1', 'CA', 49.2827, -123.1207, 'America/Vancouver', 'YVR'),
  city('YYC', 'Calgary', 'AB', 'T2P 1J9', 'CA', 51.0447, -114.0719, 'America/Edmonton', 'YVR'),

  city('LON', 'London', 'England', 'EC1A 1BB', 'GB', 51.5074, -0.1278, 'Europe/London', 'BHX'),
  city('MAN', 'Manchester', 'England', 'M1 1AE', 'GB', 53.4808, -2.2426, 'Europe/London', 'BHX'),
  city('BHX', 'Birmingham', 'England', 'B1 1BB', 'GB', 52.4862, -1.8904, 'Europe/London', 'BHX'),
  city('EDI', 'Edinburgh', 'Scotland', 'EH1 1YZ', 'GB', 55.9533, -3.1883, 'Europe/London', 'BHX'),

  city('BER', 'Berlin', 'BE', '10115', 'DE', 52.52, 13.405, 'Europe/Berlin', 'LEJ'),
  city('HAM', 'Hamburg', 'HH', '20095', 'DE', 53.5511, 9.9937, 'Europe/Berlin', 'LEJ'),
  city('MUC', 'Munich', 'BY', '80331', 'DE', 48.1351, 11.582, 'Europe/Berlin', 'LEJ'),
  city('CGN', 'Cologne', 'NW', '50667', 'DE', 50.9375, 6.9603, 'Europe/Berlin', 'LEJ'),
  city('LEJ', 'Leipzig', 'SN', '04109', 'DE', 51.3397, 12.3731, 'Europe/Berlin', 'LEJ'),

  city('PAR', 'Paris', 'Île-de-France', '75001', 'FR', 48.8566, 2.3522, 'Europe/Paris', 'PAR'),
  city('LYS', 'Lyon', 'Auvergne-Rhône-Alpes', '69001', 'FR', 45.764, 4.8357, 'Europe/Paris', 'PAR'),
  city(
    'MRS',
    'Marseille',
    "Provence-Alpes-Côte d'Azur",
    '13001',
    'FR',
    43.2965,
    5.3698,
    'Europe/Paris',
    'PAR',
  ),
  city('TLS', 'Toulouse', 'Occitanie', '31000', 'FR', 43.6047, 1.4442, 'Europe/Paris', 'PAR'),

  city('MAD', 'Madrid', 'Madrid', '28013', 'ES', 40.4168, -3.7038, 'Europe/Madrid', 'MAD'),
  city('BCN', 'Barcelona', 'Catalonia', '08002', 'ES', 41.3874, 2.1686, 'Europe/Madrid', 'MAD'),
  city('VLC', 'Valencia', 'Valencia', '46002', 'ES', 39.4699, -0.3763, 'Europe/Madrid', 'MAD'),

  city('AMS', 'Amsterdam', 'NH', '1012 JS', 'NL', 52.3676, 4.9041, 'Europe/Amsterdam', 'EIN'),
  city('RTM', 'Rotterdam', 'ZH', '3011 AD', 'NL', 51.9244, 4.4777, 'Europe/Amsterdam', 'EIN'),
  city('EIN', 'Eindhoven', 'NB', '5611 AZ', 'NL', 51.4416, 5.4697, 'Europe/Amsterdam', 'EIN'),

  city('SAO', 'São Paulo', 'SP', '01001-000', 'BR', -23.5505, -46.6333, 'America/Sao_Paulo', 'SAO'),
  city('RIO', 'Rio de Janeiro', 'RJ', '20010-000', 'BR', -22.9068, -43.1729, 'America/Sao_Paulo', 'SAO'),
  city('BSB', 'Brasília', 'DF', '70040-010', 'BR', -15.7939, -47.8828, 'America/Sao_Paulo', 'SAO'),
  city('MAO', 'Manaus', 'AM', '69005-010', 'BR', -3.119, -60.0217, 'America/Manaus', 'MAO'),

  city('BOM', 'Mumbai', 'MH', '400001', 'IN', 19.076, 72.8777, 'Asia/Kolkata', 'BOM'),
  city('DEL', 'New Delhi', 'DL', '110001', 'IN', 28.6139, 77.209, 'Asia/Kolkata', 'BOM'),
  city('BLR', 'Bengaluru', 'KA', '560001', 'IN', 12.9716, 77.5946, 'Asia/Kolkata', 'BOM'),

  city('TYO', 'Tokyo', 'Tokyo', '100-0005', 'JP', 35.6762, 139.6503, 'Asia/Tokyo', 'TYO'),
  city('OSA', 'Osaka', 'Osaka', '530-0001', 'JP', 34.6937, 135.5023, 'Asia/Tokyo', 'TYO'),

  city('SYD', 'Sydney', 'NSW', '2000', 'AU', -33.8688, 151.2093, 'Australia/Sydney', 'SYD'),
  city('BNE', 'Brisbane', 'QLD', '4000', 'AU', -27.4698, 153.0251, 'Australia/Brisbane', 'SYD'),
  city('MEL', 'Melbourne', 'VIC', '3000', 'AU', -37.8136, 144.9631, 'Australia/Melbourne', 'MEL'),
  city('PER', 'Perth', 'WA', '6000', 'AU', -31.9505, 115.8605, 'Australia/Perth', 'PER'),
]);

const citiesById = new Map(CITIES.map((entry) => [entry.id, entry]));
const locations = new Map(
  CITIES.map((entry) => [
    entry.id,
    Object.freeze({
      city: entry.name,
      region: entry.region,
      postalCode: entry.postalCode,
      country: entry.country,
    }) satisfies Location,
  ]),
);

export function cityById(id: string): City | undefined {
  return citiesById.get(id);
}

/** The hub that sorts this city's parcels. */
export function hubOf(place: City): City {
  const hub = citiesById.get(place.hubId);
  if (!hub) throw new Error(`City ${place.id} names hub ${place.hubId}, which is not in CITIES`);
  return hub;
}

/** The city as a scan location; one frozen object per city, since a long run makes millions of scans. */
export function locationOf(place: City): Location {
  return (
    locations.get(place.id) ?? {
      city: place.name,
      region: place.region,
      postalCode: place.postalCode,
      country: place.country,
    }
  );
}
