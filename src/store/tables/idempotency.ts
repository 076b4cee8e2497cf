// Idempotency keys of POST /v1 requests (issue 16): the first answer per tenant and key, kept for
// 24 hours, so a retried request gets that answer instead of running again.

export interface IdempotencyKeyTable {
  tenant_id: string;
  key: string;
  /** SHA-256 of the method, path and canonical body: the same key with another request is refused. */
  request_hash: string;
  /** The answer's status; null while the first request is still running. */
  status: number | null;
  content_type: string | null;
  body: string | null;
  /** While running, the request holds the key until then; a crash frees it when it passes. */
  locked_until: string;
  created_at: string;
  expires_at: string;
}

export interface IdempotencyTables {
  idempotency_keys: IdempotencyKeyTable;
}
