import type { Shipment } from '../../domain/shipment.js';
import type { Executor } from '../../store/executor.js';
import { orderFromRow, shipmentsOfOrders, type Order } from '../../store/repositories/orders.js';
import { orderRefVariants } from './shipment-list.js';

export interface ListedOrder {
  readonly order: Order;
  /** Its parcels, oldest first. */
  readonly parcels: readonly Shipment[];
}

export interface OrderPage {
  readonly rows: readonly ListedOrder[];
  /** Cursor of the next (older) page, when there is one. */
  readonly next: string | null;
  /** Cursor of the previous (newer) page, when this is not the first. */
  readonly previous: string | null;
}

export interface OrderPageRequest {
  /** An order number as typed: with or without the shop's "#", in any case. Empty: every order. */
  readonly q: string;
  readonly limit: number;
  readonly after?: string | undefined;
  readonly before?: string | undefined;
}

/** Order ids are ULIDs (src/store/ids.ts); a cursor is one, and anything else starts over. */
const CURSOR = /^[0-9A-Za-z]{1,64}$/;

/**
 * One page of the tenant's orders, newest first (by id: ids are minted when Waybill first hears
 * of the order, so a backfilled old order sorts by when it arrived), in keyset order over the
 * index (tenant_id, id); a search by number reads the unique (tenant_id, order_number) instead.
 * Each order comes with its parcels, read for the whole page at once.
 */
export async function listOrderPage(
  db: Executor,
  tenantId: string,
  page: OrderPageRequest,
): Promise<OrderPage> {
  const before = page.before !== undefined && CURSOR.test(page.before) ? page.before : undefined;
  const after =
    before === undefined && page.after !== undefined && CURSOR.test(page.after) ? page.after : undefined;
  let query = db.selectFrom('orders').selectAll().where('tenant_id', '=', tenantId);
  const numbers = page.q ? orderRefVariants(page.q.trim().slice(0, 200)) : [];
  if (page.q && numbers.length === 0) return { rows: [], next: null, previous: null };
  if (numbers.length > 0) query = query.where('order_number', 'in', numbers);
  if (before !== undefined) query = query.where('id', '>', before).orderBy('id', 'asc');
  else {
    if (after !== undefined) query = query.where('id', '<', after);
    query = query.orderBy('id', 'desc');
  }
  const rows = await query.limit(page.limit + 1).execute();
  const more = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  if (before !== undefined) kept.reverse();
  const orders = kept.map(orderFromRow);
  const parcels = await shipmentsOfOrders(
    db,
    tenantId,
    orders.map((o) => o.id),
  );
  const first = orders[0];
  const last = orders[orders.length - 1];
  return {
    rows: orders.map((order) => ({ order, parcels: parcels.get(order.id) ?? [] })),
    next: last && (before !== undefined || more) ? last.id : null,
    previous: first && (before !== undefined ? more : after !== undefined) ? first.id : null,
  };
}
