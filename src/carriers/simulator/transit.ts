import { hubOf, type City } from './cities.js';

/** The simulator sells two services, like most parcel carriers' base products. */
export type SimulatorService = 'Ground' | 'Express';
export type TransportMode = 'truck' | 'air';

/** Door-to-door truck average once driver rest, traffic and depot stops are counted. */
const TRUCK_KM_PER_HOUR = 50;
/** Block speed of a freighter. */
const AIR_KM_PER_HOUR = 650;
/** Trucking to and from airports, loading and unloading: a short flight is never quick. */
const AIR_FIXED_HOURS = 5;
/** Below this, nothing is flown: a truck arrives as soon. */
const ALWAYS_TRUCK_KM = 500;
/** Beyond this a border-crossing Ground parcel travels as economy air instead of by road. */
const INTERNATIONAL_ROAD_LIMIT_KM = 1500;

/** Where a parcel goes and how: the fixed part of a journey, before any randomness. */
export interface Lane {
  readonly origin: City;
  readonly destination: City;
  readonly originHub: City;
  readonly destinationHub: City;
  readonly international: boolean;
  readonly service: SimulatorService;
  /** How the parcel travels between the two hubs. */
  readonly mode: TransportMode;
}

export function laneOf(origin: City, destination: City, service: SimulatorService): Lane {
  const originHub = hubOf(origin);
  const destinationHub = hubOf(destination);
  const international = origin.country !== destination.country;
  const mode = transportModeFor(greatCircleKm(originHub, destinationHub), service, international);
  return { origin, destination, originHub, destinationHub, international, service, mode };
}

export function transportModeFor(
  km: number,
  service: SimulatorService,
  international: boolean,
): TransportMode {
  if (km <= ALWAYS_TRUCK_KM) return 'truck';
  if (service === 'Express') return 'air';
  // Domestic Ground rides trucks even coast to coast (that is what makes it cheaper); crossing an
  // ocean it cannot.
  return international && km > INTERNATIONAL_ROAD_LIMIT_KM ? 'air' : 'truck';
}

/** Nominal hours to move a parcel `km` by `mode`, before handling time and randomness. */
export function legHours(km: number, mode: TransportMode): number {
  if (km <= 0) return 0;
  return mode === 'truck' ? km / TRUCK_KM_PER_HOUR : AIR_FIXED_HOURS + km / AIR_KM_PER_HOUR;
}

const EARTH_RADIUS_KM = 6371;

/** Haversine distance; good to a fraction of a percent, which is all a transit model needs. */
export function greatCircleKm(
  a: { readonly lat: number; readonly lon: number },
  b: { readonly lat: number; readonly lon: number },
): number {
  const toRadians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRadians;
  const dLon = (b.lon - a.lon) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Nominal hours by road between two places. */
export function roadHours(from: City, to: City): number {
  return legHours(greatCircleKm(from, to), 'truck');
}

/** Nominal hours between the lane's two hubs, by the lane's mode. */
export function linehaulHours(lane: Lane): number {
  return legHours(greatCircleKm(lane.originHub, lane.destinationHub), lane.mode);
}
