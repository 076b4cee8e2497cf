// A lane is where a shipment goes and with whom. Thin lanes borrow strength from broader groups,
// from the most specific to the most general (the order `LEVELS` lists them in, reversed):
// route (origin area → destination area) → lane + destination area → lane (origin region →
// destination region) → carrier + service + destination region → … + destination country →
// carrier + service → carrier → all shipments. Areas are postal-code prefixes or cities. The
// destination-region level is ours, between the lane and the country: "to this area" is often
// known long before a particular origin–destination pair is.

export interface LanePlace {
  /** ISO 3166-1 alpha-2. */
  readonly country?: string | undefined;
  /** State, province or another area code or name, as the store records it. */
  readonly region?: string | undefined;
  /** Postal code (or its leading digits, as some data sets give it). */
  readonly postalCode?: string | undefined;
  readonly city?: string | undefined;
}

export interface Lane {
  readonly carrier: string;
  readonly service?: string | undefined;
  readonly origin?: LanePlace | undefined;
  readonly destination?: LanePlace | undefined;
  /**
   * Who hands the parcel over: the merchant and its ship-from place (in the data sets, the
   * seller). Not part of the lane's keys: it keys the handling time from order to hand-over
   * (handling.ts), which is the merchant's, not the road's.
   */
  readonly merchant?: string | undefined;
}

/** Hierarchy levels, most general first. */
export const LEVELS = ['all', 'carrier', 'service', 'country', 'region', 'lane', 'area', 'route'] as const;
export type Level = (typeof LEVELS)[number];

/** `|` separates key parts, so it may not appear inside one. */
function part(text: string | undefined): string {
  return text === undefined ? '' : text.trim().toUpperCase().replaceAll('|', '/');
}

/**
 * Postal codes are read by their leading characters: three name a delivery area in most national
 * schemes (a US ZIP3 sectional centre, a Brazilian CEP sub-sector, a UK postcode area and
 * district). Without a postal code the city stands in.
 */
const AREA_CHARACTERS = 3;
function areaOf(place: LanePlace | undefined): string {
  const code = place?.postalCode?.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  if (code) return code.slice(0, AREA_CHARACTERS);
  const city = part(place?.city);
  return city === '' ? '' : `@${city}`;
}

function keysOf(lane: Lane): readonly string[] {
  const carrier = part(lane.carrier).toLowerCase();
  const service = `${carrier}|${part(lane.service).toLowerCase()}`;
  const country = `${service}|${part(lane.destination?.country)}`;
  const region = `${country}|${part(lane.destination?.region)}`;
  const whole = `${region}|${part(lane.origin?.country)}|${part(lane.origin?.region)}`;
  const keys = ['*', carrier, service, country, region, whole];
  // Levels with nothing to tell apart are left out rather than kept as copies of their parent.
  const destinationArea = areaOf(lane.destination);
  if (destinationArea === '') return keys;
  const area = `${whole}|${destinationArea}`;
  keys.push(area);
  const originArea = areaOf(lane.origin);
  if (originArea !== '') keys.push(`${area}|${originArea}`);
  return keys;
}

// Keys are looked up in several maps on every prediction. Handing out the same string objects for
// the same lane lets those lookups reuse the strings' cached hashes instead of building and
// hashing six new strings each time.
const MAX_INTERNED = 100_000;
const interned = new Map<string, readonly string[]>();
/** Callers that reuse a Lane object skip even building the lookup string. */
const byObject = new WeakMap<Lane, readonly string[]>();

/**
 * One key per level (same order as LEVELS), up to the most specific level the lane names: the
 * area levels only when it has postal codes or cities. Equal keys mean the same group.
 */
export function laneKeysOf(lane: Lane): readonly string[] {
  const known = byObject.get(lane);
  if (known) return known;
  const { origin, destination } = lane;
  const raw = `${lane.carrier}\u0001${lane.service}\u0001${destination?.country}\u0001${destination?.region}\u0001${origin?.country}\u0001${origin?.region}\u0001${destination?.postalCode}\u0001${destination?.city}\u0001${origin?.postalCode}\u0001${origin?.city}`;
  let keys = interned.get(raw);
  if (!keys) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    keys = keysOf(lane);
    interned.set(raw, keys);
  }
  byObject.set(lane, keys);
  return keys;
}
