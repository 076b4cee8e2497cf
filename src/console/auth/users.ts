import type { Executor } from '../../store/executor.js';
import { newId } from '../../store/ids.js';
import type { UserTable } from '../../store/tables/console.js';
import { isRole, type Role } from '../roles.js';
import type { LockoutState } from './lockout.js';

export interface User {
  readonly id: string;
  readonly tenantId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly locale: string | null;
  readonly hasPassword: boolean;
  readonly lockout: LockoutState;
  readonly disabledAt: string | null;
  readonly lastLoginAt: string | null;
  readonly createdAt: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function userFromRow(row: UserTable): User {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'viewer',
    locale: row.locale,
    hasPassword: row.password_hash !== null,
    lockout: {
      failures: row.failed_logins,
      firstFailedAt: row.first_failed_at,
      lockedUntil: row.locked_until,
    },
    disabledAt: row.disabled_at,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}

export interface NewUser {
  readonly tenantId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly locale?: string | null;
}

export async function createUser(db: Executor, input: NewUser, now: Date): Promise<User> {
  const at = now.toISOString();
  const row: UserTable = {
    id: newId(now.getTime()),
    tenant_id: input.tenantId,
    email: normalizeEmail(input.email),
    name: input.name.trim(),
    role: input.role,
    password_hash: input.passwordHash,
    locale: input.locale ?? null,
    failed_logins: 0,
    first_failed_at: null,
    locked_until: null,
    disabled_at: null,
    last_login_at: null,
    created_at: at,
    updated_at: at,
  };
  await db.insertInto('users').values(row).execute();
  return userFromRow(row);
}

/** The account and its password hash, for sign-in; any tenant (emails are unique). */
export async function userForSignIn(
  db: Executor,
  email: string,
): Promise<{ user: User; passwordHash: string | null } | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', normalizeEmail(email))
    .executeTakeFirst();
  return row && { user: userFromRow(row), passwordHash: row.password_hash };
}

export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  return (await userForSignIn(db, email))?.user;
}

export async function findUser(db: Executor, tenantId: string, id: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && userFromRow(row);
}

export async function listUsers(db: Executor, tenantId: string): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('id')
    .execute();
  return rows.map(userFromRow);
}

export async function hasAnyUser(db: Executor, tenantId: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('tenant_id', '=', tenantId).executeTakeFirst();
  return row !== undefined;
}

/** Whether anyone at all can sign in to this installation's console (false before set-up). */
export async function anyConsoleUser(db: Executor): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Owners who can still sign in: the last one may not be demoted or disabled. */
export async function activeOwnerCount(db: Executor, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'owner')
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function saveLockout(
  db: Executor,
  userId: string,
  state: LockoutState,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      failed_logins: state.failures,
      first_failed_at: state.firstFailedAt,
      locked_until: state.lockedUntil,
      updated_at: now.toISOString(),
    })
    .where('id', '=', userId)
    .execute();
}

export async function noteSignIn(db: Executor, userId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .updateTable('users')
    .set({ failed_logins: 0, first_failed_at: null, locked_until: null, last_login_at: at, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

export async function setPassword(
  db: Executor,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    // A new password also lifts a lockout: reset is the way out of one.
    .set({
      password_hash: passwordHash,
      failed_logins: 0,
      first_failed_at: null,
      locked_until: null,
      updated_at: now.toISOString(),
    })
    .where('id', '=', userId)
    .execute();
}

export async function updateUser(
  db: Executor,
  tenantId: string,
  userId: string,
  patch: { role?: Role; disabledAt?: string | null; name?: string; locale?: string | null },
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.disabledAt !== undefined ? { disabled_at: patch.disabledAt } : {}),
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
      updated_at: now.toISOString(),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}
