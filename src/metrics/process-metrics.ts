import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

// What one process measures as it works: requests, scans, carrier calls, sends. Process-wide
// like the process itself (several apps built in one test process share them); what the database
// holds (queues, lags, leases) is read at scrape time instead (store-metrics.ts), so every node
// reports the same truth about shared state.

export const processRegistry = new Registry();

// Node's own: event-loop delay (nodejs_eventloop_lag_*), heap, RSS, GC, handles.
collectDefaultMetrics({ register: processRegistry });

export const httpRequestDuration = new Histogram({
  name: 'waybill_http_request_duration_seconds',
  help: 'HTTP requests by route pattern and status: the count is the rate, 5xx the errors',
  labelNames: ['method', 'route', 'status_code'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [processRegistry],
});

export const scansIngested = new Counter({
  name: 'waybill_scans_ingested_total',
  help: 'Scans handed to the ingest pipeline: stored (new), duplicate (already held) or rejected (bad input)',
  labelNames: ['result'] as const,
  registers: [processRegistry],
});

export const carrierRequestDuration = new Histogram({
  name: 'waybill_carrier_request_duration_seconds',
  help: 'Requests to carrier APIs by the poller, by carrier and outcome (ok or error)',
  labelNames: ['carrier', 'outcome'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [processRegistry],
});

export const notificationSends = new Counter({
  name: 'waybill_notification_sends_total',
  help: 'Notification send attempts by channel and outcome (sent, failed, retry, deferred, skipped, gone)',
  labelNames: ['channel', 'outcome'] as const,
  registers: [processRegistry],
});

export const outboxPruned = new Counter({
  name: 'waybill_outbox_pruned_total',
  help: 'Outbox messages deleted after every durable subscriber passed them and the retention period ended',
  registers: [processRegistry],
});
