import { WaybillError } from '../../domain/errors.js';
import type { CarrierChoice } from '../../http/carrier-choice.js';
import { ingestOrder } from '../../orders/ingest-order.js';
import type { OrderInput, ParcelOutcome } from '../../orders/order-input.js';
import type { Executor } from '../../store/executor.js';
import type { Store } from '../../store/open-store.js';
import { orderFromRow, type Order } from '../../store/repositories/orders.js';
import {
  recordWebhook,
  recordWebhookIn,
  webhookSeen,
  type WebhookOutcome,
  type WebhookRecord,
} from './integration-store.js';
import { parseShopifyWebhook } from './parse-webhook.js';
import type { ShopifyShop } from './shops.js';

export interface ShopifyWebhookDeps {
  readonly store: Store;
  readonly clock: () => Date;
  readonly detectCarrier: (trackingNumber: string) => CarrierChoice;
  readonly onCommitted?: (() => void) | undefined;
  /**
   * When each tenant's last_webhook_at was last written (ms), so that a busy shop writes it about
   * once a minute rather than with every delivery (failures are always written).
   */
  readonly touchedAt?: Map<string, number>;
}

/** How stale shop_integrations.last_webhook_at may get under steady traffic. */
const TOUCH_EVERY_MS = 60_000;

/** One verified delivery: its X-Shopify-Topic, X-Shopify-Webhook-Id and the bytes it signed. */
export interface ShopifyDelivery {
  readonly topic: string;
  readonly webhookId: string;
  readonly rawBody: Buffer;
  /** The HTTP request it came in: the outbox messages it causes name it. */
  readonly requestId?: string | undefined;
}

export interface ShopifyWebhookResult {
  /** duplicate: this webhook id was handled before, and nothing was done again. */
  readonly outcome: WebhookOutcome | 'duplicate';
  /** One sentence: what was stored, or why not. */
  readonly detail: string;
  /** Parcels of the order now tracked (new or known). */
  readonly parcels: number;
  /** Parcels whose number could not be tracked. */
  readonly refused: number;
}

/**
 * Handles a verified Shopify webhook: a delivery id seen before changes nothing; otherwise the
 * order or fulfillment is parsed (parse-webhook.ts) and stored with ingestOrder, and the delivery
 * recorded with its outcome. A fulfillment joins its order found by Shopify's order id; when the
 * order webhook has not come yet, it makes the order from the fulfillment's name ("#1001.1" →
 * "#1001"), which the order webhook completes later. The delivery is recorded in the order's own
 * transaction, so a delivery that failed on our side (the database away) leaves no record and is
 * handled afresh when Shopify retries it.
 */
export async function receiveShopifyWebhook(
  deps: ShopifyWebhookDeps,
  shop: ShopifyShop,
  delivery: ShopifyDelivery,
): Promise<ShopifyWebhookResult> {
  const db = deps.store.db;
  if (await webhookSeen(db, shop.tenantId, delivery.webhookId))
    return {
      outcome: 'duplicate',
      detail: `webhook ${delivery.webhookId} was handled before; nothing changed`,
      parcels: 0,
      refused: 0,
    };
  const now = deps.clock();
  const touchedAt = deps.touchedAt?.get(shop.tenantId);
  const touch = touchedAt === undefined || now.getTime() - touchedAt >= TOUCH_EVERY_MS;
  const entry = (outcome: WebhookOutcome, detail: string): WebhookRecord => ({
    tenantId: shop.tenantId,
    webhookId: delivery.webhookId,
    topic: delivery.topic,
    outcome,
    detail,
  });
  const { recorded, ...result } = await handle(deps, shop, delivery, now, (trx, detail) =>
    recordWebhookIn(trx, entry('stored', detail), now, touch),
  );
  if (!recorded) await recordWebhook(db, entry(result.outcome, result.detail), now, touch);
  if (touch) deps.touchedAt?.set(shop.tenantId, now.getTime());
  return result;
}

type Handled = Omit<ShopifyWebhookResult, 'outcome'> & {
  readonly outcome: WebhookOutcome;
  /** Recorded in the transaction that stored the order. */
  readonly recorded: boolean;
};

async function handle(
  deps: ShopifyWebhookDeps,
  shop: ShopifyShop,
  delivery: ShopifyDelivery,
  now: Date,
  record: (trx: Executor, detail: string) => Promise<boolean>,
): Promise<Handled> {
  const nothing = (outcome: WebhookOutcome, detail: string): Handled => ({
    outcome,
    detail,
    parcels: 0,
    refused: 0,
    recorded: false,
  });
  let payload: unknown;
  try {
    payload = JSON.parse(delivery.rawBody.toString('utf8')) as unknown;
  } catch {
    return nothing('failed', 'The body is not JSON.');
  }
  const parsed = parseShopifyWebhook(delivery.topic, payload, shop, now);
  if (!parsed.ok) return nothing(parsed.ignored ? 'ignored' : 'failed', sentence(parsed.reason));
  let input = parsed.input;
  const stored = await findShopifyOrder(deps.store.db, shop.tenantId, parsed.orderId);
  if (parsed.kind === 'order') {
    const storedAt = stored?.context['shopify.updatedAt'];
    if (storedAt && parsed.updatedAt && storedAt > parsed.updatedAt)
      return nothing(
        'ignored',
        `Order ${stored.orderNumber} changed after this delivery was made (${parsed.updatedAt}); the newer one is kept.`,
      );
    // The parcels a fulfillment brought before this order webhook came: the customer the order
    // names (and consents for) becomes their recipient too.
    if (stored)
      input = {
        ...input,
        parcels: [...input.parcels, ...(await parcelsMissing(deps.store.db, stored, input.parcels))],
      };
  } else if (stored) input = { ...input, orderNumber: stored.orderNumber, ...customerOf(stored) };
  else if (!parsed.named)
    return nothing(
      'failed',
      `Order ${parsed.orderId} is not stored yet and the fulfillment has no name to make it from.`,
    );
  try {
    const ingested = await ingestOrder(deps.store, input, now, {
      detectCarrier: deps.detectCarrier,
      mode: 'lenient',
      onCommitted: deps.onCommitted,
      requestId: delivery.requestId,
      // The delivery's record commits with the order: one commit, and never one without the other.
      inTransaction: async (trx, done) => {
        await record(trx, describe(done.order.orderNumber, done.created, done.parcels));
      },
    });
    return {
      outcome: 'stored',
      detail: describe(ingested.order.orderNumber, ingested.created, ingested.parcels),
      parcels: ingested.parcels.filter((p) => 'shipmentId' in p).length,
      refused: ingested.parcels.filter((p) => 'problem' in p).length,
      recorded: true,
    };
  } catch (error) {
    // The order as a whole was refused (the parser leaves out what ingestOrder would refuse, so
    // this is rare): a fact about this delivery, not a failure to retry.
    if (error instanceof WaybillError) return nothing('failed', sentence(error.message));
    throw error;
  }
}

export async function findShopifyOrder(
  db: Executor,
  tenantId: string,
  orderId: string,
): Promise<Order | undefined> {
  const row = await db
    .selectFrom('orders')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('source', '=', 'shopify')
    .where('source_ref', '=', orderId)
    .orderBy('id')
    .executeTakeFirst();
  return row && orderFromRow(row);
}

/** The stored order's parcels the delivery does not list. */
async function parcelsMissing(
  db: Executor,
  order: Order,
  listed: readonly { trackingNumber: string }[],
): Promise<{ trackingNumber: string; carrier: string }[]> {
  const have = new Set(listed.map((parcel) => parcel.trackingNumber));
  const rows = await db
    .selectFrom('shipments')
    .select(['tracking_number', 'carrier'])
    .where('tenant_id', '=', order.tenantId)
    .where('order_id', '=', order.id)
    .execute();
  return rows
    .filter((row) => !have.has(row.tracking_number))
    .map((row) => ({ trackingNumber: row.tracking_number, carrier: row.carrier }));
}

/**
 * A fulfillment names no customer: the stored order's, with the consent it recorded, so the
 * customer becomes the new parcel's recipient as for the order's first ones.
 */
function customerOf(order: Order): Pick<OrderInput, 'customer' | 'consent'> {
  return {
    customer: {
      email: order.customer.email,
      phone: order.customer.phone,
      name: order.customer.name,
      locale: order.customer.locale,
    },
    consent: { email: order.consent.email?.text, sms: order.consent.sms?.text },
  };
}

function describe(orderNumber: string, created: boolean, parcels: readonly ParcelOutcome[]): string {
  const tracked = parcels.filter((p) => 'shipmentId' in p);
  const fresh = tracked.filter((p) => 'created' in p && p.created).length;
  const refused = parcels.flatMap((p) => ('problem' in p ? [`${p.trackingNumber} (${p.problem})`] : []));
  const order = `Order ${orderNumber} ${created ? 'stored' : 'updated'}`;
  const counted =
    tracked.length === 0
      ? 'no parcel yet'
      : `${tracked.length} parcel${tracked.length === 1 ? '' : 's'} tracked (${fresh} new)`;
  const refusals = refused.length > 0 ? `; refused ${refused.join(', ')}` : '';
  return sentence(`${order}: ${counted}${refusals}`);
}

function sentence(text: string): string {
  const trimmed = text.trim().slice(0, 480);
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
