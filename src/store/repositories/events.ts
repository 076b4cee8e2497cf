import type { StoreCapabilities } from '../dialects/capabilities.js';
import { chunksFor, type Executor } from '../executor.js';
import type { TrackingEventTable } from '../schema.js';

const EVENT_COLUMNS = 20;

/**
 * Inserts scans, skipping any the shipment already has (same dedupe key). Returns the rows
 * that were new, so the caller knows which shipments changed.
 */
export async function insertNewEvents(
  db: Executor,
  caps: StoreCapabilities,
  rows: readonly TrackingEventTable[],
): Promise<Array<{ shipment_id: string; dedupe_key: string }>> {
  const inserted: Array<{ shipment_id: string; dedupe_key: string }> = [];
  for (const chunk of chunksFor(rows, EVENT_COLUMNS, caps.maxParameters)) {
    const result = await db
      .insertInto('tracking_events')
      .values(chunk)
      .onConflict((oc) => oc.columns(['shipment_id', 'dedupe_key']).doNothing())
      .returning(['shipment_id', 'dedupe_key'])
      .execute();
    inserted.push(...result);
  }
  return inserted;
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
