import { sql, type RawBuilder } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';
import type { Executor } from '../executor.js';

// Each operation is one statement: an upsert whose row lock (PostgreSQL) or single writer (SQLite)
// makes concurrent takes from any number of nodes count against one budget.

const num = (value: number) => sql<number>`cast(${value} as double precision)`;
const least = (caps: StoreCapabilities, a: RawBuilder<unknown>, b: RawBuilder<unknown>) =>
  caps.dialect === 'postgres' ? sql`least(${a}, ${b})` : sql`min(${a}, ${b})`;
const greatest = (caps: StoreCapabilities, a: RawBuilder<unknown>, b: RawBuilder<unknown>) =>
  caps.dialect === 'postgres' ? sql`greatest(${a}, ${b})` : sql`max(${a}, ${b})`;

export interface BucketShape {
  readonly name: string;
  readonly ratePerSecond: number;
  readonly burst: number;
}

export interface BucketRow {
  readonly tokens: number;
  readonly updatedAtMs: number;
  readonly blockedUntilMs: number;
}

/** Takes one token from the bucket if it has one at `nowMs`; a new bucket starts full. */
export async function takeToken(
  db: Executor,
  caps: StoreCapabilities,
  bucket: BucketShape,
  nowMs: number,
): Promise<boolean> {
  const refilled = least(
    caps,
    num(bucket.burst),
    sql`rate_buckets.tokens + ${greatest(caps, num(0), sql`${num(nowMs)} - rate_buckets.updated_at_ms`)} / 1000.0 * ${num(bucket.ratePerSecond)}`,
  );
  const { rows } = await sql<{ tokens: number }>`
    insert into rate_buckets (name, tokens, updated_at_ms, blocked_until_ms)
    values (${bucket.name}, ${num(bucket.burst - 1)}, ${num(nowMs)}, 0)
    on conflict (name) do update set
      tokens = ${refilled} - 1,
      updated_at_ms = ${greatest(caps, sql`rate_buckets.updated_at_ms`, num(nowMs))}
    where rate_buckets.blocked_until_ms <= ${num(nowMs)} and ${refilled} >= 1
    returning tokens`.execute(db);
  return rows.length === 1;
}

/**
 * The carrier said "too many requests": no token until `untilMs`, then one at once (the carrier
 * said it would take one), and the rest refill at the sustained rate from then.
 */
export async function pauseBucket(
  db: Executor,
  caps: StoreCapabilities,
  name: string,
  untilMs: number,
): Promise<void> {
  const until = greatest(caps, sql`rate_buckets.blocked_until_ms`, num(untilMs));
  await sql`
    insert into rate_buckets (name, tokens, updated_at_ms, blocked_until_ms)
    values (${name}, 1, ${num(untilMs)}, ${num(untilMs)})
    on conflict (name) do update set tokens = 1, updated_at_ms = ${until}, blocked_until_ms = ${until}`.execute(
    db,
  );
}

/** The bucket as stored, or undefined while nobody has taken from it (it is full). */
export async function readBucket(db: Executor, name: string): Promise<BucketRow | undefined> {
  const row = await db.selectFrom('rate_buckets').selectAll().where('name', '=', name).executeTakeFirst();
  return row
    ? {
        tokens: Number(row.tokens),
        updatedAtMs: Number(row.updated_at_ms),
        blockedUntilMs: Number(row.blocked_until_ms),
      }
    : undefined;
}

/**
 * Counts one attempt for `key` in its fixed window of `windowMs`, starting a new window when the
 * last one ended; returns the attempts in the window, this one included, and when it ends.
 */
export async function countAttempt(
  db: Executor,
  key: string,
  windowMs: number,
  nowMs: number,
): Promise<{ hits: number; resetAtMs: number }> {
  const { rows } = await sql<{ hits: number; reset_at_ms: number }>`
    insert into rate_windows (scope_key, hits, reset_at_ms) values (${key}, 1, ${num(nowMs + windowMs)})
    on conflict (scope_key) do update set
      hits = case when rate_windows.reset_at_ms <= ${num(nowMs)} then 1 else rate_windows.hits + 1 end,
      reset_at_ms = case when rate_windows.reset_at_ms <= ${num(nowMs)}
        then ${num(nowMs + windowMs)} else rate_windows.reset_at_ms end
    returning hits, reset_at_ms`.execute(db);
  const row = rows[0] as { hits: number; reset_at_ms: number };
  return { hits: Number(row.hits), resetAtMs: Number(row.reset_at_ms) };
}

/** Deletes windows that ended before `beforeMs`; returns how many. */
export async function deleteEndedWindows(db: Executor, beforeMs: number): Promise<number> {
  const result = await db.deleteFrom('rate_windows').where('reset_at_ms', '<', beforeMs).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Adds `amount` to `key`'s count in the window that ends at `resetAtMs` (windows aligned to the
 * clock, so every node names the same one), starting from zero when the stored window is older;
 * returns the count after. A node whose clock lags counts into the newer window it finds.
 */
export async function reserveInWindow(
  db: Executor,
  caps: StoreCapabilities,
  key: string,
  amount: number,
  resetAtMs: number,
): Promise<number> {
  const { rows } = await sql<{ hits: number }>`
    insert into rate_windows (scope_key, hits, reset_at_ms) values (${key}, ${amount}, ${num(resetAtMs)})
    on conflict (scope_key) do update set
      hits = case when rate_windows.reset_at_ms < ${num(resetAtMs)} then ${amount}
        else rate_windows.hits + ${amount} end,
      reset_at_ms = ${greatest(caps, sql`rate_windows.reset_at_ms`, num(resetAtMs))}
    returning hits`.execute(db);
  return Number((rows[0] as { hits: number }).hits);
}
