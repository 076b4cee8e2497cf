import type { StoreCapabilities } from '../dialects/capabilities.js';
import type { Executor } from '../executor.js';

/**
 * Deletes outbox messages that every durable subscriber has passed and that were written before
 * `before`, oldest first, at most `limit` of them; returns how many went. A caller repeats it
 * while it returns `limit`: each call is one short statement, not one long transaction.
 *
 * Kept whatever their age: messages some subscriber's cursor has not passed (retried until
 * delivered), messages not yet given a delivery position (PostgreSQL), and the newest message,
 * since positions continue from it (the sequencer numbers from the highest one). Nothing goes
 * while no subscriber has a cursor: a worker that never ran may still need everything.
 */
export async function pruneOutbox(
  db: Executor,
  caps: StoreCapabilities,
  before: Date,
  limit: number,
): Promise<number> {
  const position = caps.dialect === 'postgres' ? 'dseq' : 'seq';
  const bounds = await db
    .selectFrom('outbox_cursors')
    .select((eb) => [
      eb.fn.min('last_seq').as('passed'),
      eb
        .selectFrom('outbox')
        .select((o) => o.fn.max(position).as('newest'))
        .as('newest'),
    ])
    .executeTakeFirst();
  if (bounds?.passed === null || bounds?.passed === undefined) return 0;
  if (bounds.newest === null || bounds.newest === undefined) return 0;
  const upTo = Math.min(Number(bounds.passed), Number(bounds.newest) - 1);
  // The oldest candidates by position (an index range, however long the outbox). Positions follow
  // writing time closely, so the run stops at the first one too young: what comes after it is too.
  const oldest = await db
    .selectFrom('outbox')
    .select([position, 'created_at'])
    .where(position, '<=', upTo)
    .orderBy(position)
    .limit(limit)
    .execute();
  const cutoff = before.toISOString();
  let last: number | undefined;
  for (const row of oldest) {
    if (row.created_at >= cutoff) break;
    last = Number(row[position]);
  }
  if (last === undefined) return 0;
  // Every message at or below `last` was among those read (positions only grow): the range is
  // exactly that prefix.
  const result = await db.deleteFrom('outbox').where(position, '<=', last).executeTakeFirst();
  return Number(result.numDeletedRows);
}
