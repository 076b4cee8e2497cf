import type { Store } from '../store/open-store.js';
import { audit } from './audit.js';
import { createToken, mintLink, revokeOpen } from './auth/tokens.js';
import { hasAnyUser } from './auth/users.js';

/**
 * While a tenant has nobody who can sign in, a one-time link that creates its owner account:
 * printed at every start (a new link replaces the last), so a lost link costs a restart.
 * Undefined once the owner exists.
 */
export async function setupLinkIfNeeded(
  store: Store,
  input: { tenantId: string; publicBaseUrl: string; validHours: number },
  now: Date,
): Promise<string | undefined> {
  if (await hasAnyUser(store.db, input.tenantId)) return undefined;
  const secret = await store.db.transaction().execute(async (trx) => {
    await revokeOpen(trx, input.tenantId, 'setup', now);
    const id = await createToken(
      trx,
      {
        purpose: 'setup',
        tenantId: input.tenantId,
        role: 'owner',
        expiresAt: new Date(now.getTime() + input.validHours * 3_600_000),
      },
      now,
    );
    await audit(
      trx,
      {
        tenantId: input.tenantId,
        actor: { userId: null, label: 'system', ip: null },
        action: 'setup.link_created',
        targetType: 'token',
        targetId: id,
      },
      now,
    );
    return mintLink(trx, id, now);
  });
  return secret && `${input.publicBaseUrl.replace(/\/+$/, '')}/app/setup/${secret}`;
}
