import type { StoreCapabilities } from '../dialects/capabilities.js';
import { chunksFor, type Executor } from '../executor.js';
import type { TrackingEventTable } from '../schema.js';
import { bulkInsert } from '../bulk.js';

const EVENT_COLUMNS = [
  'id',
  'tenant_id',
  'shipment_id',
  'dedupe_key',
  'occurred_at',
  'zone',
  'status',
  'substatus',
  'raw_code',
  'raw_description',
  'city',
  'region',
  'postal_code',
  'country',
  'source_adapter',
  'source_mode',
  'source_request_id',
  'corrects',
  'carrier_estimate',
  'received_at',
] as const satisfies readonly (keyof TrackingEventTable)[];

/**
 * Inserts scans, skipping any the shipment already has (same dedupe key). Returns the rows
 * that were new, so the caller knows which shipments changed.
 */
export async function insertNewEvents(
  db: Executor,
  caps: StoreCapabilities,
  rows: readonly TrackingEventTable[],
): Promise<Array<{ shipment_id: string; dedupe_key: string }>> {
  return bulkInsert<TrackingEventTable, { shipment_id: string; dedupe_key: string }>(
    db,
    caps,
    'tracking_events',
    EVENT_COLUMNS,
    rows,
    'on conflict (shipment_id, dedupe_key) do nothing returning shipment_id, dedupe_key',
  );
}

/**
 * Inserts the scans of shipments created in this same transaction, which cannot have stored scans
 * yet: nothing to report back, so no RETURNING. The caller passes each dedupe key once.
 */
export async function insertEventsOfNewShipments(
  db: Executor,
  caps: StoreCapabilities,
  rows: readonly TrackingEventTable[],
): Promise<void> {
  await bulkInsert(db, caps, 'tracking_events', EVENT_COLUMNS, rows);
}

export async function eventRowsForShipments(
  db: Executor,
  caps: StoreCapabilities,
  shipmentIds: readonly string[],
): Promise<TrackingEventTable[]> {
  const rows: TrackingEventTable[] = [];
  for (const chunk of chunksFor(shipmentIds, 1, caps.maxParameters - 1)) {
    rows.push(
      ...(await db.selectFrom('tracking_events').selectAll().where('shipment_id', 'in', chunk).execute()),
    );
  }
  return rows;
}
