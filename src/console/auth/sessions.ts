import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../../store/executor.js';
import type { User } from './users.js';
import { userFromRow } from './users.js';

// Console sessions live in the database. The cookie carries 256 random bits (ASVS 5.0 asks for
// at least 128); only their sha256 is stored, so a copy of the database signs nobody in.

export interface SessionPolicy {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export interface ActiveSession {
  readonly idHash: string;
  readonly user: User;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Writes to last_seen_at are skipped within this much of the previous one. */
const TOUCH_EVERY_MS = 60_000;

export function hashSessionId(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A brand-new session for the user: a new id on every sign-in, never one the browser offered. */
export async function createSession(
  db: Executor,
  user: Pick<User, 'id' | 'tenantId'>,
  policy: SessionPolicy,
  now: Date,
): Promise<{ cookieValue: string; csrfToken: string }> {
  const cookieValue = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await db
    .insertInto('console_sessions')
    .values({
      id_hash: hashSessionId(cookieValue),
      user_id: user.id,
      tenant_id: user.tenantId,
      csrf_token: csrfToken,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now.getTime() + policy.absoluteMs).toISOString(),
    })
    .execute();
  return { cookieValue, csrfToken };
}

/**
 * The live session behind a cookie, with its user, or undefined when it is unknown, past its
 * absolute or idle end, or its user is disabled. An ended session is deleted on the way.
 */
export async function sessionFor(
  db: Executor,
  cookieValue: string,
  policy: SessionPolicy,
  now: Date,
): Promise<ActiveSession | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(cookieValue)) return undefined;
  const idHash = hashSessionId(cookieValue);
  const row = await db
    .selectFrom('console_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select([
      's.csrf_token as s_csrf',
      's.created_at as s_created',
      's.last_seen_at as s_seen',
      's.expires_at as s_expires',
    ])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const t = now.getTime();
  const ended =
    Date.parse(row.s_expires) <= t || Date.parse(row.s_seen) + policy.idleMs <= t || row.disabled_at !== null;
  if (ended) {
    await db.deleteFrom('console_sessions').where('id_hash', '=', idHash).execute();
    return undefined;
  }
  if (t - Date.parse(row.s_seen) >= TOUCH_EVERY_MS) {
    await db
      .updateTable('console_sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id_hash', '=', idHash)
      .execute();
  }
  const { s_csrf, s_created, s_expires, s_seen, ...user } = row;
  void s_seen;
  return { idHash, user: userFromRow(user), csrfToken: s_csrf, createdAt: s_created, expiresAt: s_expires };
}

export async function endSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('console_sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user (password change, disabling, an owner's "sign out everywhere"). */
export async function endSessionsOf(db: Executor, userId: string, except?: string): Promise<number> {
  let query = db.deleteFrom('console_sessions').where('user_id', '=', userId);
  if (except !== undefined) query = query.where('id_hash', '!=', except);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function sessionCountOf(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('console_sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Removes sessions past their absolute end (idle ones go when next presented). */
export async function pruneSessions(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('console_sessions').where('expires_at', '<=', now.toISOString()).execute();
}
