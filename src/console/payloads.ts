import type { Executor } from '../store/executor.js';

/** Bodies longer than this are kept cut (and marked so); the scans themselves are stored whole. */
export const PAYLOAD_LIMIT = 64 * 1024;

/**
 * Keeps the body a request carried, under its request id, so each scan can show where it came
 * from. A request stored twice (a retried webhook with the same id) keeps the first copy.
 */
export async function storePayload(
  db: Executor,
  input: { requestId: string; adapter: string; contentType: string; body: string; now: Date },
): Promise<boolean> {
  const truncated = input.body.length > PAYLOAD_LIMIT;
  // Best effort, and after the scans' own commit: the database going away in between must not
  // answer an error for a batch that is stored (the client would count it as refused).
  try {
    await insertPayload(db, input, truncated);
    return true;
  } catch {
    return false;
  }
}

async function insertPayload(
  db: Executor,
  input: { requestId: string; adapter: string; contentType: string; body: string; now: Date },
  truncated: boolean,
): Promise<void> {
  await db
    .insertInto('raw_payloads')
    .values({
      request_id: input.requestId,
      adapter: input.adapter,
      content_type: input.contentType.slice(0, 100),
      body: truncated ? input.body.slice(0, PAYLOAD_LIMIT) : input.body,
      truncated: truncated ? 1 : 0,
      received_at: input.now.toISOString(),
    })
    .onConflict((oc) => oc.column('request_id').doNothing())
    .execute();
}

/** Drops payloads older than the retention period. */
export async function prunePayloads(db: Executor, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('raw_payloads')
    .where('received_at', '<', before.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
