import type { Executor } from '../executor.js';
import type { IdempotencyKeyTable } from '../tables/idempotency.js';

export type IdempotencyRecord = IdempotencyKeyTable;

/** Takes the key for this request; false when the tenant already holds it. */
export async function claimIdempotencyKey(db: Executor, row: IdempotencyKeyTable): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findIdempotencyKey(
  db: Executor,
  tenantId: string,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Stores the first request's answer. */
export async function completeIdempotencyKey(
  db: Executor,
  tenantId: string,
  key: string,
  answer: { status: number; contentType: string | null; body: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status: answer.status, content_type: answer.contentType, body: answer.body })
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .execute();
}

/** Frees the key (the request failed on our side), so a retry runs again. */
export async function releaseIdempotencyKey(db: Executor, tenantId: string, key: string): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .where('status', 'is', null)
    .execute();
}

/** Takes over a key whose request stopped without an answer (its process died); true if taken. */
export async function takeOverIdempotencyKey(
  db: Executor,
  tenantId: string,
  key: string,
  now: string,
  lockedUntil: string,
): Promise<boolean> {
  const result = await db
    .updateTable('idempotency_keys')
    .set({ locked_until: lockedUntil })
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .where('status', 'is', null)
    .where('locked_until', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes keys past their 24 hours (one key, or all when `key` is not given); returns how many. */
export async function deleteExpiredIdempotencyKeys(
  db: Executor,
  now: string,
  only?: { tenantId: string; key: string },
): Promise<number> {
  let query = db.deleteFrom('idempotency_keys').where('expires_at', '<=', now);
  if (only) query = query.where('tenant_id', '=', only.tenantId).where('key', '=', only.key);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
