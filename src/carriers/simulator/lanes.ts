import { CITIES, type City } from './cities.js';
import { chance, pick, type Random } from './random.js';

/** Most parcels stay in their country; cross-border e-commerce is the smaller share. */
const DOMESTIC_SHARE = 0.75;

// Worked out once: history generation picks a lane for every one of 100,000 shipments.
const domesticPeers = new Map(
  CITIES.map((from) => [from.id, CITIES.filter((to) => to.country === from.country && to !== from)]),
);
const foreignCities = new Map(
  CITIES.map((from) => [from.id, CITIES.filter((to) => to.country !== from.country)]),
);

/** A random sender and recipient city: never the same city, usually the same country. */
export function pickCities(rng: Random): { readonly origin: City; readonly destination: City } {
  const origin = pick(rng, CITIES);
  const peers = domesticPeers.get(origin.id) ?? [];
  const domestic = chance(rng, DOMESTIC_SHARE) && peers.length > 0;
  return { origin, destination: pick(rng, domestic ? peers : (foreignCities.get(origin.id) ?? [])) };
}
