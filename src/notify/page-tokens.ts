import { randomBytes } from 'node:crypto';
import { chunksFor, type Executor } from '../store/executor.js';
import { ID_LIST_LIMIT } from './batch-reads.js';

/**
 * Gives each shipment its tracking-page token if it has none, in one statement for a dispatcher
 * batch (pageTokenFor, one shipment at a time, took three). The token is made as
 * src/web/page-token.ts makes it (18 random bytes, base64url); the unique shipment_id settles a
 * race with the page making one, and the existing token stays.
 */
export async function ensurePageTokens(
  db: Executor,
  shipments: readonly { readonly id: string; readonly tenantId: string }[],
  now: Date,
): Promise<void> {
  const byId = new Map(shipments.map((s) => [s.id, s]));
  for (const ids of chunksFor([...byId.keys()], 1, ID_LIST_LIMIT)) {
    await db
      .insertInto('page_tokens')
      .values(
        ids.map((id) => ({
          token: randomBytes(18).toString('base64url'),
          shipment_id: id,
          tenant_id: byId.get(id)!.tenantId,
          created_at: now.toISOString(),
        })),
      )
      .onConflict((oc) => oc.column('shipment_id').doNothing())
      .execute();
  }
}
