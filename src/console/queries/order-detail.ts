import type { Shipment } from '../../domain/shipment.js';
import type { Executor } from '../../store/executor.js';
import { findOrder, shipmentsOfOrder, type Order } from '../../store/repositories/orders.js';

export interface OrderDetail {
  readonly order: Order;
  /** Its parcels, oldest first. */
  readonly parcels: readonly Shipment[];
}

/** An order of this tenant with its parcels; undefined for another tenant's (or no) order. */
export async function loadOrderDetail(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<OrderDetail | undefined> {
  const order = await findOrder(db, tenantId, id);
  if (!order) return undefined;
  return { order, parcels: await shipmentsOfOrder(db, tenantId, order.id) };
}

/** The order a shipment of this tenant belongs to (shipments.order_id), for its page. */
export async function orderOfShipment(
  db: Executor,
  tenantId: string,
  shipmentId: string,
): Promise<{ readonly id: string; readonly orderNumber: string } | undefined> {
  const row = await db
    .selectFrom('shipments')
    .innerJoin('orders', (join) =>
      join
        .onRef('orders.id', '=', 'shipments.order_id')
        .onRef('orders.tenant_id', '=', 'shipments.tenant_id'),
    )
    .select(['orders.id as id', 'orders.order_number as orderNumber'])
    .where('shipments.tenant_id', '=', tenantId)
    .where('shipments.id', '=', shipmentId)
    .executeTakeFirst();
  return row;
}
