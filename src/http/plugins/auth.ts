import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { WaybillError } from '../../domain/errors.js';
import type { Store } from '../../store/open-store.js';
import { apiKeyFor, apiKeyRevocations, touchApiKey } from '../../store/repositories/tenants.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenantId: string;
    /** The API key's id (not the key): what request limits count against. */
    apiKeyId: string;
  }
}

// "Last used" is written at most once a minute per key per process: a busy key must not turn
// every read into a write.
const TOUCH_EVERY_MS = 60_000;

// A key found valid is trusted for a second before it is read again: at thousands of lookups a
// second the key's row would otherwise be the busiest read. A key revoked through this process
// stops at once (the cache is dropped); through another node or the CLI, within this long.
export const KEY_TRUST_MS = 1_000;

/** `Authorization: Bearer <key>` (or `X-Api-Key`) → the key's tenant, on every /v1 route. */
export function apiKeyAuth(store: Store, clock: () => Date = () => new Date()) {
  const touched = new Map<string, number>();
  const trusted = new Map<string, { id: string; tenantId: string; until: number }>();
  let revocationsSeen = apiKeyRevocations();
  const check = async (request: FastifyRequest, key: string, now: Date): Promise<void> => {
    let found = trusted.get(key);
    if (!found || found.until <= now.getTime()) {
      const row = await apiKeyFor(store.db, key);
      if (!row) {
        trusted.delete(key);
        throw new WaybillError('unauthorized', 'this API key is unknown or revoked');
      }
      if (trusted.size >= 10_000) trusted.clear();
      found = { ...row, until: now.getTime() + KEY_TRUST_MS };
      trusted.set(key, found);
    }
    request.tenantId = found.tenantId;
    request.apiKeyId = found.id;
    if (now.getTime() - (touched.get(found.id) ?? 0) >= TOUCH_EVERY_MS) {
      if (touched.size > 10_000) touched.clear();
      touched.set(found.id, now.getTime());
      await touchApiKey(store.db, found.id, now);
    }
  };
  // A callback hook: a key trusted and touched lately is answered without a promise (the common
  // case at any rate that matters); the rest reads the database.
  return (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const key = keyFrom(request);
    if (!key)
      return done(new WaybillError('unauthorized', 'send your API key as "Authorization: Bearer <key>"'));
    const now = clock();
    if (revocationsSeen !== apiKeyRevocations()) {
      revocationsSeen = apiKeyRevocations();
      trusted.clear();
    }
    const found = trusted.get(key);
    const at = now.getTime();
    if (found && found.until > at && at - (touched.get(found.id) ?? 0) < TOUCH_EVERY_MS) {
      request.tenantId = found.tenantId;
      request.apiKeyId = found.id;
      return done();
    }
    check(request, key, now).then(() => done(), done);
  };
}

function keyFrom(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim() || undefined;
  const alt = request.headers['x-api-key'];
  return typeof alt === 'string' && alt.length > 0 ? alt : undefined;
}
