import { Gauge, Registry } from 'prom-client';
import type { Store } from '../store/open-store.js';
import { readMetricsSnapshot, type MetricsSnapshot } from './snapshot.js';

// Shared state, read from the database when Prometheus scrapes: every node reports the same
// figures for the outbox, the queues and the carriers, whoever is doing the work. One read per
// scrape serves every gauge.

/** Scrapes closer together than this share one read. */
const SNAPSHOT_MAX_AGE_MS = 1_000;

export function storeMetricsRegistry(store: Store, clock: () => Date): Registry {
  const registry = new Registry();
  let cached: { at: number; snapshot: Promise<MetricsSnapshot> } | undefined;
  const snapshot = (): Promise<MetricsSnapshot> => {
    const now = clock();
    if (!cached || now.getTime() - cached.at > SNAPSHOT_MAX_AGE_MS) {
      cached = { at: now.getTime(), snapshot: readMetricsSnapshot(store, now) };
      // A failed read is not kept: the next scrape tries again.
      cached.snapshot.catch(() => (cached = undefined));
    }
    return cached.snapshot;
  };
  const gauge = <L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    fill: (set: (labels: Record<L, string>, value: number) => void, s: MetricsSnapshot) => void,
  ): void => {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const s = await snapshot();
        this.reset();
        fill((labels, value) => this.set(labels, value), s);
      },
    });
  };

  gauge(
    'waybill_outbox_lag_messages',
    'Outbox messages a durable subscriber has not handled yet',
    ['subscriber'],
    (set, s) => {
      for (const c of s.cursors) set({ subscriber: c.subscriber }, c.lagMessages);
    },
  );
  gauge(
    'waybill_outbox_lag_seconds',
    'Age of the oldest outbox message a durable subscriber has not handled (0 when caught up)',
    ['subscriber'],
    (set, s) => {
      for (const c of s.cursors) set({ subscriber: c.subscriber }, c.lagSeconds);
    },
  );
  gauge(
    'waybill_outbox_lease_holder',
    'Which relay (node and process) holds each durable subscriber’s lease: 1 for the holder',
    ['subscriber', 'owner'],
    (set, s) => {
      for (const c of s.cursors)
        if (c.leaseOwner !== null) set({ subscriber: c.subscriber, owner: c.leaseOwner }, 1);
    },
  );
  gauge('waybill_outbox_newest_seq', 'The newest outbox sequence number', [], (set, s) =>
    set({}, s.newestSeq),
  );
  gauge(
    'waybill_notifications_queued',
    'Notification messages waiting (pending: due or deferred; sending: claimed by a sender)',
    ['channel', 'status'],
    (set, s) => {
      for (const q of s.notifications) set({ channel: q.channel, status: q.status }, q.count);
    },
  );
  gauge(
    'waybill_webhook_deliveries_queued',
    'Merchant webhook deliveries waiting to be sent or retried',
    [],
    (set, s) => set({}, s.webhookDeliveriesQueued),
  );
  gauge('waybill_poll_backlog', 'Tracking numbers due for a carrier poll now', ['carrier'], (set, s) => {
    for (const p of s.pollBacklog) set({ carrier: p.carrier }, p.due);
  });
  gauge(
    'waybill_carrier_error_rate',
    'Failed carrier requests over all requests in the last 15 to 30 minutes',
    ['carrier'],
    (set, s) => {
      for (const c of s.carriers) if (c.errorRate !== null) set({ carrier: c.carrier }, c.errorRate);
    },
  );
  gauge(
    'waybill_carrier_circuit_state',
    'Each carrier’s circuit breaker as last reported: 1 for its current state',
    ['carrier', 'state'],
    (set, s) => {
      for (const c of s.carriers) set({ carrier: c.carrier, state: c.breaker }, 1);
    },
  );
  gauge(
    'waybill_db_pool_connections',
    'PostgreSQL pool connections of this process by state (total, idle, waiting requests)',
    ['state'],
    (set) => {
      const pool = store.poolStats?.();
      if (!pool) return;
      set({ state: 'total' }, pool.total);
      set({ state: 'idle' }, pool.idle);
      set({ state: 'waiting' }, pool.waiting);
    },
  );
  return registry;
}
