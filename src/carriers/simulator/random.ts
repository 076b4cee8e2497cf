/**
 * A source of uniform numbers in [0, 1). Every random choice in the simulator goes through one,
 * so a seed replays a run exactly; nothing here reads Math.random or the clock.
 */
export type Random = () => number;

/**
 * mulberry32: 32 bits of state, fast, and good enough for simulated journeys (not for secrets).
 * The seed is taken as an unsigned 32-bit integer.
 */
export function createRandom(seed: number): Random {
  let state = toUint32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a seed with stream numbers (say, a shipment's sequence number), so shipment n's journey
 * depends only on (seed, n) and not on how many journeys were planned before it.
 */
export function deriveSeed(seed: number, ...parts: readonly number[]): number {
  let hash = mix32(toUint32(seed) ^ 0x9e3779b9);
  for (const part of parts) {
    // Sequence numbers can pass 2^32 in long runs; fold the high bits in rather than dropping them.
    hash = mix32(hash ^ toUint32(part) ^ mix32(toUint32(Math.floor(part / 4294967296))));
  }
  return hash;
}

/** A float in [min, max). */
export function between(rng: Random, min: number, max: number): number {
  return min + rng() * (max - min);
}

/** An integer in [min, max], both ends included. */
export function integerBetween(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** True with probability `probability`. */
export function chance(rng: Random, probability: number): boolean {
  return rng() < probability;
}

export function pick<T>(rng: Random, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick() needs at least one item');
  return item;
}

/** Picks by weight; weights need not sum to 1. */
export function pickWeighted<T>(rng: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let remaining = rng() * total;
  for (const [item, weight] of choices) {
    remaining -= weight;
    if (remaining < 0) return item;
  }
  const last = choices[choices.length - 1];
  if (last === undefined) throw new RangeError('pickWeighted() needs at least one choice');
  return last[0];
}

function toUint32(value: number): number {
  return Math.trunc(value) >>> 0;
}

/** murmur3's 32-bit finaliser: every input bit flips about half the output bits. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
