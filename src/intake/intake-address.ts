import { randomBytes } from 'node:crypto';
import type { Executor } from '../store/executor.js';
import { saveTenantSetting, tenantSettings } from '../store/repositories/tenants.js';

// Each tenant's intake address is `<token>@<intake domain>`. The token is random (a merchant
// forwards to it, so it must not be guessable from the tenant's id), made on first use, and kept
// in the tenant's settings under `intake`; changing the domain keeps every token.

const SETTING = 'intake';
/** 20 lower-case hex digits: safe in any mail system's local part, and in a LIKE pattern. */
const TOKEN = /^[0-9a-f]{20}$/;

/** The tenant's intake address, its token made now when it has none. */
export async function intakeAddress(db: Executor, tenantId: string, domain: string): Promise<string> {
  return `${await intakeToken(db, tenantId)}@${domain.toLowerCase()}`;
}

async function intakeToken(db: Executor, tenantId: string): Promise<string> {
  const existing = tokenIn(await tenantSettings(db, tenantId));
  if (existing) return existing;
  const token = randomBytes(10).toString('hex');
  await saveTenantSetting(db, tenantId, SETTING, { token });
  return token;
}

/**
 * The tenant an address belongs to: `<token>@<domain>` (a `+tag` after the token is allowed, as
 * mail systems add them), or undefined for any other address.
 */
export async function tenantOfIntakeAddress(
  db: Executor,
  address: string,
  domain: string,
): Promise<string | undefined> {
  const token = tokenOfAddress(address, domain);
  if (!token) return undefined;
  const rows = await db
    .selectFrom('tenants')
    .select(['id', 'settings'])
    // The token is 20 hex digits: nothing to escape, and checked below.
    .where('settings', 'like', `%${token}%`)
    .execute();
  for (const row of rows) {
    const settings = parseSettings(row.settings);
    if (tokenIn(settings) === token) return row.id;
  }
  return undefined;
}

/** The token of an address at the intake domain, when it has the shape of one. */
export function tokenOfAddress(address: string, domain: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  if (address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return undefined;
  const local = address.slice(0, at).toLowerCase().split('+')[0] ?? '';
  return TOKEN.test(local) ? local : undefined;
}

function tokenIn(settings: Record<string, unknown>): string | undefined {
  const intake = settings[SETTING];
  if (intake === null || typeof intake !== 'object') return undefined;
  const token = (intake as Record<string, unknown>)['token'];
  return typeof token === 'string' && TOKEN.test(token) ? token : undefined;
}

function parseSettings(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
