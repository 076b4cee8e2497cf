import type { SelectQueryBuilder } from 'kysely';
import type { Shipment } from '../../domain/shipment.js';
import type { Executor } from '../../store/executor.js';
import { idBoundAt } from '../../store/ids.js';
import { shipmentFromRow } from '../../store/repositories/shipment-rows.js';
import type { Database, ShipmentTable } from '../../store/schema.js';
import { openPromise, underWay } from './predicates.js';
import {
  ACTOR_REASONS,
  createdRange,
  searchReadings,
  type ShipmentFilter,
  type Sort,
} from './shipment-filter.js';

export interface ListedShipment {
  readonly shipment: Shipment;
  readonly archivedAt: string | null;
  readonly notificationsPaused: boolean;
}

export interface ShipmentPage {
  readonly rows: readonly ListedShipment[];
  /** Cursor of the next page (older, or further in the sort), when there is one. */
  readonly next: string | null;
  /** Cursor of the previous page, when this is not the first. */
  readonly previous: string | null;
}

export interface PageRequest {
  readonly limit: number;
  /** Continue after this cursor… */
  readonly after?: string | undefined;
  /** …or go back to the rows before it. */
  readonly before?: string | undefined;
}

type Query = SelectQueryBuilder<Database, 'shipments', ShipmentTable>;

const DAY_MS = 86_400_000;

export function listedFromRow(row: ShipmentTable): ListedShipment {
  return {
    shipment: shipmentFromRow(row),
    archivedAt: row.archived_at,
    notificationsPaused: row.notifications_paused === 1,
  };
}

/**
 * One page of the tenant's shipments under a filter, in keyset order over an index that ends
 * in the sort key: (tenant, id) for newest and oldest — ids are ULIDs minted at registration,
 * so they sort by creation time — and (tenant, tracking_number). A page costs the same on the
 * first page and the thousandth.
 */
export async function listShipmentPage(
  db: Executor,
  tenantId: string,
  filter: ShipmentFilter,
  page: PageRequest,
  context: { today: string; zone: string },
): Promise<ShipmentPage> {
  const matches = filter.q ? await searchIds(db, tenantId, filter.q) : undefined;
  if (matches && matches.length === 0) return { rows: [], next: null, previous: null };
  let query = filtered(db, tenantId, filter, context, matches);
  const backwards = page.before !== undefined;
  const cursor = decodeCursor(page.before ?? page.after);
  if (cursor) query = afterCursor(query, filter.sort, cursor, backwards);
  query = ordered(query, filter.sort, backwards).limit(page.limit + 1);
  const rows = await query.execute();
  const more = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  if (backwards) kept.reverse();
  const listed = kept.map(listedFromRow);
  const first = kept[0];
  const lastRow = kept[kept.length - 1];
  return {
    rows: listed,
    next: lastRow && (backwards || more) ? encodeCursor(filter.sort, lastRow) : null,
    previous: first && (backwards ? more : cursor !== undefined) ? encodeCursor(filter.sort, first) : null,
  };
}

/** Every row under the filter, in sort order, a batch at a time (for CSV export). */
export async function* allShipments(
  db: Executor,
  tenantId: string,
  filter: ShipmentFilter,
  context: { today: string; zone: string },
  batch = 1_000,
): AsyncGenerator<ListedShipment> {
  let after: string | undefined;
  for (;;) {
    const page = await listShipmentPage(db, tenantId, filter, { limit: batch, after }, context);
    for (const row of page.rows) yield row;
    if (!page.next) return;
    after = page.next;
  }
}

/** The listed rows among `ids` (for live updates of rows on screen), in no particular order. */
export async function shipmentsByIds(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<ListedShipment[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('shipments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids.slice(0, 200))
    .execute();
  return rows.map(listedFromRow);
}

function filtered(
  db: Executor,
  tenantId: string,
  filter: ShipmentFilter,
  context: { today: string; zone: string },
  matches: readonly string[] | undefined,
): Query {
  let query = db.selectFrom('shipments').selectAll().where('tenant_id', '=', tenantId);
  if (matches) query = query.where('id', 'in', matches);
  if (filter.statuses.length > 0) query = query.where('status', 'in', filter.statuses);
  if (filter.carriers.length > 0) query = query.where('carrier', 'in', filter.carriers);
  // Typed by hand, so "express" finds "Express"; no index serves this column either way.
  if (filter.service)
    query = query.where((eb) => eb(eb.fn('lower', ['service']), '=', filter.service.toLowerCase()));
  if (filter.archived === 'exclude') query = query.where('archived_at', 'is', null);
  if (filter.archived === 'only') query = query.where('archived_at', 'is not', null);
  // A creation-date range is a range of ids (ULIDs carry their minting time; a day's slack
  // covers any clock difference between the id and created_at), checked exactly on created_at.
  const range = createdRange(filter, context.zone);
  if (range.from) {
    query = query.where('id', '>=', idBoundAt(Date.parse(range.from) - DAY_MS, 'low'));
    query = query.where('created_at', '>=', range.from);
  }
  if (range.to) {
    query = query.where('id', '<=', idBoundAt(Date.parse(range.to) + DAY_MS, 'high'));
    query = query.where('created_at', '<', range.to);
  }
  for (const flag of filter.flags) {
    if (flag === 'exception') query = query.where('status', '=', 'exception');
    if (flag === 'stalled') query = query.where('stalled', '=', 1).where(underWay());
    if (flag === 'delayed')
      query = query
        .where('delay_reasons', 'is not', null)
        .where('delay_reasons', '!=', '[]')
        .where(underWay());
    if (flag === 'late') query = query.where(openPromise()).where('promised_date', '<', context.today);
  }
  if (filter.actor)
    query = query
      .where('status', '=', 'exception')
      .where('exception_reason', 'in', ACTOR_REASONS[filter.actor]);
  return query;
}

/**
 * An order reference as typed, in upper and lower case ("SO-1001" is typed "so-1001"), and with
 * or without the "#" shops put in front ("#1001" is typed "1001").
 */
export function orderRefVariants(typed: string): string[] {
  const bare = typed.startsWith('#') ? typed.slice(1) : typed;
  const forms = [typed, bare, `#${bare}`].filter((form) => form.length > 0 && form !== '#');
  return [...new Set(forms.flatMap((form) => [form, form.toUpperCase(), form.toLowerCase()]))];
}

/** Shipment ids a search text finds: tracking number (or its start), order reference, recipient. */
async function searchIds(db: Executor, tenantId: string, q: string): Promise<string[]> {
  const readings = searchReadings(q);
  const ids = new Set<string>();
  if (readings.trackingNumber) {
    const number = readings.trackingNumber;
    const rows = await db
      .selectFrom('shipments')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('tracking_number', '>=', number)
      .where('tracking_number', '<', `${number}\u{10FFFF}`)
      .orderBy('tracking_number')
      .limit(500)
      .execute();
    for (const row of rows) ids.add(row.id);
  }
  const refs = orderRefVariants(readings.orderRef);
  const byOrder =
    refs.length === 0
      ? []
      : await db
          .selectFrom('shipments')
          .select('id')
          .where('tenant_id', '=', tenantId)
          .where('order_ref', 'in', refs)
          .limit(500)
          .execute();
  for (const row of byOrder) ids.add(row.id);
  const addresses = [readings.email, readings.phone].filter((a): a is string => a !== null);
  if (addresses.length > 0) {
    const byRecipient = await db
      .selectFrom('notification_recipients')
      .select('shipment_id')
      .where('tenant_id', '=', tenantId)
      .where('address', 'in', addresses)
      .limit(500)
      .execute();
    for (const row of byRecipient) ids.add(row.shipment_id);
  }
  return [...ids];
}

// Cursors carry the sort key of the row they point at: [id] or [tracking_number].
function encodeCursor(sort: Sort, row: ShipmentTable): string {
  const key = sort === 'number' ? [row.tracking_number] : [row.id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string | undefined): string[] | undefined {
  if (!cursor || cursor.length > 300) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(key) && key.every((part) => typeof part === 'string')
      ? (key as string[])
      : undefined;
  } catch {
    return undefined;
  }
}

function afterCursor(query: Query, sort: Sort, key: readonly string[], backwards: boolean): Query {
  const [value] = key;
  if (value === undefined) return query;
  if (sort === 'number') return query.where('tracking_number', backwards ? '<' : '>', value);
  // newest runs downwards; oldest upwards; a page back runs the other way.
  const down = (sort === 'newest') !== backwards;
  return query.where('id', down ? '<' : '>', value);
}

function ordered(query: Query, sort: Sort, backwards: boolean): Query {
  if (sort === 'number') return query.orderBy('tracking_number', backwards ? 'desc' : 'asc');
  const down = (sort === 'newest') !== backwards;
  return query.orderBy('id', down ? 'desc' : 'asc');
}
