import { orderedAtOf, orderedAtProblem } from '../../ingest/ordered-at.js';
import { normalizeTrackingNumber } from '../../ingest/normalize.js';
import { checkRecipientInput } from '../../notify/recipient-input.js';
import type { OrderInput, ParcelInput } from '../../orders/order-input.js';
import { countryOf, idOf, listOf, recordOf, textOf, type JsonRecord } from './payload-fields.js';
import { carrierOfTrackingCompany } from './tracking-companies.js';

// Shopify's order and fulfillment webhooks (REST resources, shop-platforms.md §1) → OrderInput.
// Pure: no clock but the one handed in, no I/O. Whatever the payload, the answer is an OrderInput
// that ingestOrder accepts, or a reason; a field that would make it refuse the order (an email
// that is not one, an order time in 2099) is left out rather than failing the whole order.

export interface ShopRef {
  readonly tenantId: string;
  readonly shopDomain: string;
}

export const SHOPIFY_TOPICS = [
  'orders/create',
  'orders/updated',
  'fulfillments/create',
  'fulfillments/update',
] as const;
export type ShopifyTopic = (typeof SHOPIFY_TOPICS)[number];

export function isShopifyTopic(topic: string): topic is ShopifyTopic {
  return (SHOPIFY_TOPICS as readonly string[]).includes(topic);
}

export type ShopifyParse =
  | {
      readonly ok: true;
      readonly kind: 'order';
      readonly input: OrderInput;
      /** Shopify's order id (decimal), the order's sourceRef. */
      readonly orderId: string;
      /** The order's updated_at (UTC), when it has a readable one: older deliveries are ignored. */
      readonly updatedAt: string | undefined;
    }
  | {
      readonly ok: true;
      readonly kind: 'fulfillment';
      /** Named after the fulfillment's "#1001.1" (→ "#1001"); the stored order's number wins. */
      readonly input: OrderInput;
      readonly orderId: string;
      /** False when the fulfillment had no name: only an order already stored can take it. */
      readonly named: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: string;
      /** Nothing wrong, just nothing to store (a cancelled fulfillment, a topic we do not read). */
      readonly ignored: boolean;
    };

/** Fulfillments in these states carry no parcel to follow. */
const DEAD_FULFILLMENT = new Set(['cancelled', 'error', 'failure']);
/** More parcels than any real order has; the rest of a hostile payload is not read. */
export const MAX_PARCELS = 100;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The context key under which a parcel's fulfillment gid is kept, for posting events back. */
export function fulfillmentContextKey(trackingNumber: string): string {
  return `shopify.fulfillment.${trackingNumber}`;
}

export function fulfillmentGid(id: string): string {
  return `gid://shopify/Fulfillment/${id}`;
}

export function parseShopifyWebhook(topic: string, payload: unknown, shop: ShopRef, now: Date): ShopifyParse {
  if (topic === 'orders/create' || topic === 'orders/updated') return parseOrder(payload, shop, now);
  if (topic === 'fulfillments/create' || topic === 'fulfillments/update')
    return parseFulfillment(payload, shop);
  return { ok: false, reason: `topic ${topic || '(none)'} is not one Waybill reads`, ignored: true };
}

function fail(reason: string): ShopifyParse {
  return { ok: false, reason, ignored: false };
}

function parseOrder(payload: unknown, shop: ShopRef, now: Date): ShopifyParse {
  const order = recordOf(payload);
  if (!order) return fail('the body is not a JSON object');
  const orderId = idOf(order.id);
  if (!orderId) return fail('the order has no id');
  const orderNumber =
    textOf(order.name) ?? (idOf(order.order_number) ? `#${idOf(order.order_number)}` : undefined);
  if (!orderNumber) return fail(`order ${orderId} has neither a name nor an order number`);
  const shipping = recordOf(order.shipping_address);
  const customer = recordOf(order.customer);
  const email = emailOf(order.email) ?? emailOf(order.contact_email) ?? emailOf(customer?.email);
  const createdAt = typeof order.created_at === 'string' ? order.created_at : undefined;
  const parcels: ParcelInput[] = [];
  const context: Record<string, string> = {
    'shopify.shop': shop.shopDomain,
    'shopify.order': `gid://shopify/Order/${orderId}`,
  };
  const seen = new Set<string>();
  for (const fulfillment of listOf(order.fulfillments).slice(0, MAX_PARCELS)) {
    const record = recordOf(fulfillment);
    if (record) collectParcels(record, parcels, context, seen);
  }
  const updatedAt = typeof order.updated_at === 'string' ? orderedAtOf(order.updated_at) : undefined;
  if (updatedAt) context['shopify.updatedAt'] = updatedAt;
  const destination = addressOf(shipping);
  const input: OrderInput = {
    tenantId: shop.tenantId,
    source: 'shopify',
    sourceRef: orderId,
    orderNumber,
    customer: {
      email,
      phone: textOf(order.phone, 40) ?? textOf(shipping?.phone, 40) ?? textOf(customer?.phone, 40),
      name: textOf(shipping?.name) ?? fullName(shipping) ?? fullName(customer),
      locale: localeOf(order.customer_locale),
    },
    orderedAt: createdAt !== undefined && !orderedAtProblem(createdAt, now) ? createdAt : undefined,
    destination,
    // Shopify collects the order's email to tell the customer about the order and its shipping:
    // transactional updates need no marketing opt-in. SMS is different: nothing in the order
    // webhook says the customer agreed to shipping texts (shop-platforms.md names no such field),
    // so no SMS consent is taken from Shopify; the customer can still opt in on the tracking page.
    consent: email
      ? { email: `Shopify order ${orderNumber}: shipping updates to the order's email address` }
      : {},
    context,
    parcels,
  };
  return { ok: true, kind: 'order', input, orderId, updatedAt };
}

function parseFulfillment(payload: unknown, shop: ShopRef): ShopifyParse {
  const fulfillment = recordOf(payload);
  if (!fulfillment) return fail('the body is not a JSON object');
  const orderId = idOf(fulfillment.order_id);
  if (!orderId) return fail('the fulfillment names no order_id');
  const status = typeof fulfillment.status === 'string' ? fulfillment.status : '';
  if (DEAD_FULFILLMENT.has(status))
    return {
      ok: false,
      reason: `the fulfillment is ${status}: no parcel to follow`,
      ignored: true,
    };
  // "#1001.1" is the first fulfillment of order "#1001".
  const name = textOf(fulfillment.name)?.replace(/\.\d+$/, '');
  const parcels: ParcelInput[] = [];
  const context: Record<string, string> = {
    'shopify.shop': shop.shopDomain,
    'shopify.order': `gid://shopify/Order/${orderId}`,
  };
  collectParcels(fulfillment, parcels, context, new Set());
  const input: OrderInput = {
    tenantId: shop.tenantId,
    source: 'shopify',
    sourceRef: orderId,
    orderNumber: name || `#${orderId}`,
    destination: addressOf(recordOf(fulfillment.destination)),
    context,
    parcels,
  };
  return { ok: true, kind: 'fulfillment', input, orderId, named: Boolean(name) };
}

/** A fulfillment's tracking numbers as parcels, with its carrier and its gid in the context. */
function collectParcels(
  fulfillment: JsonRecord,
  parcels: ParcelInput[],
  context: Record<string, string>,
  seen: Set<string>,
): void {
  if (typeof fulfillment.status === 'string' && DEAD_FULFILLMENT.has(fulfillment.status)) return;
  const id = idOf(fulfillment.id);
  const carrier = carrierOfTrackingCompany(fulfillment.tracking_company);
  const listed = listOf(fulfillment.tracking_numbers);
  const numbers = listed.length > 0 ? listed : [fulfillment.tracking_number];
  for (const raw of numbers.slice(0, MAX_PARCELS)) {
    const text = textOf(raw, 100);
    if (!text || parcels.length >= MAX_PARCELS) continue;
    const trackingNumber = normalizeTrackingNumber(text);
    if (trackingNumber.length === 0 || seen.has(trackingNumber)) continue;
    seen.add(trackingNumber);
    parcels.push(carrier ? { trackingNumber, carrier } : { trackingNumber });
    if (id) context[fulfillmentContextKey(trackingNumber)] = fulfillmentGid(id);
  }
}

function emailOf(value: unknown): string | undefined {
  const text = textOf(value, 254);
  return text && checkRecipientInput({ channel: 'email', address: text }).ok ? text : undefined;
}

function localeOf(value: unknown): string | undefined {
  const text = textOf(value, 35);
  return text && LOCALE.test(text) ? text : undefined;
}

function fullName(record: JsonRecord | undefined): string | undefined {
  if (!record) return undefined;
  const parts = [textOf(record.first_name, 100), textOf(record.last_name, 100)].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function addressOf(address: JsonRecord | undefined): OrderInput['destination'] {
  if (!address) return undefined;
  const destination: { postalCode?: string; city?: string; region?: string; country?: string } = {};
  const postalCode = textOf(address.zip, 20);
  const city = textOf(address.city, 100);
  const region = textOf(address.province_code, 10) ?? textOf(address.province, 100);
  const country = countryOf(address.country_code);
  if (postalCode) destination.postalCode = postalCode;
  if (city) destination.city = city;
  if (region) destination.region = region;
  if (country) destination.country = country;
  return Object.keys(destination).length > 0 ? destination : undefined;
}
