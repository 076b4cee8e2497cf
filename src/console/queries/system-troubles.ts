import type { Executor } from '../../store/executor.js';
import { readHealth, type CarrierHealth } from '../../ingest/polling/health.js';
import { listUnmappedCodes, type UnmappedCode } from '../../store/repositories/unmapped-codes.js';

// Troubles of the system itself that a person should see beside the shipments: the tenant's
// webhook endpoints that fail or were switched off, carriers whose circuit breaker is open, and
// carrier codes the status maps do not know.

export interface FailingEndpoint {
  readonly id: string;
  readonly url: string;
  readonly enabled: boolean;
  readonly disabledReason: string | null;
  /** Deliveries waiting after at least one failed attempt. */
  readonly retrying: number;
  readonly dead: number;
}

export interface SystemTroubles {
  readonly endpoints: readonly FailingEndpoint[];
  readonly openCircuits: readonly CarrierHealth[];
  readonly unmapped: readonly UnmappedCode[];
}

export async function systemTroubles(db: Executor, tenantId: string, now: Date): Promise<SystemTroubles> {
  const endpoints = await db
    .selectFrom('webhook_endpoints')
    .select(['id', 'url', 'enabled', 'disabled_reason', 'consecutive_dead_letters'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const counts = await db
    .selectFrom('webhook_deliveries')
    .select(['endpoint_id', 'state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId)
    .where((eb) =>
      eb.or([eb('state', '=', 'dead'), eb.and([eb('state', '=', 'pending'), eb('attempts', '>', 0)])]),
    )
    .groupBy(['endpoint_id', 'state'])
    .execute();
  const retrying = new Map<string, number>();
  const dead = new Map<string, number>();
  for (const row of counts) (row.state === 'dead' ? dead : retrying).set(row.endpoint_id, Number(row.n));
  const failing = endpoints
    .map((e) => ({
      id: e.id,
      url: e.url,
      enabled: e.enabled === 1,
      disabledReason: e.disabled_reason,
      retrying: retrying.get(e.id) ?? 0,
      dead: dead.get(e.id) ?? 0,
    }))
    .filter((e) => !e.enabled || e.retrying > 0 || e.dead > 0);
  const health = await readHealth(db, now);
  return {
    endpoints: failing,
    openCircuits: [...health.values()].filter((h) => h.breaker !== 'closed'),
    unmapped: (await listUnmappedCodes(db)).slice(0, 50),
  };
}

export function troubleCount(troubles: SystemTroubles): number {
  return troubles.endpoints.length + troubles.openCircuits.length + troubles.unmapped.length;
}
