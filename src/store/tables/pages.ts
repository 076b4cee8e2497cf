// Tables of the customer tracking page (issue 7): page tokens and verification sessions.
// Columns follow schema.ts: ISO 8601 UTC text timestamps, JSON as text, app-generated text ids.
// Lookup rate limits are in tables/rate-limits.ts, shared by every node.

/** One unguessable page address per shipment: /t/<token>. */
export interface PageTokenTable {
  /** 144 random bits, base64url (24 characters). */
  token: string;
  shipment_id: string;
  tenant_id: string;
  created_at: string;
}

/** A browser that proved it knows the order (order number + email or postcode). */
export interface PageSessionTable {
  /** sha256 of the cookie value; the value itself is 256-bit random and lives only in the cookie. */
  session_hash: string;
  shipment_id: string;
  created_at: string;
  expires_at: string;
}

export interface PageTables {
  page_tokens: PageTokenTable;
  page_sessions: PageSessionTable;
}
