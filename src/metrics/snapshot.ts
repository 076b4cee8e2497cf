import { latestOutboxSeq, oldestOutboxAfter, outboxHead } from '../store/repositories/outbox.js';
import { readHealth } from '../ingest/polling/health.js';
import type { Store } from '../store/open-store.js';

/** Shared state as the metrics show it; each figure comes from the database, not this process. */
export interface MetricsSnapshot {
  readonly newestSeq: number;
  readonly cursors: readonly {
    readonly subscriber: string;
    readonly lagMessages: number;
    readonly lagSeconds: number;
    /** The relay holding the lease now, or null when none does. */
    readonly leaseOwner: string | null;
  }[];
  readonly notifications: readonly {
    readonly channel: string;
    readonly status: string;
    readonly count: number;
  }[];
  readonly webhookDeliveriesQueued: number;
  readonly pollBacklog: readonly { readonly carrier: string; readonly due: number }[];
  readonly carriers: readonly {
    readonly carrier: string;
    readonly errorRate: number | null;
    readonly breaker: string;
  }[];
}

export async function readMetricsSnapshot(store: Store, now: Date): Promise<MetricsSnapshot> {
  const { db } = store;
  const at = now.toISOString();
  const newestSeq = await latestOutboxSeq(db);
  // Cursors are delivery positions (OutboxMessage.position). On PostgreSQL messages without one
  // yet (waiting for the sequencer) are behind every cursor too.
  const { newestPosition, waiting, oldestWaiting } = await outboxHead(db, store.caps);
  const cursorRows = await db.selectFrom('outbox_cursors').selectAll().orderBy('subscriber').execute();
  const cursors = [];
  for (const row of cursorRows) {
    const lastPosition = Number(row.last_seq);
    // The oldest message it has not passed; by an index, so one row's read.
    const passed = await oldestOutboxAfter(db, store.caps, lastPosition);
    const oldest = [passed, oldestWaiting].filter((at): at is string => at !== undefined).sort()[0];
    cursors.push({
      subscriber: row.subscriber,
      lagMessages: Math.max(0, newestPosition - lastPosition) + waiting,
      lagSeconds: oldest ? Math.max(0, (now.getTime() - Date.parse(oldest)) / 1000) : 0,
      leaseOwner:
        row.lease_owner !== null && row.leased_until !== null && row.leased_until > at
          ? row.lease_owner
          : null,
    });
  }
  const notifications = (
    await db
      .selectFrom('notification_messages')
      .select(['channel', 'status', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where('status', 'in', ['pending', 'sending'])
      .groupBy(['channel', 'status'])
      .execute()
  ).map((r) => ({ channel: r.channel, status: r.status, count: Number(r.count) }));
  const webhooks = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('state', '=', 'pending')
    .executeTakeFirst();
  const pollBacklog = (
    await db
      .selectFrom('carrier_polls')
      .select(['carrier', (eb) => eb.fn.countAll<number | string>().as('due')])
      .where('next_poll_at', '<=', at)
      .groupBy('carrier')
      .execute()
  ).map((r) => ({ carrier: r.carrier, due: Number(r.due) }));
  const carriers = [...(await readHealth(db, now)).values()].map((h) => ({
    carrier: h.carrier,
    errorRate: h.errorRate,
    breaker: h.breaker,
  }));
  return {
    newestSeq,
    cursors,
    notifications,
    webhookDeliveriesQueued: Number(webhooks?.count ?? 0),
    pollBacklog,
    carriers,
  };
}
