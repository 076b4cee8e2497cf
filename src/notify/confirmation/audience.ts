import { chunksFor, type Executor } from '../../store/executor.js';
import { ID_LIST_LIMIT, unique } from '../batch-reads.js';
import type { Recipient } from '../channel.js';

// Who gets a parcel's shipping confirmation. It is the message of an order's parcel, to the
// customer the order named: the recipients added in the same transaction as the parcel
// (ingestOrder). Someone who subscribes later (the tracking page's "Notify me", the recipients
// API, an order that takes over a number tracked before it) already knows the parcel and hears of
// its next news; nothing is sent to them after the fact.

/** What deciding a confirmation needs, read once for a dispatcher batch. */
export interface ConfirmationAudience {
  /** The order of each parcel that has one, by shipment id. */
  readonly orderOf: ReadonlyMap<string, string>;
  /** When each of those shipments' recipients was added, by recipient id (ISO instant). */
  readonly addedAt: ReadonlyMap<string, string>;
}

export async function confirmationAudience(
  db: Executor,
  shipmentIds: readonly string[],
): Promise<ConfirmationAudience> {
  const orderOf = new Map<string, string>();
  const addedAt = new Map<string, string>();
  for (const chunk of chunksFor(unique(shipmentIds), 1, ID_LIST_LIMIT)) {
    const orders = await db
      .selectFrom('shipments')
      .select(['id', 'order_id'])
      .where('id', 'in', chunk)
      .where('order_id', 'is not', null)
      .execute();
    for (const row of orders) if (row.order_id !== null) orderOf.set(row.id, row.order_id);
    const recipients = await db
      .selectFrom('notification_recipients')
      .select(['id', 'created_at'])
      .where('shipment_id', 'in', chunk)
      .execute();
    for (const row of recipients) addedAt.set(row.id, row.created_at);
  }
  return { orderOf, addedAt };
}

/**
 * The recipients a new parcel's confirmation goes to: those added with its registration, which
 * wrote `shipment.created` at the same instant (`createdAt`); none when it belongs to no order.
 */
export function confirmationRecipients(
  audience: ConfirmationAudience,
  shipmentId: string,
  createdAt: string,
  recipients: readonly Recipient[],
): { readonly orderId: string; readonly recipients: Recipient[] } | null {
  const orderId = audience.orderOf.get(shipmentId);
  if (orderId === undefined) return null;
  const since = Date.parse(createdAt);
  return {
    orderId,
    recipients: recipients.filter((r) => {
      const added = audience.addedAt.get(r.id);
      return added !== undefined && Date.parse(added) <= since;
    }),
  };
}
