import type { Executor } from '../store/executor.js';
import { sessionVerifies } from './verification.js';

// The order page asks for the same proof as a parcel's page (verification.ts): the order number
// with the email address or postcode. A proof is a session for one of the order's parcels, kept in
// a cookie scoped to the order page's path.

/** True when the session cookie proves one of these parcels (and so their order). */
export async function sessionVerifiesAny(
  db: Executor,
  value: string | undefined,
  shipmentIds: readonly string[],
  now: Date,
): Promise<boolean> {
  if (!value) return false;
  for (const id of shipmentIds) if (await sessionVerifies(db, value, id, now)) return true;
  return false;
}

/**
 * The email address of the order a parcel belongs to, if any: the customer knows it even when the
 * shop recorded no consent to write to it (and so it is no notification recipient).
 */
export async function orderEmailsOf(db: Executor, shipmentId: string): Promise<string[]> {
  const row = await db
    .selectFrom('shipments')
    .innerJoin('orders', 'orders.id', 'shipments.order_id')
    .select('orders.customer_email')
    .where('shipments.id', '=', shipmentId)
    .executeTakeFirst();
  return row?.customer_email ? [row.customer_email] : [];
}
