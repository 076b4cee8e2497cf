import { isSubstatus, type Substatus } from '../../domain/status.js';
import type { Executor } from '../../store/executor.js';
import type { OutboxMessage } from '../../store/repositories/outbox.js';
import { orderFromRow } from '../../store/repositories/orders.js';
import { fulfillmentEventStatus, type FulfillmentEventStatus } from './event-status.js';
import { fulfillmentContextKey } from './parse-webhook.js';
import { recordOf } from './payload-fields.js';
import { shopOfOrder, type ShopifyShop } from './shops.js';

// The queue of fulfillment events to post back to Shopify (shopify_event_posts): filled from the
// outbox's status changes, emptied by the poster (event-poster.ts).

/** Shopify's FulfillmentEventInput, as much of it as Waybill knows. */
export interface FulfillmentEventInput {
  readonly fulfillmentId: string;
  readonly status: FulfillmentEventStatus;
  readonly happenedAt: string;
  readonly city?: string;
  readonly province?: string;
  readonly country?: string;
  readonly zip?: string;
  readonly estimatedDeliveryAt?: string;
}

export interface EventPost {
  readonly id: string;
  readonly tenantId: string;
  readonly shopDomain: string;
  readonly fulfillmentId: string;
  readonly shipmentId: string;
  readonly seq: number;
  readonly input: FulfillmentEventInput;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly claimedUntil: string | null;
  readonly createdAt: string;
}

/**
 * The posts a relay batch of status changes calls for: a change of a parcel that belongs to an
 * order from a configured Shopify shop (posting on), has its fulfillment's gid in the order's
 * context, and maps onto a FulfillmentEventStatus of the shop's API version. Reads are batched:
 * one query for the batch's shipments, one for their orders, one scan per post.
 */
export async function eventPostsFor(
  db: Executor,
  shops: ReadonlyMap<string, ShopifyShop>,
  messages: readonly OutboxMessage[],
): Promise<EventPost[]> {
  const changes = messages.flatMap((message) => {
    const to = recordOf(message.payload.to);
    const substatus = to?.substatus;
    return message.type === 'status.changed' && message.shipmentId !== null && isSubstatus(substatus)
      ? [{ message, shipmentId: message.shipmentId, substatus }]
      : [];
  });
  if (changes.length === 0) return [];
  const shipments = await db
    .selectFrom('shipments')
    .select([
      'id',
      'tenant_id',
      'tracking_number',
      'order_id',
      'carrier_estimate',
      'estimate',
      'last_event_at',
    ])
    .where('id', 'in', [...new Set(changes.map((c) => c.shipmentId))])
    .where('order_id', 'is not', null)
    .execute();
  if (shipments.length === 0) return [];
  const orders = new Map(
    (
      await db
        .selectFrom('orders')
        .selectAll()
        .where('id', 'in', [...new Set(shipments.map((s) => s.order_id!))])
        .execute()
    ).map((row) => [row.id, orderFromRow(row)]),
  );
  const byId = new Map(shipments.map((s) => [s.id, s]));
  const posts: EventPost[] = [];
  for (const { message, shipmentId, substatus } of changes) {
    const shipment = byId.get(shipmentId);
    const order = shipment?.order_id ? orders.get(shipment.order_id) : undefined;
    if (!shipment || !order || order.tenantId !== message.tenantId) continue;
    const shop = shopOfOrder(shops, order.tenantId, order.context);
    if (!shop?.postEvents) continue;
    const fulfillmentId = fulfillmentOf(order.context, shipment.tracking_number);
    const status = fulfillmentEventStatus(substatus, shop.apiVersion);
    if (!fulfillmentId || !status) continue;
    const scan = await scanOf(db, shipment.tenant_id, shipmentId, substatus);
    const estimate = status === 'DELIVERED' ? undefined : estimatedDeliveryAt(shipment);
    const input: FulfillmentEventInput = {
      fulfillmentId,
      status,
      happenedAt: scan?.occurred_at ?? shipment.last_event_at ?? message.createdAt,
      ...(scan?.city ? { city: scan.city } : {}),
      ...(scan?.region ? { province: scan.region } : {}),
      ...(scan?.country ? { country: scan.country } : {}),
      ...(scan?.postal_code ? { zip: scan.postal_code } : {}),
      ...(estimate ? { estimatedDeliveryAt: estimate } : {}),
    };
    posts.push({
      id: message.id,
      tenantId: order.tenantId,
      shopDomain: shop.shopDomain,
      fulfillmentId,
      shipmentId,
      seq: message.seq,
      input,
      attempts: 0,
      nextAttemptAt: message.createdAt,
      claimedUntil: null,
      createdAt: message.createdAt,
    });
  }
  return posts;
}

/**
 * The parcel's fulfillment gid. The order keeps it under the number Shopify gave; when detection
 * changed the number (a USPS routing prefix dropped), the stored number ends the given one.
 */
export function fulfillmentOf(
  context: Readonly<Record<string, string>>,
  trackingNumber: string,
): string | undefined {
  const exact = context[fulfillmentContextKey(trackingNumber)];
  if (exact) return exact;
  const prefix = fulfillmentContextKey('');
  const key = Object.keys(context).find((k) => k.startsWith(prefix) && k.endsWith(trackingNumber));
  return key === undefined ? undefined : context[key];
}

/** The newest scan that put the shipment in this substatus: when and where the change happened. */
function scanOf(db: Executor, tenantId: string, shipmentId: string, substatus: Substatus) {
  return db
    .selectFrom('tracking_events')
    .select(['occurred_at', 'city', 'region', 'country', 'postal_code'])
    .where('tenant_id', '=', tenantId)
    .where('shipment_id', '=', shipmentId)
    .where('substatus', '=', substatus)
    .orderBy('occurred_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The carrier's own estimate, else the most likely day of Waybill's window. A day becomes noon
 * UTC: an instant that falls on that same calendar day from UTC−11 to UTC+11, wherever the shop.
 */
function estimatedDeliveryAt(shipment: { carrier_estimate: string | null; estimate: string | null }) {
  const atNoon = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T12:00:00Z` : undefined);
  if (shipment.carrier_estimate) {
    const day = atNoon(shipment.carrier_estimate);
    if (day) return day;
    const ms = Date.parse(shipment.carrier_estimate);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  if (!shipment.estimate) return undefined;
  try {
    const mostLikely = recordOf(JSON.parse(shipment.estimate))?.mostLikely;
    return typeof mostLikely === 'string' ? atNoon(mostLikely) : undefined;
  } catch {
    return undefined;
  }
}

export async function enqueueEventPosts(
  db: Executor,
  posts: readonly EventPost[],
  now: Date,
): Promise<number> {
  if (posts.length === 0) return 0;
  const at = now.toISOString();
  let inserted = 0;
  // 15 columns a row: well under either database's parameter limit.
  for (let i = 0; i < posts.length; i += 200) {
    const result = await db
      .insertInto('shopify_event_posts')
      .values(
        posts.slice(i, i + 200).map((post) => ({
          id: post.id,
          tenant_id: post.tenantId,
          shop_domain: post.shopDomain,
          fulfillment_id: post.fulfillmentId,
          shipment_id: post.shipmentId,
          seq: post.seq,
          input: JSON.stringify(post.input),
          state: 'pending',
          attempts: 0,
          next_attempt_at: at,
          claimed_until: null,
          last_error: null,
          created_at: at,
          updated_at: at,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/**
 * The posts that may go now: of each fulfillment only its oldest pending post (so they reach
 * Shopify in order), and only when it is due and nobody holds it.
 */
export async function duePosts(db: Executor, now: Date, limit = 500): Promise<EventPost[]> {
  const rows = await db
    .selectFrom('shopify_event_posts')
    .selectAll()
    .where('state', '=', 'pending')
    .orderBy('seq')
    .limit(limit)
    .execute();
  const at = now.toISOString();
  const heads = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!heads.has(row.fulfillment_id)) heads.set(row.fulfillment_id, row);
  return [...heads.values()]
    .filter((row) => row.next_attempt_at <= at && (row.claimed_until === null || row.claimed_until < at))
    .map((row) => ({
      id: row.id,
      tenantId: row.tenant_id,
      shopDomain: row.shop_domain,
      fulfillmentId: row.fulfillment_id,
      shipmentId: row.shipment_id,
      seq: Number(row.seq),
      input: JSON.parse(row.input) as FulfillmentEventInput,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      claimedUntil: row.claimed_until,
      createdAt: row.created_at,
    }));
}

/** Takes a post for `claimMs`; false when another poster has it or it is no longer pending. */
export async function claimPost(db: Executor, id: string, now: Date, claimMs: number): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .updateTable('shopify_event_posts')
    .set({ claimed_until: new Date(now.getTime() + claimMs).toISOString(), updated_at: at })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type PostResult =
  | { readonly state: 'posted' }
  | { readonly state: 'failed'; readonly error: string }
  | { readonly state: 'pending'; readonly error: string; readonly nextAttemptAt: Date };

export async function finishPost(db: Executor, id: string, result: PostResult, now: Date): Promise<void> {
  await db
    .updateTable('shopify_event_posts')
    .set((eb) => ({
      state: result.state,
      attempts: eb('attempts', '+', 1),
      claimed_until: null,
      last_error: result.state === 'posted' ? null : result.error.slice(0, 500),
      ...(result.state === 'pending' ? { next_attempt_at: result.nextAttemptAt.toISOString() } : {}),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', id)
    .execute();
}

/** Every post of a fulfillment in order, for tests and the console. */
export async function postsOfFulfillment(db: Executor, fulfillmentId: string) {
  return db
    .selectFrom('shopify_event_posts')
    .select(['id', 'state', 'attempts', 'input', 'last_error'])
    .where('fulfillment_id', '=', fulfillmentId)
    .orderBy('seq')
    .execute();
}
