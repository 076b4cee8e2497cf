import { sql } from 'kysely';
import { chunksFor, type Executor } from '../../store/executor.js';
import type { StoreCapabilities } from '../../store/dialects/capabilities.js';
import type { Increment } from './facts.js';

/** Adds increments to the rollups (one upsert per distinct key). */
export async function addIncrements(
  db: Executor,
  caps: StoreCapabilities,
  tenantId: string,
  increments: readonly Increment[],
): Promise<void> {
  if (increments.length === 0) return;
  const merged = new Map<string, Increment>();
  for (const inc of increments) {
    const key = [inc.day, inc.carrier, inc.service, inc.destination, inc.lane, inc.metric, inc.bucket].join(
      '\u0000',
    );
    const held = merged.get(key);
    merged.set(key, held ? { ...held, count: held.count + inc.count, total: held.total + inc.total } : inc);
  }
  for (const chunk of chunksFor([...merged.values()], 10, caps.maxParameters)) {
    await db
      .insertInto('console_rollups')
      .values(
        chunk.map((inc) => ({
          tenant_id: tenantId,
          day: inc.day,
          carrier: inc.carrier,
          service: inc.service,
          destination: inc.destination,
          lane: inc.lane,
          metric: inc.metric,
          bucket: inc.bucket,
          count: inc.count,
          total: inc.total,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'day', 'carrier', 'service', 'destination', 'lane', 'metric', 'bucket'])
          .doUpdateSet({
            count: sql<number>`console_rollups.count + excluded.count`,
            total: sql<number>`console_rollups.total + excluded.total`,
          }),
      )
      .execute();
  }
}

/**
 * Claims a fact for a shipment once: true the first time, false when it was counted before
 * (the relay hands a message over at least once). `value` is kept for later facts.
 */
export async function claimMark(
  db: Executor,
  shipmentId: string,
  mark: string,
  value: string | null = null,
): Promise<boolean> {
  const rows = await db
    .insertInto('console_rollup_marks')
    .values({ shipment_id: shipmentId, mark, value })
    .onConflict((oc) => oc.columns(['shipment_id', 'mark']).doNothing())
    .returning('shipment_id')
    .execute();
  return rows.length > 0;
}

export async function markValue(
  db: Executor,
  shipmentId: string,
  mark: string,
): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('console_rollup_marks')
    .select('value')
    .where('shipment_id', '=', shipmentId)
    .where('mark', '=', mark)
    .executeTakeFirst();
  return row?.value;
}
