import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { Counter } from 'prom-client';
import { WaybillError } from '../../domain/errors.js';
import { processRegistry } from '../../metrics/process-metrics.js';
import type { Store } from '../../store/open-store.js';
import { reserveInWindow } from '../../store/repositories/rate-limits.js';
import { tenantSettings } from '../../store/repositories/tenants.js';
import {
  limitsFor,
  rateLimitHeaders,
  routeClassOf,
  type ApiLimits,
  type QuotaAnswer,
  type RouteClass,
} from './policy.js';
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
  const answered = (reply: FastifyReply, cls: RouteClass, limit: number, answer: QuotaAnswer): void => {
    void reply.headers(rateLimitHeaders(cls, answer));
    if (answer.allowed) return;
    refused.inc({ class: cls });
    void reply.header('retry-after', String(answer.resetSeconds));
    throw new WaybillError(
      'rate_limited',
      `this API key made its ${limit} ${cls} allowed per minute; try again in ${answer.resetSeconds} s`,
    );
  };
  const slowly = async (request: FastifyRequest, reply: FastifyReply, cls: RouteClass, now: number) => {
    const limit = (await limitsOf(request.tenantId, now))[cls];
    if (limit === 0) return;
    answered(reply, cls, limit, await quota.take(`api:${request.apiKeyId}:${cls}`, limit, now));
  };
  // A callback hook: with the tenant's limits known and tokens in hand (nearly every request) the
  // answer comes from memory, without a promise; otherwise it reads or reserves in the database.
  return (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const now = clock().getTime();
    const cls = routeClassOf(request.method, request.routeOptions.url ?? request.url);
    const cached = tenants.get(request.tenantId);
    if (cached && cached.until > now) {
      const limit = cached.limits[cls];
      if (limit === 0) return done();
      const answer = quota.takeNow(`api:${request.apiKeyId}:${cls}`, limit, now);
      if (answer) {
        try {
          answered(reply, cls, limit, answer);
        } catch (error) {
          return done(error as Error);
        }
        return done();
      }
    }
    slowly(request, reply, cls, now).then(() => done(), done);
  };
}
