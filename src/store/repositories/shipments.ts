import { CompiledQuery, sql } from 'kysely';
import type { Shipment } from '../../domain/shipment.js';
import type { Status } from '../../domain/status.js';
import type { TrackingEvent } from '../../domain/tracking-event.js';
import type { StoreCapabilities } from '../dialects/capabilities.js';
import { bulkInsert, bulkUpdate } from '../bulk.js';
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

export function findShipment(db: Executor, tenantId: string, id: string): Promise<Shipment | undefined> {
  return findOneBy(db, tenantId, 'id', id);
}

export function findShipmentByNumber(
  db: Executor,
  tenantId: string,
  trackingNumber: string,
): Promise<Shipment | undefined> {
  return findOneBy(db, tenantId, 'tracking_number', trackingNumber);
}

/** Both columns are unique within a tenant, so at most one row answers. */
async function findOneBy(
  db: Executor,
  tenantId: string,
  column: 'id' | 'tracking_number',
  value: string,
): Promise<Shipment | undefined> {
  const row = await db
    .selectFrom('shipments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where(column, '=', value)
    .executeTakeFirst();
  return row && shipmentFromRow(row);
}

/** The tenant's shipment with the newest scan (for `waybill track --latest`). */
export async function lastMovedShipment(db: Executor, tenantId: string): Promise<Shipment | undefined> {
  const row = await db
    .selectFrom('shipments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('last_event_at', 'is not', null)
    .orderBy('last_event_at', 'desc')
    .limit(1)
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

/**
 * The SET value of `version` in every UPDATE of shipments: lookups answer from a cached body while
 * the row's version is the one they cached (src/http/lookup-cache.ts).
 */
export const NEXT_VERSION = sql<number>`version + 1`;

// Built once: this read runs on every lookup, and building and compiling the query with Kysely
// would cost about as much as running it.
const VERSION_QUERY = 'select version from shipments where id = $1 and tenant_id = $2';
const SQLITE_VERSION_QUERY = VERSION_QUERY.replace(/\$\d/g, '?');

/** The row's version, or undefined when the tenant has no such shipment. */
export async function shipmentVersion(
  db: Executor,
  caps: StoreCapabilities,
  tenantId: string,
  id: string,
): Promise<number | undefined> {
  const text = caps.dialect === 'postgres' ? VERSION_QUERY : SQLITE_VERSION_QUERY;
  const result = await db.executeQuery<{ version: number | string }>(CompiledQuery.raw(text, [id, tenantId]));
  const row = result.rows[0];
  return row && Number(row.version);
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

/** The columns derivation owns; everything else on a shipment row is left alone by ingest. */
export const DERIVED_COLUMNS = [
  'status',
  'substatus',
  'exception_reason',
  'last_city',
  'last_region',
  'last_postal_code',
  'last_country',
  'last_event_at',
  'first_scan_at',
  'delivered_at',
  'delivery_attempts',
  'carrier_estimate',
  'event_count',
  'corrected',
  'stalled',
  'updated_at',
] as const satisfies readonly (keyof ShipmentTable)[];

const INTEGER_COLUMNS: ReadonlySet<string> = new Set([
  'delivery_attempts',
  'event_count',
  'corrected',
  'stalled',
]);

export type DerivedColumns = Pick<ShipmentTable, 'id' | (typeof DERIVED_COLUMNS)[number]>;
export type ShipmentState = DerivedColumns & Pick<ShipmentTable, 'tracking_number'>;

/**
 * What ingest needs of the shipments for these numbers (id, number, derived columns; not the
 * whole row), locked for the transaction where the database can.
 */
export async function shipmentStatesByNumber(
  db: Executor,
  caps: StoreCapabilities,
  tenantId: string,
  numbers: readonly string[],
): Promise<ShipmentState[]> {
  const rows: ShipmentState[] = [];
  // PostgreSQL takes the numbers as one array parameter: a list of a thousand parameters cost more
  // to parse and plan than the lookup itself. SQLite has no arrays and reads a list cheaply.
  const chunks = caps.dialect === 'postgres' ? [numbers] : chunksFor(numbers, 1, caps.maxParameters - 1);
  for (const chunk of chunks) {
    let select = db
      .selectFrom('shipments')
      .select(['id', 'tracking_number', ...DERIVED_COLUMNS])
      .where('tenant_id', '=', tenantId)
      .where((eb) =>
        caps.dialect === 'postgres'
          ? sql<boolean>`tracking_number = any(${chunk})`
          : eb('tracking_number', 'in', chunk),
      )
      // The unique index's order: no sort, and a fixed lock order so concurrent batches cannot
      // deadlock on PostgreSQL.
      .orderBy('tracking_number');
    if (caps.rowLocks) select = select.forUpdate();
    rows.push(...(await select.execute()));
  }
  return rows;
}

const SHIPMENT_COLUMNS = [
  'id',
  'tenant_id',
  'tracking_number',
  'carrier',
  'service',
  'order_ref',
  'origin_postal_code',
  'origin_city',
  'origin_region',
  'origin_country',
  'destination_postal_code',
  'destination_city',
  'destination_region',
  'destination_country',
  'promised_date',
  'ordered_at',
  'estimate',
  'estimate_history',
  'estimated_at',
  'delay_reasons',
  'created_at',
  'order_id',
  ...DERIVED_COLUMNS,
] as const satisfies readonly (keyof ShipmentTable)[];

// Every column of the table, or the compiler says which is missing. The console's own columns
// (archive, paused notifications) and the version start at their defaults.
type Missing = Exclude<
  keyof ShipmentTable,
  (typeof SHIPMENT_COLUMNS)[number] | 'archived_at' | 'notifications_paused' | 'version'
>;
const _allColumns: [Missing] extends [never] ? true : Missing = true;

/** Inserts shipments the tenant does not track yet; returns the ids of the rows really inserted. */
export async function insertNewShipmentRows(
  db: Executor,
  caps: StoreCapabilities,
  rows: readonly ShipmentTable[],
): Promise<string[]> {
  const inserted = await bulkInsert<ShipmentTable, { id: string }>(
    db,
    caps,
    'shipments',
    SHIPMENT_COLUMNS,
    rows,
    'on conflict (tenant_id, tracking_number) do nothing returning id',
  );
  return inserted.map((row) => row.id);
}

const VERSION = ['version'] as const;
const DERIVED_COLUMNS_BUT_STATUS = DERIVED_COLUMNS.filter((column) => column !== 'status');

/**
 * Writes the derived columns of many shipments in one statement per chunk. Rows whose status did
 * not change go in `sameStatus` and, on SQLite, leave `status` out of the SET: SQLite rewrites the
 * entry of every index on a column the SET names, whether its value changed or not.
 */
export async function updateDerivedColumns(
  db: Executor,
  caps: StoreCapabilities,
  rows: readonly DerivedColumns[],
  sameStatus: readonly DerivedColumns[] = [],
): Promise<void> {
  // PostgreSQL compares the old and new values itself: one statement for all rows.
  if (caps.dialect === 'postgres') {
    await bulkUpdate(
      db,
      caps,
      'shipments',
      'id',
      DERIVED_COLUMNS,
      INTEGER_COLUMNS,
      [...rows, ...sameStatus],
      VERSION,
    );
    return;
  }
  await bulkUpdate(db, caps, 'shipments', 'id', DERIVED_COLUMNS, INTEGER_COLUMNS, rows, VERSION);
  await bulkUpdate(
    db,
    caps,
    'shipments',
    'id',
    DERIVED_COLUMNS_BUT_STATUS,
    INTEGER_COLUMNS,
    sameStatus,
    VERSION,
  );
}
