import type { FastifyRequest } from 'fastify';
import { WaybillError } from '../../domain/errors.js';
import type { Store } from '../../store/open-store.js';
import { tenantIdForApiKey } from '../../store/repositories/tenants.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenantId: string;
  }
}

/** `Authorization: Bearer <key>` (or `X-Api-Key`) → the key's tenant, on every /v1 route. */
export function apiKeyAuth(store: Store) {
  return async (request: FastifyRequest): Promise<void> => {
    const key = keyFrom(request);
    if (!key) throw new WaybillError('unauthorized', 'send your API key as "Authorization: Bearer <key>"');
    const tenantId = await tenantIdForApiKey(store.db, key);
    if (!tenantId) throw new WaybillError('unauthorized', 'this API key is unknown or revoked');
    request.tenantId = tenantId;
  };
}

function keyFrom(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim() || undefined;
  const alt = request.headers['x-api-key'];
  return typeof alt === 'string' && alt.length > 0 ? alt : undefined;
}
