// Tables of merchant webhooks (issue 6): endpoints, deliveries and the dead-letter list.
// Columns follow schema.ts: ISO 8601 UTC text timestamps, JSON as text, app-generated text ids.

export interface WebhookEndpointTable {
  id: string;
  tenant_id: string;
  url: string;
  description: string;
  /** JSON array of event types; "*" means every type. */
  events: string;
  /** `whsec_<base64>`: the Standard Webhooks signing secret. */
  secret: string;
  enabled: number;
  /** Why it was disabled (by the merchant, or after persistent failure); null while enabled. */
  disabled_reason: string | null;
  disabled_at: string | null;
  /** Dead-lettered messages in a row; a delivered message sets it back to 0. */
  consecutive_dead_letters: number;
  created_at: string;
  updated_at: string;
}

/** One message to one endpoint: the unit that is retried, dead-lettered and replayed. */
export interface WebhookDeliveryTable {
  id: string;
  /** The `webhook-id` header: stable per (outbox message × endpoint), the same on every attempt. */
  webhook_id: string;
  tenant_id: string;
  endpoint_id: string;
  outbox_id: string;
  shipment_id: string | null;
  event_type: string;
  /** The exact body sent, so every attempt and replay signs the same bytes. */
  body: string;
  /** pending → delivered | dead; a replay sets dead back to pending. */
  state: string;
  attempts: number;
  /** When it is next due; a claim moves it forward by the claim time (a lease). */
  next_attempt_at: string;
  /** Who holds the current claim, so a stale sender's result is ignored. */
  claim_token: string | null;
  /** Start of the retry window: first fan-out, or the last replay. */
  window_started_at: string;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: string | null;
  dead_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Every attempt, whatever its outcome: the log merchants and operators query. */
export interface WebhookAttemptTable {
  id: string;
  delivery_id: string;
  webhook_id: string;
  tenant_id: string;
  endpoint_id: string;
  shipment_id: string | null;
  attempt: number;
  started_at: string;
  duration_ms: number;
  status_code: number | null;
  /** delivered | retry | dead | refused (SSRF guard) */
  outcome: string;
  error: string | null;
}

export interface WebhookTables {
  webhook_endpoints: WebhookEndpointTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
}
