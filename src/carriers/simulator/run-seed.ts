import type { Store } from '../../store/open-store.js';
import { SIMULATOR_CARRIER } from './ingest-items.js';

/**
 * Each `serve` run must mint tracking numbers the store has not seen, or a restart would pour a
 * second journey into the first run's parcels. Mixing in how many simulated shipments exist keeps
 * runs apart and still deterministic for a given store.
 */
export async function simulatorRunSeed(
  store: Store,
  tenantId: string,
  configuredSeed: number,
): Promise<number> {
  const row = await store.db
    .selectFrom('shipments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('tenant_id', '=', tenantId)
    .where('carrier', '=', SIMULATOR_CARRIER)
    .executeTakeFirst();
  return (configuredSeed * 1_000_003 + Number(row?.count ?? 0)) % 2_147_483_647;
}
