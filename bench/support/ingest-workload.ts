import type { IngestItem } from '../../src/ingest/ingest-item.js';

// Eight scans per parcel, the shape of a plain domestic journey.
const JOURNEY = [
  ['info_received.label_created', 'LC', 0],
  ['in_transit.picked_up', 'PU', 20],
  ['in_transit.origin_facility', 'OF', 28],
  ['in_transit.linehaul', 'DP', 31],
  ['in_transit.destination_facility', 'AR', 44],
  ['out_for_delivery.on_vehicle', 'OD', 62],
  ['attempt_failed.recipient_absent', 'NH', 66],
  ['delivered.neighbour', 'DL', 88],
] as const;

export const EVENTS_PER_SHIPMENT = JOURNEY.length;
const CITIES = [
  ['Berlin', 'DE', '10115'],
  ['Hamburg', 'DE', '20095'],
  ['Lyon', 'FR', '69001'],
  ['Madrid', 'ES', '28001'],
  ['Utrecht', 'NL', '3511'],
] as const;

export type WorkloadShape = 'live' | 'history';

/**
 * `live`: round r holds scan r of every parcel, so each batch touches many parcels that already
 * have history, as webhooks and polls deliver them (the hard case for derivation).
 * `history`: all of a parcel's scans together, as an import or a carrier's full-history answer.
 */
export function* ingestWorkload(
  tenantId: string,
  shipments: number,
  batchSize: number,
  shape: WorkloadShape,
): Generator<IngestItem[]> {
  let batch: IngestItem[] = [];
  const order =
    shape === 'live'
      ? (function* () {
          for (let round = 0; round < JOURNEY.length; round += 1)
            for (let i = 0; i < shipments; i += 1) yield [i, round] as const;
        })()
      : (function* () {
          for (let i = 0; i < shipments; i += 1)
            for (let round = 0; round < JOURNEY.length; round += 1) yield [i, round] as const;
        })();
  for (const [i, round] of order) {
    batch.push(scanOf(tenantId, i, round));
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export function trackingNumberOf(i: number): string {
  return `BENCH${String(i).padStart(10, '0')}`;
}

const START = Date.parse('2026-10-01T06:00:00Z');

/** Scan `round` (0–7) of parcel `i`. */
export function scanOf(tenantId: string, i: number, round: number): IngestItem {
  const [status, rawCode, hours] = JOURNEY[round]!;
  const city = CITIES[(i + round) % CITIES.length]!;
  return {
    tenantId,
    trackingNumber: trackingNumberOf(i),
    carrier: 'bench',
    occurredAt: new Date(START + (i % 1440) * 60_000 + hours * 3_600_000).toISOString(),
    status,
    rawCode,
    rawDescription: `${rawCode} scan`,
    location: { city: city[0], country: city[1], postalCode: city[2] },
    source: { adapter: 'bench', mode: 'push' },
  };
}
