// Tables of the merchant console (issue 12). Columns follow schema.ts: ISO 8601 UTC text
// timestamps, JSON as text, app-generated text ids.

export type Role = 'owner' | 'agent' | 'viewer';

/** A person who signs in to the console; belongs to one tenant. */
export interface UserTable {
  id: string;
  tenant_id: string;
  /** Lower-cased; unique across the installation, so sign-in needs no tenant. */
  email: string;
  name: string;
  role: string;
  /** PHC string (argon2id); null until the person chose a password. */
  password_hash: string | null;
  locale: string | null;
  /** Failed sign-ins in the current observation window, and when the window began. */
  failed_logins: number;
  first_failed_at: string | null;
  locked_until: string | null;
  disabled_at: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A signed-in browser. The cookie holds 256 random bits; only their sha256 is stored. */
export interface ConsoleSessionTable {
  id_hash: string;
  user_id: string;
  tenant_id: string;
  /** The synchronizer token every form of this session carries. */
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute end; the idle end is last_seen_at plus the idle timeout. */
  expires_at: string;
}

/** A one-time link: the first owner's set-up, an invitation, or a password reset. */
export interface ConsoleTokenTable {
  id: string;
  token_hash: string | null;
  /** 'setup' | 'invite' | 'reset' */
  purpose: string;
  tenant_id: string;
  user_id: string | null;
  email: string | null;
  role: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

/** Who did what, when: every console action and sign-in outcome. */
export interface AuditLogTable {
  id: string;
  tenant_id: string;
  user_id: string | null;
  /** The person's email at the time (users can be renamed or removed). */
  actor: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** JSON object: what changed. */
  detail: string;
  ip: string | null;
  at: string;
}

export interface ShipmentNoteTable {
  id: string;
  tenant_id: string;
  shipment_id: string;
  user_id: string | null;
  author: string;
  body: string;
  created_at: string;
}

/** Triage of one reason (kind) a shipment needs attention. */
export interface AttentionMarkTable {
  tenant_id: string;
  shipment_id: string;
  kind: string;
  /** 'open' | 'acknowledged' | 'handled' */
  state: string;
  assignee_id: string | null;
  reason: string | null;
  updated_by: string | null;
  updated_at: string;
  /** Handled items stay hidden until the shipment next changes (its updated_at moves past this). */
  handled_at: string | null;
}

/** The body a carrier request carried, so the console can show where a scan came from. */
export interface RawPayloadTable {
  request_id: string;
  adapter: string;
  content_type: string;
  body: string;
  truncated: number;
  received_at: string;
}

/** Analytics counters per tenant, day and dimension (src/console/analytics). */
export interface ConsoleRollupTable {
  tenant_id: string;
  /** 'day': `day` is that date; 'week': `day` is the Monday, and `created` counts by weekday (bucket 0–6). */
  span: string;
  day: string;
  carrier: string;
  service: string;
  destination: string;
  lane: string;
  /** JSON: "metric:bucket" → [count, sum]. */
  counts: string;
}

export interface ConsoleRollupMarkTable {
  shipment_id: string;
  mark: string;
  value: string | null;
}

/** Installation-wide secrets, made on first use (the console's pre-sign-in CSRF key). */
export interface InstallationSecretTable {
  name: string;
  value: string;
  created_at: string;
}

export interface ConsoleTables {
  installation_secrets: InstallationSecretTable;
  users: UserTable;
  console_sessions: ConsoleSessionTable;
  console_tokens: ConsoleTokenTable;
  audit_log: AuditLogTable;
  shipment_notes: ShipmentNoteTable;
  attention_marks: AttentionMarkTable;
  raw_payloads: RawPayloadTable;
  console_rollups: ConsoleRollupTable;
  console_rollup_marks: ConsoleRollupMarkTable;
}
