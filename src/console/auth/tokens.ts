import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../../store/executor.js';
import { newId } from '../../store/ids.js';
import type { ConsoleTokenTable } from '../../store/tables/console.js';
import { isRole, type Role } from '../roles.js';

// One-time links: the first owner's set-up, invitations and password resets. The link carries
// 256 random bits; only their sha256 is stored. An invitation is written without a link, and
// its link is minted when the email goes out (src/console/mail), so no usable secret ever sits
// in the database or the outbox.

export type TokenPurpose = 'setup' | 'invite' | 'reset';

export interface ConsoleToken {
  readonly id: string;
  readonly purpose: TokenPurpose;
  readonly tenantId: string;
  readonly userId: string | null;
  readonly email: string | null;
  readonly role: Role | null;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
  readonly revokedAt: string | null;
}

function tokenFromRow(row: ConsoleTokenTable): ConsoleToken {
  return {
    id: row.id,
    purpose: row.purpose as TokenPurpose,
    tenantId: row.tenant_id,
    userId: row.user_id,
    email: row.email,
    role: isRole(row.role) ? row.role : null,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    revokedAt: row.revoked_at,
  };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewToken {
  readonly purpose: TokenPurpose;
  readonly tenantId: string;
  readonly userId?: string | null;
  readonly email?: string | null;
  readonly role?: Role | null;
  readonly createdBy?: string | null;
  readonly expiresAt: Date;
}

/** Writes the token's row without a link yet; `mintLink` makes one. */
export async function createToken(db: Executor, input: NewToken, now: Date): Promise<string> {
  const id = newId(now.getTime());
  await db
    .insertInto('console_tokens')
    .values({
      id,
      token_hash: null,
      purpose: input.purpose,
      tenant_id: input.tenantId,
      user_id: input.userId ?? null,
      email: input.email ?? null,
      role: input.role ?? null,
      created_by: input.createdBy ?? null,
      created_at: now.toISOString(),
      expires_at: input.expiresAt.toISOString(),
      used_at: null,
      revoked_at: null,
    })
    .execute();
  return id;
}

/**
 * A fresh secret for the token's link; any earlier link of the same token stops working.
 * Undefined when the token was used, revoked or has expired.
 */
export async function mintLink(db: Executor, id: string, now: Date): Promise<string | undefined> {
  const secret = randomBytes(32).toString('base64url');
  const result = await db
    .updateTable('console_tokens')
    .set({ token_hash: hashToken(secret) })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? secret : undefined;
}

/** The usable token behind a link: right purpose, not used, not revoked, not expired. */
export async function tokenForLink(
  db: Executor,
  secret: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<ConsoleToken | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
  const row = await db
    .selectFrom('console_tokens')
    .selectAll()
    .where('token_hash', '=', hashToken(secret))
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  if (!row || row.used_at !== null || row.revoked_at !== null) return undefined;
  if (Date.parse(row.expires_at) <= now.getTime()) return undefined;
  return tokenFromRow(row);
}

/** Marks the token used; false when another request used it first (a link works once). */
export async function useToken(db: Executor, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('console_tokens')
    .set({ used_at: now.toISOString() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findToken(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<ConsoleToken | undefined> {
  const row = await db
    .selectFrom('console_tokens')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && tokenFromRow(row);
}

/** Invitations not yet accepted nor revoked, newest first. */
export async function openInvitations(db: Executor, tenantId: string, now: Date): Promise<ConsoleToken[]> {
  const rows = await db
    .selectFrom('console_tokens')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('purpose', '=', 'invite')
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .orderBy('id', 'desc')
    .execute();
  return rows.map(tokenFromRow);
}

export async function revokeToken(db: Executor, tenantId: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('console_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Revokes the open invitations of one address: a new invitation replaces the old, and once the
 * person has an account the others could only fail.
 */
export async function revokeInvitationsOf(db: Executor, email: string, now: Date): Promise<void> {
  await db
    .updateTable('console_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('purpose', '=', 'invite')
    .where('email', '=', email)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes every open token of a purpose for a tenant (a new set-up link replaces the old). */
export async function revokeOpen(
  db: Executor,
  tenantId: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<void> {
  await db
    .updateTable('console_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('tenant_id', '=', tenantId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}
