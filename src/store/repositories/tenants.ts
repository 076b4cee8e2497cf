import { createHash, randomBytes } from 'node:crypto';
import { brandingFromSettings, type Branding } from '../../domain/branding.js';
import type { Executor } from '../executor.js';
import { newId } from '../ids.js';

export interface Tenant {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface CreatedApiKey {
  readonly id: string;
  readonly tenantId: string;
  /** Shown once; only its hash is stored. */
  readonly key: string;
  readonly prefix: string;
}

export async function createTenant(db: Executor, name: string, now: Date): Promise<Tenant> {
  const tenant = { id: newId(), name, createdAt: now.toISOString() };
  await db
    .insertInto('tenants')
    .values({ id: tenant.id, name, settings: '{}', created_at: tenant.createdAt })
    .execute();
  return tenant;
}

export async function listTenants(db: Executor): Promise<Tenant[]> {
  const rows = await db.selectFrom('tenants').selectAll().orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at }));
}

export async function findTenant(db: Executor, id: string): Promise<Tenant | undefined> {
  const row = await db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function createApiKey(
  db: Executor,
  tenantId: string,
  label: string,
  now: Date,
): Promise<CreatedApiKey> {
  const key = `wb_${randomBytes(32).toString('base64url')}`;
  const created = { id: newId(), tenantId, key, prefix: key.slice(0, 10) };
  await db
    .insertInto('api_keys')
    .values({
      id: created.id,
      tenant_id: tenantId,
      key_hash: hashApiKey(key),
      key_prefix: created.prefix,
      label,
      created_at: now.toISOString(),
      revoked_at: null,
    })
    .execute();
  return created;
}

/** The tenant a key belongs to, or undefined for unknown and revoked keys. */
export async function tenantIdForApiKey(db: Executor, key: string): Promise<string | undefined> {
  return (await apiKeyFor(db, key))?.tenantId;
}

/** The key's id and tenant, or undefined for unknown and revoked keys. */
export async function apiKeyFor(
  db: Executor,
  key: string,
): Promise<{ id: string; tenantId: string } | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'tenant_id'])
    .where('key_hash', '=', hashApiKey(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { id: row.id, tenantId: row.tenant_id };
}

/** Notes when a key was last used (the console shows it). */
export async function touchApiKey(db: Executor, id: string, now: Date): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('id', '=', id).execute();
}

export interface ApiKeyListing {
  readonly id: string;
  readonly prefix: string;
  readonly label: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

export async function listApiKeys(db: Executor, tenantId: string): Promise<ApiKeyListing[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(['id', 'key_prefix', 'label', 'created_at', 'revoked_at', 'last_used_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    prefix: r.key_prefix,
    label: r.label,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  }));
}

let revocations = 0;

/** Moves on every revocation in this process, so key caches (src/http/plugins/auth.ts) drop theirs. */
export function apiKeyRevocations(): number {
  return revocations;
}

export async function revokeApiKey(db: Executor, tenantId: string, id: string, now: Date): Promise<boolean> {
  revocations += 1;
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: now.toISOString() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The tenant's settings object (JSON in `tenants.settings`); `{}` when the tenant has none. */
export async function tenantSettings(db: Executor, tenantId: string): Promise<Record<string, unknown>> {
  const row = await db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirst();
  if (!row) return {};
  const parsed: unknown = JSON.parse(row.settings);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}

/** Replaces one top-level key of the tenant's settings (`branding`, `notifications`…). */
export async function saveTenantSetting(
  db: Executor,
  tenantId: string,
  key: string,
  value: unknown,
): Promise<void> {
  const settings = await tenantSettings(db, tenantId);
  settings[key] = value;
  await db
    .updateTable('tenants')
    .set({ settings: JSON.stringify(settings) })
    .where('id', '=', tenantId)
    .execute();
}

/** The tenant's branding, with defaults filled in. */
export async function tenantBranding(db: Executor, tenantId: string): Promise<Branding> {
  const tenant = await findTenant(db, tenantId);
  return brandingFromSettings(tenant?.name ?? 'Waybill', await tenantSettings(db, tenantId));
}
