// Which limit a request counts against, what each class allows a tenant, and the IETF RateLimit
// header fields (draft-ietf-httpapi-ratelimit-headers: `RateLimit-Policy` and `RateLimit`).

export const ROUTE_CLASSES = ['reads', 'writes', 'imports'] as const;
export type RouteClass = (typeof ROUTE_CLASSES)[number];

/** Requests per window for each class; 0 means no limit. */
export type ApiLimits = Readonly<Record<RouteClass, number>>;

export const WINDOW_SECONDS = 60;

/** Imports (files of scans or shipments) are their own class: one import can carry thousands of rows. */
export function routeClassOf(method: string, path: string): RouteClass {
  if (path.startsWith('/v1/imports/') || path === '/epcis/capture') return 'imports';
  return method === 'GET' || method === 'HEAD' ? 'reads' : 'writes';
}

/**
 * The limits in force for a tenant: the server's defaults, each replaced by the tenant's own where
 * its settings carry a valid one (`apiLimits.readsPerMinute`…). Anything malformed is ignored.
 */
export function limitsFor(defaults: ApiLimits, settings: Record<string, unknown>): ApiLimits {
  const own = settings['apiLimits'];
  if (own === null || typeof own !== 'object' || Array.isArray(own)) return defaults;
  const pick = (cls: RouteClass): number => {
    const value = (own as Record<string, unknown>)[`${cls}PerMinute`];
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : defaults[cls];
  };
  return { reads: pick('reads'), writes: pick('writes'), imports: pick('imports') };
}

export interface QuotaAnswer {
  readonly allowed: boolean;
  readonly limit: number;
  /** Requests left in this window after this one, as this node knows it. */
  readonly remaining: number;
  /** Seconds until the window resets. */
  readonly resetSeconds: number;
}

/** `RateLimit-Policy` and `RateLimit` for one class's answer. */
export function rateLimitHeaders(cls: RouteClass, answer: QuotaAnswer): Record<string, string> {
  return {
    'ratelimit-policy': `"${cls}";q=${answer.limit};w=${WINDOW_SECONDS}`,
    ratelimit: `"${cls}";r=${answer.remaining};t=${answer.resetSeconds}`,
  };
}
