import type { Generated } from 'kysely';
import type { CarrierTables } from './tables/carriers.js';
import type { ConsoleTables } from './tables/console.js';
import type { NotifyTables } from './tables/notify.js';
import type { OrderTables } from './tables/orders.js';
import type { PageTables } from './tables/pages.js';
import type { PushTables } from './tables/push.js';
import type { IdempotencyTables } from './tables/idempotency.js';
import type { RateLimitTables } from './tables/rate-limits.js';
import type { WebhookTables } from './tables/webhooks.js';

// Timestamps are ISO 8601 UTC strings with milliseconds ("2026-11-26T04:30:00.000Z") on both
// databases: one code path, and text order equals time order. Dates are "YYYY-MM-DD".
// JSON columns are text holding JSON, parsed in the repositories.

export interface TenantTable {
  id: string;
  name: string;
  settings: string;
  created_at: string;
}

export interface ApiKeyTable {
  id: string;
  tenant_id: string;
  /** sha256 of the whole key; keys are 256-bit random, so a fast hash is enough. */
  key_hash: string;
  /** The first characters, shown in listings so people can tell keys apart. */
  key_prefix: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
  /** Updated at most once a minute per key, so a busy key does not write on every request. */
  last_used_at: string | null;
}

export interface ShipmentTable {
  id: string;
  tenant_id: string;
  tracking_number: string;
  carrier: string;
  service: string | null;
  order_ref: string | null;
  origin_postal_code: string | null;
  origin_city: string | null;
  origin_region: string | null;
  origin_country: string | null;
  destination_postal_code: string | null;
  destination_city: string | null;
  destination_region: string | null;
  destination_country: string | null;
  promised_date: string | null;
  /** When the customer ordered (UTC ISO instant), if the merchant said. */
  ordered_at: string | null;
  status: string;
  substatus: string;
  exception_reason: string | null;
  last_city: string | null;
  last_region: string | null;
  last_postal_code: string | null;
  last_country: string | null;
  last_event_at: string | null;
  first_scan_at: string | null;
  delivered_at: string | null;
  delivery_attempts: number;
  carrier_estimate: string | null;
  /** Effective scans, and whether any was corrected: what incremental derivation needs. */
  event_count: number;
  corrected: number;
  stalled: number;
  /** JSON: the estimated delivery window (src/eta). */
  estimate: string | null;
  /** JSON: earlier estimates, for "was Tuesday, now Thursday". */
  estimate_history: string | null;
  estimated_at: string | null;
  /** JSON: delay reasons already announced, so each is announced once. */
  delay_reasons: string | null;
  /** Archived shipments leave the console's lists and queue; tracking goes on. */
  archived_at: string | null;
  /** 1: no customer notifications for this shipment until resumed. */
  notifications_paused: number;
  created_at: string;
  updated_at: string;
  /** Moves by one on every write to the row (NEXT_VERSION), for cached lookups. */
  version: number;
  /** The order this parcel belongs to (a split order has several), if any. */
  order_id: string | null;
}

export interface TrackingEventTable {
  id: string;
  tenant_id: string;
  shipment_id: string;
  dedupe_key: string;
  occurred_at: string;
  zone: string;
  status: string;
  substatus: string;
  raw_code: string;
  raw_description: string;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  country: string | null;
  source_adapter: string;
  source_mode: string;
  source_request_id: string | null;
  corrects: string | null;
  carrier_estimate: string | null;
  received_at: string;
}

export interface OutboxTable {
  /** Global, gap-tolerant order of the outbox; relays keep a cursor on it. */
  seq: Generated<number>;
  id: string;
  tenant_id: string;
  shipment_id: string | null;
  type: string;
  payload: string;
  created_at: string;
  /** The HTTP request (or poll round) that caused it, for following it through the logs. */
  request_id: string | null;
  /**
   * PostgreSQL: the delivery position the sequencer gave it once committed, null until then;
   * relays keep their cursors on it. SQLite: unused (relays read by seq).
   */
  dseq: number | null;
}

export interface OutboxCursorTable {
  subscriber: string;
  last_seq: number;
  lease_owner: string | null;
  leased_until: string | null;
  updated_at: string;
}

/** Core tables here; each feature's tables in its own file under tables/. */
export interface Database
  extends
    CarrierTables,
    NotifyTables,
    PageTables,
    WebhookTables,
    PushTables,
    ConsoleTables,
    RateLimitTables,
    IdempotencyTables,
    OrderTables {
  tenants: TenantTable;
  api_keys: ApiKeyTable;
  shipments: ShipmentTable;
  tracking_events: TrackingEventTable;
  outbox: OutboxTable;
  outbox_cursors: OutboxCursorTable;
}
