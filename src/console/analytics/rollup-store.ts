import type { StoreCapabilities } from '../../store/dialects/capabilities.js';
import type { Executor } from '../../store/executor.js';
import type { Dimensions, Increment } from './facts.js';
import { mondayOf, weekdayOf } from './weeks.js';

/** A rollup row's counters: "metric:bucket" → [count, sum]. */
export type Counters = Record<string, [number, number]>;

export function parseCounters(text: string): Counters {
  const parsed: unknown = JSON.parse(text);
  return parsed !== null && typeof parsed === 'object' ? (parsed as Counters) : {};
}

type Span = 'day' | 'week';

function keyOf(tenantId: string, span: Span, day: string, inc: Dimensions): string {
  return [tenantId, span, day, inc.carrier, inc.service, inc.destination, inc.lane].join('\u0000');
}

/**
 * Adds increments to the rollups: one row per (tenant, day, carrier, service, destination,
 * lane), and the same per week, each read (locked where the database can), merged and written back. The subscriber that
 * calls this holds the relay's lease, so one writer at a time adds; the lock makes it safe
 * even if that ever changes.
 */
export async function addIncrements(
  db: Executor,
  caps: StoreCapabilities,
  tenantId: string,
  increments: readonly Increment[],
): Promise<void> {
  const rows = new Map<string, { span: Span; day: string; dims: Increment; counters: Counters }>();
  const add = (span: Span, day: string, inc: Increment, counter: string) => {
    const key = keyOf(tenantId, span, day, inc);
    let row = rows.get(key);
    if (!row) {
      row = { span, day, dims: inc, counters: {} };
      rows.set(key, row);
    }
    const held = row.counters[counter] ?? [0, 0];
    row.counters[counter] = [held[0] + inc.count, held[1] + inc.total];
  };
  for (const inc of increments) {
    add('day', inc.day, inc, `${inc.metric}:${inc.bucket}`);
    // The week's row keeps the daily volume by weekday, for the volume chart of whole weeks.
    add(
      'week',
      mondayOf(inc.day),
      inc,
      inc.metric === 'created' ? `created:${weekdayOf(inc.day)}` : `${inc.metric}:${inc.bucket}`,
    );
  }
  for (const { span, day, dims, counters } of rows.values()) {
    let select = db
      .selectFrom('console_rollups')
      .select('counts')
      .where('tenant_id', '=', tenantId)
      .where('span', '=', span)
      .where('day', '=', day)
      .where('carrier', '=', dims.carrier)
      .where('service', '=', dims.service)
      .where('destination', '=', dims.destination)
      .where('lane', '=', dims.lane);
    if (caps.rowLocks) select = select.forUpdate();
    const existing = await select.executeTakeFirst();
    const merged = existing ? parseCounters(existing.counts) : {};
    for (const [counter, [count, total]] of Object.entries(counters)) {
      const held = merged[counter] ?? [0, 0];
      merged[counter] = [held[0] + count, held[1] + total];
    }
    const values = {
      tenant_id: tenantId,
      span,
      day,
      carrier: dims.carrier,
      service: dims.service,
      destination: dims.destination,
      lane: dims.lane,
      counts: JSON.stringify(merged),
    };
    await db
      .insertInto('console_rollups')
      .values(values)
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'span', 'day', 'carrier', 'service', 'destination', 'lane'])
          .doUpdateSet({ counts: values.counts }),
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
