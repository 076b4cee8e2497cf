import { chunksFor, type Executor } from '../../store/executor.js';
import { ID_LIST_LIMIT, unique } from '../batch-reads.js';
import type { FiredTopic } from '../templates/compose.js';

/** A message is a shipping confirmation when its topics are (plan-batch.ts never mixes them). */
export function isConfirmation(topics: readonly FiredTopic[]): boolean {
  return topics.length > 0 && topics.every((fired) => fired.topic === 'shipping_confirmation');
}

/** The parcels a confirmation lists, in the order they were registered: one per merged topic. */
export function confirmedParcelIds(topics: readonly FiredTopic[]): string[] {
  return unique(
    topics.flatMap((fired) =>
      fired.topic === 'shipping_confirmation' ? [fired.event.payload.shipmentId] : [],
    ),
  );
}

/** What a confirmation says about the order: its number, and the token of its page `/o/<token>`. */
export interface OrderLink {
  readonly orderNumber: string;
  readonly pageToken: string;
}

/** The order of each of these shipments that has one, by shipment id. */
export async function orderLinksOf(
  db: Executor,
  shipmentIds: readonly string[],
): Promise<Map<string, OrderLink>> {
  const byShipment = new Map<string, OrderLink>();
  for (const chunk of chunksFor(unique(shipmentIds), 1, ID_LIST_LIMIT)) {
    const rows = await db
      .selectFrom('shipments as s')
      .innerJoin('orders as o', (join) =>
        join.onRef('o.id', '=', 's.order_id').onRef('o.tenant_id', '=', 's.tenant_id'),
      )
      .select(['s.id as shipment_id', 'o.order_number', 'o.page_token'])
      .where('s.id', 'in', chunk)
      .execute();
    for (const row of rows)
      byShipment.set(row.shipment_id, { orderNumber: row.order_number, pageToken: row.page_token });
  }
  return byShipment;
}
