/**
 * Per-key request limits off: tests of other behaviour send far more than a minute's budget with
 * one key. The limit tests (test/http/rate-limits.test.ts) turn them on. No imports, so child
 * processes started outside Vitest can use it too.
 */
export const NO_API_LIMITS = {
  'api.readsPerMinute': 0,
  'api.writesPerMinute': 0,
  'api.importsPerMinute': 0,
} as const;
