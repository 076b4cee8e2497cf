import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/schema.js';
import { recordRequest } from '../../src/ingest/polling/health.js';
import { ensureCursor, leaseCursor } from '../../src/store/repositories/outbox.js';
import { DIALECTS } from '../helpers/dialects.js';
import { testApp, type TestApp } from '../helpers/app.js';

/**
 * Queue rows without their parents (shipments, recipients, endpoints): only the counting is under
 * test here, so the foreign keys are set aside for the insert.
 */
async function rows(t: TestApp, insert: (db: Kysely<Database>) => Promise<unknown>): Promise<void> {
  if (t.store.caps.dialect === 'sqlite') {
    await sql`pragma foreign_keys = off`.execute(t.store.db);
    try {
      await insert(t.store.db);
    } finally {
      await sql`pragma foreign_keys = on`.execute(t.store.db);
    }
    return;
  }
  await t.store.db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await insert(trx);
  });
}

/** The value of one series in Prometheus's text format, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',').filter(Boolean);
    if (wanted.length === have.length && wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return undefined;
}

const scan = (n: number) => ({
  trackingNumber: `WBMETRICS${String(n).padStart(4, '0')}`,
  occurredAt: '2026-11-20T09:15:00+01:00',
  status: 'in_transit.origin_facility',
  location: { city: 'Berlin', country: 'DE' },
});

describe.each(DIALECTS)('GET /metrics on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(() => t.close());
  const metrics = async () => {
    const res = await t.app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    return res.body;
  };

  it('times requests by route pattern and counts scans by what became of them', async () => {
    const before = await metrics();
    const stored = sample(before, 'waybill_scans_ingested_total', { result: 'stored' }) ?? 0;
    const rejected = sample(before, 'waybill_scans_ingested_total', { result: 'rejected' }) ?? 0;
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: t.auth,
      payload: { events: [scan(1), scan(2), { ...scan(3), status: 'flying' }] },
    });
    expect(res.statusCode).toBeLessThan(300);
    await t.app.inject({ url: '/v1/shipments/nope', headers: t.auth });

    const after = await metrics();
    expect(sample(after, 'waybill_scans_ingested_total', { result: 'stored' })).toBe(stored + 2);
    expect(sample(after, 'waybill_scans_ingested_total', { result: 'rejected' })).toBe(rejected + 1);
    const route = { method: 'GET', route: '/v1/shipments/:id', status_code: '404' };
    expect(sample(after, 'waybill_http_request_duration_seconds_count', route)).toBeGreaterThanOrEqual(1);
    // Never one series per shipment id.
    expect(after).not.toContain('/v1/shipments/nope');
    expect(sample(after, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('reads the outbox lag and lease holder of each durable subscriber, and carrier health, from the database', async () => {
    const now = new Date();
    await ensureCursor(t.store.db, 'estimates-test', 0, now);
    await t.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: t.auth,
      payload: { events: [scan(1)] },
    });
    let text = await metrics();
    const newest = sample(text, 'waybill_outbox_newest_seq')!;
    expect(newest).toBeGreaterThan(0);
    expect(sample(text, 'waybill_outbox_lag_messages', { subscriber: 'estimates-test' })).toBe(newest);
    expect(
      sample(text, 'waybill_outbox_lag_seconds', { subscriber: 'estimates-test' }),
    ).toBeGreaterThanOrEqual(0);
    expect(text).not.toContain('waybill_outbox_lease_holder{');

    await leaseCursor(t.store.db, 'estimates-test', 'node-a:4242', new Date(), 30_000);
    await recordRequest(
      t.store,
      { carrier: 'dhl', ok: false, error: 'timeout', breaker: 'open', tokens: 3, rateLimitedUntil: null },
      new Date(),
    );
    // Scrapes within a second share one read; wait past it.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    text = await metrics();
    expect(
      sample(text, 'waybill_outbox_lease_holder', { subscriber: 'estimates-test', owner: 'node-a:4242' }),
    ).toBe(1);
    expect(sample(text, 'waybill_carrier_circuit_state', { carrier: 'dhl', state: 'open' })).toBe(1);
    expect(sample(text, 'waybill_carrier_error_rate', { carrier: 'dhl' })).toBe(1);
    if (dialect === 'postgres')
      expect(sample(text, 'waybill_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    else expect(text).not.toContain('waybill_db_pool_connections{');
  });
});

describe.each(DIALECTS)('queue figures on %s', (dialect) => {
  it('counts waiting notifications by channel, due polls by carrier and pending webhook deliveries', async () => {
    const t = await testApp(dialect);
    try {
      const at = new Date().toISOString();
      const past = new Date(Date.now() - 60_000).toISOString();
      const future = new Date(Date.now() + 3_600_000).toISOString();
      const message = (id: string, channel: string, status: string) => ({
        id,
        tenant_id: t.tenantId,
        shipment_id: 's1',
        recipient_id: 'r1',
        firing_id: `f-${id}`,
        channel,
        idempotency_key: `k-${id}`,
        event_type: 'status.changed',
        context: '{}',
        status,
        due_at: at,
        attempts: 0,
        claimed_by: null,
        claimed_until: null,
        provider_id: null,
        provider_status: null,
        last_error: null,
        created_at: at,
        updated_at: at,
        sent_at: null,
      });
      await rows(t, (db) =>
        db
          .insertInto('notification_messages')
          .values([
            message('m1', 'email', 'pending'),
            message('m2', 'email', 'pending'),
            message('m3', 'sms', 'sending'),
            message('m4', 'email', 'sent'),
          ])
          .execute(),
      );
      const poll = (number: string, nextPollAt: string | null) => ({
        carrier: 'ups',
        tracking_number: number,
        next_poll_at: nextPollAt,
        claimed_by: null,
        claimed_until: null,
        unchanged_polls: 0,
        status: 'in_transit',
        last_event_at: null,
        answer_digest: null,
        last_polled_at: null,
        first_seen_by_carrier_at: null,
        delivered_at: null,
        finished_at: null,
        registered_at: at,
        created_at: at,
        updated_at: at,
      });
      await rows(t, (db) =>
        db
          .insertInto('carrier_polls')
          .values([poll('1Z1', past), poll('1Z2', past), poll('1Z3', future), poll('1Z4', null)])
          .execute(),
      );
      const delivery = (id: string, state: string) => ({
        id,
        webhook_id: `msg_${id}`,
        tenant_id: t.tenantId,
        endpoint_id: 'e1',
        outbox_id: `o-${id}`,
        shipment_id: null,
        event_type: 'status.changed',
        body: '{}',
        state,
        attempts: 0,
        next_attempt_at: at,
        claim_token: null,
        window_started_at: at,
        last_status_code: null,
        last_error: null,
        delivered_at: null,
        dead_at: null,
        created_at: at,
        updated_at: at,
      });
      await rows(t, (db) =>
        db
          .insertInto('webhook_deliveries')
          .values([delivery('d1', 'pending'), delivery('d2', 'delivered'), delivery('d3', 'dead')])
          .execute(),
      );

      const text = (await t.app.inject('/metrics')).body;
      expect(sample(text, 'waybill_notifications_queued', { channel: 'email', status: 'pending' })).toBe(2);
      expect(sample(text, 'waybill_notifications_queued', { channel: 'sms', status: 'sending' })).toBe(1);
      expect(
        sample(text, 'waybill_notifications_queued', { channel: 'email', status: 'sent' }),
      ).toBeUndefined();
      expect(sample(text, 'waybill_poll_backlog', { carrier: 'ups' })).toBe(2);
      expect(sample(text, 'waybill_webhook_deliveries_queued')).toBe(1);
    } finally {
      await t.close();
    }
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  it('needs the token as a bearer, and says so in a problem', async () => {
    const t = await testApp('sqlite', { metricsToken: 'a-long-metrics-secret' });
    try {
      const none = await t.app.inject('/metrics');
      expect(none.statusCode).toBe(401);
      expect(none.headers['content-type']).toContain('application/problem+json');
      const wrong = await t.app.inject({
        url: '/metrics',
        headers: { authorization: 'Bearer a-long-metrics-secreT' },
      });
      expect(wrong.statusCode).toBe(401);
      const right = await t.app.inject({
        url: '/metrics',
        headers: { authorization: 'Bearer a-long-metrics-secret' },
      });
      expect(right.statusCode).toBe(200);
      expect(right.body).toContain('waybill_outbox_newest_seq');
    } finally {
      await t.close();
    }
  });
});
