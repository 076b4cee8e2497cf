// A lane is where a shipment goes and with whom. Thin lanes borrow strength from broader groups,
// from the most specific to the most general (the order `LEVELS` lists them in, reversed):
// lane → carrier + service + destination region → … + destination country → carrier + service
// → carrier → all shipments. The destination-region level is ours, between the lane and the
// country: "to this area" is often known long before a particular origin–destination pair is.

export interface LanePlace {
  /** ISO 3166-1 alpha-2. */
  readonly country?: string | undefined;
  /** State, province or another area code or name, as the store records it. */
  readonly region?: string | undefined;
}

export interface Lane {
  readonly carrier: string;
  readonly service?: string | undefined;
  readonly origin?: LanePlace | undefined;
  readonly destination?: LanePlace | undefined;
}

/** Hierarchy levels, most general first. */
export const LEVELS = ['all', 'carrier', 'service', 'country', 'region', 'lane'] as const;
export type Level = (typeof LEVELS)[number];

/** `|` separates key parts, so it may not appear inside one. */
function part(text: string | undefined): string {
  return text === undefined ? '' : text.trim().toUpperCase().replaceAll('|', '/');
}

function keysOf(lane: Lane): readonly string[] {
  const carrier = part(lane.carrier).toLowerCase();
  const service = `${carrier}|${part(lane.service).toLowerCase()}`;
  const country = `${service}|${part(lane.destination?.country)}`;
  const region = `${country}|${part(lane.destination?.region)}`;
  const whole = `${region}|${part(lane.origin?.country)}|${part(lane.origin?.region)}`;
  return ['*', carrier, service, country, region, whole];
}

// Keys are looked up in several maps on every prediction. Handing out the same string objects for
// the same lane lets those lookups reuse the strings' cached hashes instead of building and
// hashing six new strings each time.
const MAX_INTERNED = 100_000;
const interned = new Map<string, readonly string[]>();
/** Callers that reuse a Lane object skip even building the lookup string. */
const byObject = new WeakMap<Lane, readonly string[]>();

/** One key per level (same order as LEVELS); equal keys mean the same group. */
export function laneKeysOf(lane: Lane): readonly string[] {
  const known = byObject.get(lane);
  if (known) return known;
  const { origin, destination } = lane;
  const raw = `${lane.carrier}\u0001${lane.service}\u0001${destination?.country}\u0001${destination?.region}\u0001${origin?.country}\u0001${origin?.region}`;
  let keys = interned.get(raw);
  if (!keys) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    keys = keysOf(lane);
    interned.set(raw, keys);
  }
  byObject.set(lane, keys);
  return keys;
}
