// Benchmarks drive one API key far past any real budget. The per-key limits stay on (their
// bookkeeping is part of what a request costs) but so high that nothing is refused.
const PER_MINUTE = 10_000_000;

/** As config overrides, for benchmarks that build the app. */
export const BENCH_API_LIMITS = {
  'api.readsPerMinute': PER_MINUTE,
  'api.writesPerMinute': PER_MINUTE,
  'api.importsPerMinute': PER_MINUTE,
} as const;

/** As environment variables, for benchmarks that start `waybill serve`. */
export const BENCH_API_LIMITS_ENV = {
  API_READS_PER_MINUTE: String(PER_MINUTE),
  API_WRITES_PER_MINUTE: String(PER_MINUTE),
  API_IMPORTS_PER_MINUTE: String(PER_MINUTE),
} as const;
