import { chunksFor, type Executor } from '../../store/executor.js';
import { ID_LIST_LIMIT, unique } from '../batch-reads.js';

/** The parcels (shipment ids) of each order, oldest first: where a parcel's confirmation may wait. */
export async function parcelsOfOrders(
  db: Executor,
  orderIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byOrder = new Map<string, string[]>();
  for (const chunk of chunksFor(unique(orderIds), 1, ID_LIST_LIMIT)) {
    const rows = await db
      .selectFrom('shipments')
      .select(['id', 'order_id'])
      .where('order_id', 'in', chunk)
      .orderBy('id')
      .execute();
    for (const row of rows) {
      if (row.order_id === null) continue;
      const list = byOrder.get(row.order_id) ?? [];
      list.push(row.id);
      byOrder.set(row.order_id, list);
    }
  }
  return byOrder;
}
