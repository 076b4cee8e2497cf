import { epochDayOf, type EpochDay } from './calendar/civil-day.js';
import { deliveryCalendarFor } from './calendar/delivery-calendar.js';
import type { DeliveredShipment } from './eta-inputs.js';
import type { Lane } from './lane.js';
import { serviceLevelOf } from './service-levels.js';

// Synthetic delivery histories with known transit distributions, for tests and the benchmark.
// Seeded, so every run sees the same history. Transit in business days after hand-over is a
// rounded log-normal per lane; its true quantiles are therefore known exactly.

export interface SyntheticLane {
  readonly lane: Lane;
  readonly zone: string;
  /** Log-normal transit: median exp(mu) business days, shape sigma. */
  readonly mu: number;
  readonly sigma: number;
}

/** Mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function standardNormal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Transit in business days for one delivery on the lane. */
export function drawTransit(lane: SyntheticLane, random: () => number): number {
  return Math.max(0, Math.round(Math.exp(lane.mu + lane.sigma * standardNormal(random))));
}

const CARRIERS: readonly [string, string][] = [
  ['ups', 'ground'],
  ['fedex', 'home_delivery'],
  ['usps', 'priority_mail'],
  ['dhl', 'paket'],
];
const US_STATES = ['CA', 'TX', 'NY', 'FL', 'IL', 'PA', 'OH', 'GA', 'NC', 'MI', 'WA', 'AZ', 'MA', 'CO', 'OR'];

/** `count` lanes across a few carriers and US states, each with its own transit distribution. */
export function syntheticLanes(count: number, seed = 1): SyntheticLane[] {
  const random = seededRandom(seed);
  const lanes: SyntheticLane[] = [];
  for (let i = 0; i < count; i++) {
    const [carrier, service] = CARRIERS[i % CARRIERS.length]!;
    const origin = US_STATES[Math.floor(i / CARRIERS.length) % US_STATES.length]!;
    const destination = US_STATES[Math.floor(i / (CARRIERS.length * US_STATES.length)) % US_STATES.length]!;
    lanes.push({
      lane: {
        carrier,
        service,
        origin: { country: 'US', region: origin },
        destination: { country: 'US', region: `${destination}${i >= 900 ? `-${Math.floor(i / 900)}` : ''}` },
      },
      zone: 'America/New_York',
      mu: Math.log(1.5 + random() * 4),
      sigma: 0.2 + random() * 0.4,
    });
  }
  return lanes;
}

export interface SyntheticDelivery extends DeliveredShipment {
  /** Index into the lanes the history was drawn from. */
  readonly laneIndex: number;
  /** True transit in business days after the hand-over date. */
  readonly transitDays: number;
  readonly shippedDay: EpochDay;
}

/**
 * Deliveries spread evenly over `days` days from `startDay`, handed over at 16:00 UTC. The lane of
 * each is drawn by `pickLane` (uniform by default).
 */
export function* syntheticDeliveries(options: {
  readonly lanes: readonly SyntheticLane[];
  readonly count: number;
  readonly seed?: number;
  readonly startDay?: EpochDay;
  readonly days?: number;
  readonly pickLane?: (random: () => number) => number;
}): Generator<SyntheticDelivery> {
  const random = seededRandom(options.seed ?? 7);
  const startDay = options.startDay ?? epochDayOf(2024, 1, 1);
  const days = options.days ?? 365;
  const pick = options.pickLane ?? ((r: () => number) => Math.floor(r() * options.lanes.length));
  for (let n = 0; n < options.count; n++) {
    const laneIndex = pick(random);
    const synthetic = options.lanes[laneIndex]!;
    const { lane } = synthetic;
    const calendar = deliveryCalendarFor(serviceLevelOf(lane.carrier, lane.service).deliveryDays, {
      country: lane.destination!.country!,
      region: lane.destination!.region,
    });
    const shippedDay = startDay + Math.floor((n / options.count) * days);
    const transitDays = drawTransit(synthetic, random);
    const deliveredDay = calendar.addBusinessDays(shippedDay, transitDays);
    const shippedAt = shippedDay * 86_400_000 + 16 * 3_600_000;
    yield {
      lane,
      zone: synthetic.zone,
      laneIndex,
      transitDays,
      shippedDay,
      deliveredAt: deliveredDay * 86_400_000 + 20 * 3_600_000,
      milestones: { purchase: shippedAt - Math.floor(random() * 2) * 86_400_000, shipped: shippedAt },
    };
  }
}
