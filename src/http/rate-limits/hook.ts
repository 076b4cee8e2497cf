import type { FastifyReply, FastifyRequest } from 'fastify';
import { Counter } from 'prom-client';
import { WaybillError } from '../../domain/errors.js';
import { processRegistry } from '../../metrics/process-metrics.js';
import type { Store } from '../../store/open-store.js';
import { reserveInWindow } from '../../store/repositories/rate-limits.js';
import { tenantSettings } from '../../store/repositories/tenants.js';
import { limitsFor, rateLimitHeaders, routeClassOf, type ApiLimits } from './policy.js';
import { SharedQuota } from './shared-quota.js';

export type RateLimitHook = ReturnType<typeof apiRateLimits>;

const refused = new Counter({
  name: 'waybill_api_rate_limited_total',
  help: 'API requests refused with 429 because their key spent its limit, by route class',
  labelNames: ['class'] as const,
  registers: [processRegistry],
});

// A tenant's own limits are read again after this long: a change reaches every node within it.
const TENANT_LIMITS_MS = 5_000;

/**
 * Counts each API request against its key's limit for the route class (reads, writes, imports),
 * shared by every node on the database, and answers with the RateLimit headers; a spent limit is
 * 429 with Retry-After. Runs after the API-key check, which sets the key's id and tenant.
 */
export function apiRateLimits(store: Pick<Store, 'db' | 'caps'>, defaults: ApiLimits, clock: () => Date) {
  const quota = new SharedQuota((key, amount, resetAtMs) =>
    reserveInWindow(store.db, store.caps, key, amount, resetAtMs),
  );
  const tenants = new Map<string, { limits: ApiLimits; until: number }>();
  const limitsOf = async (tenantId: string, now: number): Promise<ApiLimits> => {
    const cached = tenants.get(tenantId);
    if (cached && cached.until > now) return cached.limits;
    const limits = limitsFor(defaults, await tenantSettings(store.db, tenantId));
    if (tenants.size >= 10_000) tenants.clear();
    tenants.set(tenantId, { limits, until: now + TENANT_LIMITS_MS });
    return limits;
  };
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const now = clock().getTime();
    const cls = routeClassOf(request.method, request.routeOptions.url ?? request.url);
    const limit = (await limitsOf(request.tenantId, now))[cls];
    if (limit === 0) return;
    const answer = await quota.take(`api:${request.apiKeyId}:${cls}`, limit, now);
    void reply.headers(rateLimitHeaders(cls, answer));
    if (answer.allowed) return;
    refused.inc({ class: cls });
    void reply.header('retry-after', String(answer.resetSeconds));
    throw new WaybillError(
      'rate_limited',
      `this API key made its ${limit} ${cls} allowed per minute; try again in ${answer.resetSeconds} s`,
    );
  };
}
