// Tables of the carrier integrations (issue 4): poll schedule and claims, carrier health, unmapped codes.
// Columns follow schema.ts: ISO 8601 UTC text timestamps, JSON as text, app-generated text ids.

/**
 * One row per (carrier, tracking number) the poller looks after. Keyed by the number, not the
 * shipment: when several tenants track the same number, one request serves them all.
 */
export interface CarrierPollTable {
  carrier: string;
  tracking_number: string;
  /** When it is next due; null once polling finished (delivered plus grace, or expired). */
  next_poll_at: string | null;
  /** The worker holding the claim, and until when; an expired lease is free again. */
  claimed_by: string | null;
  claimed_until: string | null;
  /** Polls in a row whose answer did not change: the interval backs off with it. */
  unchanged_polls: number;
  /** Status our schedule is based on (from the carrier's newest scan), and when that scan happened. */
  status: string;
  last_event_at: string | null;
  /** A digest of the carrier's last answer for this number, to tell "nothing changed". */
  answer_digest: string | null;
  last_polled_at: string | null;
  /** First answer in which the carrier knew the number; null while it answers "not found". */
  first_seen_by_carrier_at: string | null;
  delivered_at: string | null;
  finished_at: string | null;
  /** Newest shipment registration for the number: starts the not-found expiry window. */
  registered_at: string;
  created_at: string;
  updated_at: string;
}

/** Per carrier: what `GET /v1/carriers` reports. Counters are shared by every worker. */
export interface CarrierHealthTable {
  carrier: string;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  /** Requests and failures in the current and the previous window (a two-bucket sliding window). */
  window_started_at: string;
  requests: number;
  failures: number;
  previous_requests: number;
  previous_failures: number;
  /** What the last worker to report saw: breaker state and rate-limit tokens. */
  breaker_state: string;
  tokens: number | null;
  rate_limited_until: string | null;
  updated_at: string;
}

/** Carrier codes not in the adapter's status map: kept raw on the scan, counted here. */
export interface CarrierUnmappedCodeTable {
  carrier: string;
  raw_code: string;
  count: number;
  first_seen_at: string;
  last_seen_at: string;
  sample_description: string;
}

export interface CarrierTables {
  carrier_polls: CarrierPollTable;
  carrier_health: CarrierHealthTable;
  carrier_unmapped_codes: CarrierUnmappedCodeTable;
}
