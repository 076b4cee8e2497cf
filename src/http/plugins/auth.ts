import type { FastifyRequest } from 'fastify';
import { WaybillError } from '../../domain/errors.js';
import type { Store } from '../../store/open-store.js';
import { apiKeyFor, touchApiKey } from '../../store/repositories/tenants.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenantId: string;
  }
}

// "Last used" is written at most once a minute per key per process: a busy key must not turn
// every read into a write.
const TOUCH_EVERY_MS = 60_000;

/** `Authorization: Bearer <key>` (or `X-Api-Key`) → the key's tenant, on every /v1 route. */
export function apiKeyAuth(store: Store, clock: () => Date = () => new Date()) {
  const touched = new Map<string, number>();
  return async (request: FastifyRequest): Promise<void> => {
    const key = keyFrom(request);
    if (!key) throw new WaybillError('unauthorized', 'send your API key as "Authorization: Bearer <key>"');
    const found = await apiKeyFor(store.db, key);
    if (!found) throw new WaybillError('unauthorized', 'this API key is unknown or revoked');
    request.tenantId = found.tenantId;
    const now = clock();
    if (now.getTime() - (touched.get(found.id) ?? 0) >= TOUCH_EVERY_MS) {
      if (touched.size > 10_000) touched.clear();
      touched.set(found.id, now.getTime());
      await touchApiKey(store.db, found.id, now);
    }
  };
}

function keyFrom(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim() || undefined;
  const alt = request.headers['x-api-key'];
  return typeof alt === 'string' && alt.length > 0 ? alt : undefined;
}
