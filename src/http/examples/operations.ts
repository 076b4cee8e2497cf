// Probes, metrics and the push key: what an operator's tooling and a browser read.

export const healthyExample = { status: 'ok' as const, database: 'postgres' };
export const unhealthyExample = { status: 'unavailable' as const, database: 'postgres' };
export const readyExample = { status: 'ready' as const, database: 'postgres' };

/** A node started on a database a newer release has not migrated yet. */
export const notReadyExample = {
  status: 'unavailable' as const,
  database: 'postgres',
  reason: 'the database schema is behind this code: run the migrations',
  pendingMigrations: ['0013-idempotency-keys'],
};

/** A few lines of the Prometheus text format (docs/operations.md lists every series). */
export const metricsExample = [
  '# HELP waybill_scans_ingested_total Scans handed to the ingest pipeline: stored (new), duplicate (already held) or rejected (bad input)',
  '# TYPE waybill_scans_ingested_total counter',
  'waybill_scans_ingested_total{result="stored"} 48211',
  'waybill_scans_ingested_total{result="duplicate"} 9370',
  'waybill_scans_ingested_total{result="rejected"} 12',
  '',
  '# HELP waybill_notification_sends_total Notification send attempts by channel and outcome (sent, failed, retry, deferred, skipped, gone)',
  '# TYPE waybill_notification_sends_total counter',
  'waybill_notification_sends_total{channel="email",outcome="sent"} 6120',
  'waybill_notification_sends_total{channel="sms",outcome="deferred"} 41',
  '',
].join('\n');

/** An uncompressed P-256 point, base64url: what PushManager.subscribe takes as applicationServerKey. */
export const vapidKeyExample = {
  publicKey: 'BI9UxyXxTCePMxikx0xzNmxW9xc3CckrZPqmewNZDwv1Oj6Ag9DvwXZxhQs0S0unQc6jZFDkL94ghSY9i03y4mM',
};
