import { describe, expect, it } from 'vitest';
import { limitsFor, rateLimitHeaders, routeClassOf } from './policy.js';

describe('route classes and limits', () => {
  it('puts imports apart from other writes, and reads by method', () => {
    expect(routeClassOf('GET', '/v1/shipments/:id')).toBe('reads');
    expect(routeClassOf('HEAD', '/v1/shipments')).toBe('reads');
    expect(routeClassOf('POST', '/v1/shipments')).toBe('writes');
    expect(routeClassOf('PUT', '/v1/branding')).toBe('writes');
    expect(routeClassOf('DELETE', '/v1/webhook-endpoints/:id')).toBe('writes');
    expect(routeClassOf('POST', '/v1/imports/edi')).toBe('imports');
    expect(routeClassOf('POST', '/epcis/capture')).toBe('imports');
  });

  it("takes each of the tenant's own limits that is valid, the server's default for the rest", () => {
    const defaults = { reads: 6_000, writes: 1_200, imports: 60 };
    expect(limitsFor(defaults, {})).toEqual(defaults);
    expect(limitsFor(defaults, { apiLimits: { readsPerMinute: 100, importsPerMinute: 0 } })).toEqual({
      reads: 100,
      writes: 1_200,
      imports: 0,
    });
    expect(
      limitsFor(defaults, { apiLimits: { readsPerMinute: -1, writesPerMinute: 2.5, importsPerMinute: '9' } }),
    ).toEqual(defaults);
    expect(limitsFor(defaults, { apiLimits: [1] })).toEqual(defaults);
  });

  it('writes the IETF RateLimit-Policy and RateLimit fields', () => {
    expect(rateLimitHeaders('reads', { allowed: true, limit: 100, remaining: 42, resetSeconds: 17 })).toEqual(
      {
        'ratelimit-policy': '"reads";q=100;w=60',
        ratelimit: '"reads";r=42;t=17',
      },
    );
  });
});
