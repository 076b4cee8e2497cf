import { describe, expect, it } from 'vitest';
import { CarrierRequestError } from '../carrier.js';
import type { CarrierHttp } from './carrier-http.js';
import { OAuthTokenCache, withBearerToken } from './oauth-token.js';

function tokenServer(answers: (n: number) => Response) {
  const calls: { url: string; body: string; headers: Headers }[] = [];
  const fetchToken = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), body: String(init?.body), headers: new Headers(init?.headers) });
    return answers(calls.length);
  }) as typeof fetch;
  return { calls, fetchToken };
}

const credentials = {
  tokenUrl: new URL('http://carrier.invalid/oauth/token'),
  clientId: 'id',
  clientSecret: 'secret-xyz',
  style: 'body' as const,
};

describe('OAuthTokenCache', () => {
  it('reuses a token until shortly before expires_in, then fetches a new one', async () => {
    let now = new Date('2025-01-01T00:00:00Z');
    const server = tokenServer((n) => Response.json({ access_token: `t${n}`, expires_in: '3600' }));
    const http: CarrierHttp = {
      carrier: 'test',
      fetch: server.fetchToken,
      clock: () => now,
      timeoutMs: 1000,
    };
    const cache = new OAuthTokenCache(credentials, http);
    expect(await cache.token()).toBe('t1');
    now = new Date(now.getTime() + 3600_000 - 61_000);
    expect(await cache.token()).toBe('t1');
    now = new Date(now.getTime() + 2_000); // inside the last minute: refresh early
    expect(await cache.token()).toBe('t2');
    expect(server.calls).toHaveLength(2);
  });

  it('shares one token request between concurrent callers', async () => {
    const server = tokenServer((n) => Response.json({ access_token: `t${n}`, expires_in: 3600 }));
    const cache = new OAuthTokenCache(credentials, {
      carrier: 'test',
      fetch: server.fetchToken,
      clock: () => new Date(),
      timeoutMs: 1000,
    });
    const tokens = await Promise.all([cache.token(), cache.token(), cache.token()]);
    expect(tokens).toEqual(['t1', 't1', 't1']);
    expect(server.calls).toHaveLength(1);
  });

  it('a short-lived token refreshes at 90 % of its life', async () => {
    let now = new Date('2025-01-01T00:00:00Z');
    const server = tokenServer((n) => Response.json({ access_token: `t${n}`, expires_in: 100 }));
    const cache = new OAuthTokenCache(credentials, {
      carrier: 'test',
      fetch: server.fetchToken,
      clock: () => now,
      timeoutMs: 1000,
    });
    await cache.token();
    now = new Date(now.getTime() + 89_000);
    expect(await cache.token()).toBe('t1');
    now = new Date(now.getTime() + 2_000);
    expect(await cache.token()).toBe('t2');
  });

  it('an answer without access_token is bad_response, and never quotes the secret', async () => {
    const server = tokenServer(() => Response.json({ error: 'secret-xyz' }));
    const cache = new OAuthTokenCache(credentials, {
      carrier: 'test',
      fetch: server.fetchToken,
      clock: () => new Date(),
      timeoutMs: 1000,
    });
    const error = await cache.token().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CarrierRequestError);
    expect((error as CarrierRequestError).kind).toBe('bad_response');
    expect((error as Error).message).not.toContain('secret-xyz');
  });

  it('withBearerToken retries a 401 once with a new token, and not a 403', async () => {
    const server = tokenServer((n) => Response.json({ access_token: `t${n}`, expires_in: 3600 }));
    const http: CarrierHttp = {
      carrier: 'test',
      fetch: server.fetchToken,
      clock: () => new Date(),
      timeoutMs: 1000,
    };
    const cache = new OAuthTokenCache(credentials, http);
    const seen: string[] = [];
    const { CarrierHttpError } = await import('./carrier-http.js');
    const result = await withBearerToken(cache, undefined, async (token) => {
      seen.push(token);
      if (token === 't1') throw new CarrierHttpError('auth', 'expired', 401);
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(seen).toEqual(['t1', 't2']);
    const forbidden = await withBearerToken(cache, undefined, async (token) => {
      seen.push(token);
      throw new CarrierHttpError('auth', 'blocked', 403);
    }).catch((e: unknown) => e);
    expect((forbidden as CarrierRequestError).kind).toBe('auth');
    expect(seen).toEqual(['t1', 't2', 't2']);
  });
});
