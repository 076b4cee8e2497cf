// Orders and where they come from (issue 15): the merchant's order with its customer, the parcels
// it was split into (shipments.order_id), and the shop integrations and mail intake that bring
// them in. Columns follow schema.ts: ISO 8601 UTC text timestamps, JSON as text, text ids.

/** A customer's order: one or more shipments. Unique per tenant by the merchant's order number. */
export interface OrderTable {
  id: string;
  tenant_id: string;
  /** The merchant's order number as the customer knows it ("#1001"). */
  order_number: string;
  customer_email: string | null;
  customer_phone: string | null;
  customer_name: string | null;
  /** BCP 47; the language of messages and the order page. */
  customer_locale: string | null;
  ordered_at: string | null;
  promised_date: string | null;
  /** api | csv | shopify | woocommerce | email | console */
  source: string;
  /** The platform's own id of the order (Shopify's gid, WooCommerce's id), for updates. */
  source_ref: string | null;
  /** JSON: what the source said about the order (a forwarded mail's sender and subject…). */
  context: string;
  /** JSON: { email?: { text, at }, sms?: { text, at } }: the consent the shop recorded. */
  consent: string;
  /** Random; the order's tracking page `/o/<token>` carries it. */
  page_token: string;
  created_at: string;
  updated_at: string;
}

/** Each webhook a shop platform sent: the dedupe guarantee (one row per id) and the health view. */
export interface ShopWebhookTable {
  tenant_id: string;
  /** shopify | woocommerce */
  platform: string;
  /** X-Shopify-Webhook-Id, or for WooCommerce `<order id>@<date_modified_gmt>` (its Delivery-ID is new on every send). */
  webhook_id: string;
  topic: string;
  received_at: string;
  /** stored | ignored | failed */
  outcome: string;
  /** One sentence: what was stored, or why not. */
  detail: string;
}

/** Per tenant and platform: backfill progress and the last failure, for the console. */
export interface ShopIntegrationTable {
  tenant_id: string;
  platform: string;
  /**
   * JSON: the backfill's cursor and counts ({ cursor, orders, done, startedAt, finishedAt }); for
   * Shopify one such object per shop domain, since a tenant may have several shops.
   */
  backfill: string;
  last_webhook_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  updated_at: string;
}

/** Each forwarded mail the intake looked at: what it found and why it did or did not register. */
export interface IntakeMailTable {
  id: string;
  /** Null when the mail was addressed to no known intake address. */
  tenant_id: string | null;
  /** The Message-ID header, or a hash of the raw mail: the same mail twice is handled once. */
  message_key: string;
  received_at: string;
  mail_from: string;
  subject: string;
  /** registered | no_number | low_confidence | too_large | unknown_address | duplicate | unreadable */
  outcome: string;
  /** JSON: [{ trackingNumber, carrier, confidence, shipmentId? }] */
  found: string;
  /** One sentence: why. */
  detail: string;
  order_id: string | null;
}

/**
 * Status changes waiting to be posted back to Shopify (fulfillmentEventCreate), one per outbox
 * message: retried with back-off on their own, so a shop that is down holds back only itself, and
 * posted in outbox order per fulfillment.
 */
export interface ShopifyEventPostTable {
  /** The outbox message (status.changed) it comes from: handing it over twice adds nothing. */
  id: string;
  tenant_id: string;
  shop_domain: string;
  /** gid://shopify/Fulfillment/<id> */
  fulfillment_id: string;
  shipment_id: string;
  /** The outbox seq of the message: the order of posts per fulfillment. */
  seq: number;
  /** JSON: the FulfillmentEventInput to send. */
  input: string;
  /** pending | posted | failed */
  state: string;
  attempts: number;
  next_attempt_at: string;
  /** A poster working on it, until then (another node leaves it alone). */
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderTables {
  orders: OrderTable;
  shop_webhooks: ShopWebhookTable;
  shop_integrations: ShopIntegrationTable;
  intake_mails: IntakeMailTable;
  shopify_event_posts: ShopifyEventPostTable;
}
