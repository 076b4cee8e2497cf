import type { Shipment } from '../../domain/shipment.js';
import type { Status } from '../../domain/status.js';
import type { TrackingEvent } from '../../domain/tracking-event.js';
import type { StoreCapabilities } from '../dialects/capabilities.js';
import { chunksFor, type Executor } from '../executor.js';
import type { ShipmentTable } from '../schema.js';
import { eventFromRow, shipmentFromRow } from './shipment-rows.js';

export interface ShipmentListQuery {
  readonly trackingNumber?: string | undefined;
  readonly status?: Status | undefined;
  /** The id of the last shipment on the previous page (pages run newest first). */
  readonly cursor?: string | undefined;
  readonly limit: number;
}

export async function findShipment(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<Shipment | undefined> {
  const row = await db
    .selectFrom('shipments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && shipmentFromRow(row);
}

export async function findShipmentByNumber(
  db: Executor,
  tenantId: string,
  trackingNumber: string,
): Promise<Shipment | undefined> {
  const row = await db
    .selectFrom('shipments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('tracking_number', '=', trackingNumber)
    .executeTakeFirst();
  return row && shipmentFromRow(row);
}

export async function listShipments(
  db: Executor,
  tenantId: string,
  query: ShipmentListQuery,
): Promise<Shipment[]> {
  let select = db.selectFrom('shipments').selectAll().where('tenant_id', '=', tenantId);
  if (query.trackingNumber !== undefined) select = select.where('tracking_number', '=', query.trackingNumber);
  if (query.status !== undefined) select = select.where('status', '=', query.status);
  if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
  const rows = await select.orderBy('id', 'desc').limit(query.limit).execute();
  return rows.map(shipmentFromRow);
}

/** The timeline in storage order; callers order it with the domain's orderTimeline. */
export async function listEvents(
  db: Executor,
  tenantId: string,
  shipmentId: string,
): Promise<TrackingEvent[]> {
  const rows = await db
    .selectFrom('tracking_events')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('shipment_id', '=', shipmentId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map(eventFromRow);
}

/** Rows for the given numbers of one tenant, locked for the transaction where the database can. */
export async function shipmentRowsByNumber(
  db: Executor,
  caps: StoreCapabilities,
  tenantId: string,
  numbers: readonly string[],
): Promise<ShipmentTable[]> {
  const rows: ShipmentTable[] = [];
  for (const chunk of chunksFor(numbers, 1, caps.maxParameters - 1)) {
    let select = db
      .selectFrom('shipments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('tracking_number', 'in', chunk)
      .orderBy('id');
    // Concurrent batches for the same shipment serialise here instead of overwriting each other.
    if (caps.rowLocks) select = select.forUpdate();
    rows.push(...(await select.execute()));
  }
  return rows;
}

export async function insertShipmentRows(
  db: Executor,
  caps: StoreCapabilities,
  rows: readonly ShipmentTable[],
): Promise<void> {
  for (const chunk of chunksFor(rows, 31, caps.maxParameters)) {
    await db
      .insertInto('shipments')
      .values(chunk)
      .onConflict((oc) => oc.columns(['tenant_id', 'tracking_number']).doNothing())
      .execute();
  }
}

/** Writes whole rows back: one statement per chunk instead of one UPDATE per shipment. */
export async function upsertShipmentRows(
  db: Executor,
  caps: StoreCapabilities,
  rows: readonly ShipmentTable[],
): Promise<void> {
  for (const chunk of chunksFor(rows, 31, caps.maxParameters)) {
    await db
      .insertInto('shipments')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          substatus: eb.ref('excluded.substatus'),
          exception_reason: eb.ref('excluded.exception_reason'),
          last_city: eb.ref('excluded.last_city'),
          last_region: eb.ref('excluded.last_region'),
          last_postal_code: eb.ref('excluded.last_postal_code'),
          last_country: eb.ref('excluded.last_country'),
          last_event_at: eb.ref('excluded.last_event_at'),
          first_scan_at: eb.ref('excluded.first_scan_at'),
          delivered_at: eb.ref('excluded.delivered_at'),
          delivery_attempts: eb.ref('excluded.delivery_attempts'),
          carrier_estimate: eb.ref('excluded.carrier_estimate'),
          stalled: eb.ref('excluded.stalled'),
          estimate: eb.ref('excluded.estimate'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}
