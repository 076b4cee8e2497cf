import type { Store } from './store/open-store.js';
import {
  createApiKey,
  createTenant,
  listTenants,
  type CreatedApiKey,
  type Tenant,
} from './store/repositories/tenants.js';

export interface Bootstrap {
  readonly tenant: Tenant;
  /** Only on the very first start: the key to print, since it is never shown again. */
  readonly firstKey: CreatedApiKey | undefined;
}

/** On an empty store, creates the first tenant and its first API key. */
export async function bootstrap(store: Store, now: Date): Promise<Bootstrap> {
  return store.db.transaction().execute(async (trx) => {
    const [existing] = await listTenants(trx);
    if (existing) return { tenant: existing, firstKey: undefined };
    const tenant = await createTenant(trx, 'My shop', now);
    const firstKey = await createApiKey(trx, tenant.id, 'first key', now);
    return { tenant, firstKey };
  });
}
