// Rate limits shared by every node on one database (issue 14): carrier request budgets and the
// public and sign-in attempt limits. Times are epoch milliseconds, the arithmetic is done in SQL.

/** A token bucket per carrier (src/ingest/polling/token-bucket.ts). */
export interface RateBucketTable {
  name: string;
  /** Tokens left at updated_at_ms (fractional; refills at the bucket's rate up to its burst). */
  tokens: number;
  updated_at_ms: number;
  /** A carrier's Retry-After: no token before this. 0 when not paused. */
  blocked_until_ms: number;
}

/** A fixed window of attempts per key (src/web/rate-limit.ts). */
export interface RateWindowTable {
  scope_key: string;
  hits: number;
  reset_at_ms: number;
}

export interface RateLimitTables {
  rate_buckets: RateBucketTable;
  rate_windows: RateWindowTable;
}
