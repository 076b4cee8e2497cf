import type { Shipment } from '../domain/shipment.js';
import { chunksFor, type Executor } from '../store/executor.js';
import { shipmentFromRow } from '../store/repositories/shipment-rows.js';

// Reads for a whole batch (a relay batch in the dispatcher, a claimed round in the sender): one
// query per table instead of one per message, which was most of the notification path's cost.

/** Ids per `in (…)` list: far under either database's parameter limit. */
export const ID_LIST_LIMIT = 500;

/**
 * The shipments among `ids` that exist, by id. `paused`, when given, receives the ids of those
 * whose notifications the merchant paused in the console (read from the same rows).
 */
export async function shipmentsById(
  db: Executor,
  ids: readonly string[],
  paused?: Set<string>,
): Promise<Map<string, Shipment>> {
  const byId = new Map<string, Shipment>();
  for (const chunk of chunksFor(unique(ids), 1, ID_LIST_LIMIT)) {
    const rows = await db.selectFrom('shipments').selectAll().where('id', 'in', chunk).execute();
    for (const row of rows) {
      byId.set(row.id, shipmentFromRow(row));
      if (paused && row.notifications_paused === 1) paused.add(row.id);
    }
  }
  return byId;
}

/** The tracking-page tokens the shipments already have, by shipment id. */
export async function pageTokensOf(
  db: Executor,
  shipmentIds: readonly string[],
): Promise<Map<string, string>> {
  const byShipment = new Map<string, string>();
  for (const chunk of chunksFor(unique(shipmentIds), 1, ID_LIST_LIMIT)) {
    const rows = await db
      .selectFrom('page_tokens')
      .select(['shipment_id', 'token'])
      .where('shipment_id', 'in', chunk)
      .execute();
    for (const row of rows) byShipment.set(row.shipment_id, row.token);
  }
  return byShipment;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
