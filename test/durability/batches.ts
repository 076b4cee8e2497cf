import { createRandom, integerBetween, pick, type Random } from '../../src/carriers/simulator/random.js';

/** One POST /v1/events body, and what it must leave behind if it commits. */
export interface Batch {
  readonly index: number;
  readonly events: readonly BatchScan[];
}

export interface BatchScan {
  readonly trackingNumber: string;
  readonly occurredAt: string;
  readonly status: string;
  readonly rawCode: string;
  readonly rawDescription: string;
  readonly location?: { city: string; country: string };
  readonly shipment?: { destination: { country: string } };
}

// Batches share a small pool of shipments, so concurrent batches update the same rows and a
// shipment's state is derived from scans of many batches.
const SHIPMENT_POOL = 24;
const SUBSTATUSES = [
  'info_received.label_created',
  'in_transit.picked_up',
  'in_transit.origin_facility',
  'in_transit.linehaul',
  'in_transit.destination_facility',
  'out_for_delivery.on_vehicle',
  'attempt_failed.recipient_absent',
  'available_for_pickup.locker',
  'delivered.signed',
] as const;
const CITIES = [
  { city: 'Berlin', country: 'DE' },
  { city: 'Lyon', country: 'FR' },
  { city: 'Leeds', country: 'GB' },
] as const;
// Every scan happened in the past week of 2025, well inside what the pipeline accepts.
const FIRST_SCAN_MS = Date.parse('2025-03-03T06:00:00Z');

/** The scan's rawCode names its batch: `B000042.3` is scan 3 of batch 42. */
export function batchOfRawCode(rawCode: string): number | undefined {
  const match = /^B(\d{6})\.\d+$/.exec(rawCode);
  return match ? Number(match[1]) : undefined;
}

export function trackingNumberOf(shipment: number): string {
  return `DUR${String(shipment).padStart(5, '0')}`;
}

/**
 * Batch `index` for a seed: 3–5 shipments of the pool, 2–3 scans each. The same (seed, index)
 * always gives the same batch.
 */
export function batchFor(seed: number, index: number): Batch {
  const rng = createRandom(seed * 100_003 + index);
  const shipments = new Set<number>();
  const wanted = integerBetween(rng, 3, 5);
  while (shipments.size < wanted) shipments.add(integerBetween(rng, 0, SHIPMENT_POOL - 1));
  // Sorted, so two batches that create the same new shipments lock them in the same order.
  const ordered = [...shipments].sort((a, b) => a - b);
  const events: BatchScan[] = [];
  for (const shipment of ordered) {
    const scans = integerBetween(rng, 2, 3);
    for (let s = 0; s < scans; s += 1) events.push(scanFor(rng, index, events.length, shipment));
  }
  return { index, events };
}

function scanFor(rng: Random, batch: number, position: number, shipment: number): BatchScan {
  const minutes = integerBetween(rng, 0, 7 * 24 * 60);
  const place = pick(rng, CITIES);
  const withPlace = rng() < 0.7;
  return {
    trackingNumber: trackingNumberOf(shipment),
    occurredAt: new Date(FIRST_SCAN_MS + minutes * 60_000).toISOString(),
    status: pick(rng, SUBSTATUSES),
    rawCode: `B${String(batch).padStart(6, '0')}.${position}`,
    rawDescription: `durability batch ${batch}`,
    ...(withPlace ? { location: { city: place.city, country: place.country } } : {}),
    ...(rng() < 0.3 ? { shipment: { destination: { country: place.country } } } : {}),
  };
}
