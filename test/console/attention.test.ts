import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import {
  consoleHarness,
  shipmentWithScans,
  signedIn,
  type ConsoleClient,
  type ConsoleHarness,
} from './harness.js';

/** The tracking numbers listed under a heading of the queue page. */
function section(body: string, id: string): string[] {
  const start = body.indexOf(`id="${id}"`);
  if (start < 0) return [];
  const rest = body.slice(start);
  const end = rest.slice(1).search(/<h[23] id="/);
  const part = end < 0 ? rest : rest.slice(0, end + 1);
  return [...part.matchAll(/<a href="\/app\/shipments\/[^"]+">([A-Z0-9]+)<\/a>/g)].map((m) => m[1]!);
}

describe.each(DIALECTS)('the attention queue (%s)', (dialect) => {
  let h: ConsoleHarness;
  let agent: ConsoleClient;
  const ids: Record<string, string> = {};
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const recent = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();

  beforeEach(async () => {
    h = await consoleHarness(dialect);
    ids['merchant'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'EXCM0000000001',
      scans: [{ occurredAt: recent(5), status: 'exception.missing_documents' }],
    });
    ids['customer'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'EXCC0000000002',
      scans: [{ occurredAt: recent(4), status: 'exception.address_issue' }],
    });
    ids['carrier'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'EXCK0000000003',
      scans: [{ occurredAt: recent(3), status: 'exception.damaged' }],
    });
    ids['failed'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'FAIL0000000004',
      scans: [{ occurredAt: recent(2), status: 'attempt_failed.recipient_absent' }],
    });
    ids['return'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'RETN0000000005',
      scans: [{ occurredAt: recent(2), status: 'return_to_sender.initiated' }],
    });
    ids['late'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'LATE0000000006',
      promisedDate: yesterday,
      scans: [{ occurredAt: recent(1), status: 'in_transit.linehaul' }],
    });
    ids['fine'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'FINE0000000007',
      scans: [{ occurredAt: recent(1), status: 'in_transit.linehaul' }],
    });
    ids['notFound'] = await shipmentWithScans(h, h.auth, { trackingNumber: 'UNKN0000000008', scans: [] });
    await h.store.db
      .updateTable('shipments')
      .set({ substatus: 'pending.not_found' })
      .where('id', '=', ids['notFound']!)
      .execute();
    ids['stalled'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'STAL0000000009',
      scans: [{ occurredAt: recent(200), status: 'in_transit.linehaul' }],
    });
    await h.store.db.updateTable('shipments').set({ stalled: 1 }).where('id', '=', ids['stalled']!).execute();
    agent = await signedIn(h, h.agent);
  });
  afterEach(async () => h.close());

  it('holds each kind of trouble, exceptions grouped by who must act, and nothing that is fine', async () => {
    const page = await agent.open('/app/attention');
    expect(page.statusCode).toBe(200);
    expect(section(page.body, 'actor-merchant')).toEqual(['EXCM0000000001']);
    expect(section(page.body, 'actor-customer')).toEqual(['EXCC0000000002']);
    expect(section(page.body, 'actor-carrier')).toEqual(['EXCK0000000003']);
    expect(section(page.body, 'kind-attempt_failed')).toEqual(['FAIL0000000004']);
    expect(section(page.body, 'kind-returned')).toEqual(['RETN0000000005']);
    expect(section(page.body, 'kind-late')).toEqual(['LATE0000000006']);
    expect(section(page.body, 'kind-unrecognised')).toEqual(['UNKN0000000008']);
    expect(section(page.body, 'kind-stalled')).toEqual(['STAL0000000009']);
    expect(page.body).not.toContain('FINE0000000007');
    expect(page.body).toContain('data-attention-total="8"');
    const home = await agent.get('/app');
    expect(home.body).toMatch(/Needs attention: 8/);
  });

  it('assigns an item, shows it as mine, and hides a handled one until the next scan', async () => {
    const action = `/app/attention/${ids['customer']}/exception`;
    expect((await agent.post(action, { action: 'assign', assignee: h.agent.user.id })).statusCode).toBe(303);
    const mine = await agent.get('/app/attention?assigned=me');
    expect(section(mine.body, 'actor-customer')).toEqual(['EXCC0000000002']);
    expect(mine.body).not.toContain('EXCM0000000001');
    expect((await agent.get('/app')).body).toMatch(/<span class="n">1<\/span><span class="l">Assigned to me/);

    expect(
      (await agent.post(action, { action: 'handle', reason: 'customer gave the right address' })).statusCode,
    ).toBe(303);
    const afterHandling = (await agent.get('/app/attention')).body;
    expect(section(afterHandling, 'actor-customer')).toEqual([]);
    // The counts agree with the lists: one item fewer.
    expect(afterHandling).toContain('data-attention-total="7"');
    // A new scan brings it back: something happened since it was handled.
    h.clock.advance(60_000);
    await h.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: h.auth,
      payload: {
        events: [
          {
            trackingNumber: 'EXCC0000000002',
            carrier: 'waybill',
            occurredAt: recent(0.4),
            status: 'exception.address_issue',
            rawCode: 'AGAIN2',
          },
        ],
      },
    });
    const afterScan = (await agent.get('/app/attention')).body;
    expect(section(afterScan, 'actor-customer')).toEqual(['EXCC0000000002']);
    expect(afterScan).toContain('data-attention-total="8"');

    const viewer = await signedIn(h, h.viewer);
    await viewer.open('/app/attention');
    expect((await viewer.post(action, { action: 'handle', reason: 'x' })).statusCode).toBe(403);
    expect((await agent.post(action, { action: 'assign', assignee: h.other.owner.user.id })).statusCode).toBe(
      400,
    );
  });

  it('exports the queue as CSV that parses', async () => {
    const rows = parse((await agent.get('/app/attention.csv')).body, { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => `${r['kind']}:${r['tracking_number']}`).sort()).toEqual(
      [
        'attempt_failed:FAIL0000000004',
        'exception:EXCC0000000002',
        'exception:EXCK0000000003',
        'exception:EXCM0000000001',
        'late:LATE0000000006',
        'returned:RETN0000000005',
        'stalled:STAL0000000009',
        'unrecognised:UNKN0000000008',
      ].sort(),
    );
    expect(rows.find((r) => r['tracking_number'] === 'EXCM0000000001')?.['who_must_act']).toBe('merchant');
  });

  it('lists the system’s own troubles: failing endpoints, open circuits, unknown carrier codes', async () => {
    const now = new Date().toISOString();
    await h.store.db
      .insertInto('webhook_endpoints')
      .values({
        id: 'EP1',
        tenant_id: h.tenantId,
        url: 'https://hooks.shop.example/in',
        description: '',
        events: '["*"]',
        secret: 'whsec_x',
        enabled: 0,
        disabled_reason: 'failed for 3 days',
        disabled_at: now,
        consecutive_dead_letters: 5,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await h.store.db
      .insertInto('carrier_health')
      .values({
        carrier: 'ups',
        last_success_at: null,
        last_error_at: now,
        last_error: 'HTTP 503',
        window_started_at: now,
        requests: 10,
        failures: 10,
        previous_requests: 0,
        previous_failures: 0,
        breaker_state: 'open',
        tokens: null,
        rate_limited_until: null,
        updated_at: now,
      })
      .execute();
    await h.store.db
      .insertInto('carrier_unmapped_codes')
      .values({
        carrier: 'dhl',
        raw_code: 'ZZ9',
        count: 4,
        first_seen_at: now,
        last_seen_at: now,
        sample_description: 'Mystery scan',
      })
      .execute();
    const page = await agent.get('/app/attention');
    expect(page.body).toContain('https://hooks.shop.example/in');
    expect(page.body).toContain('failed for 3 days');
    expect(page.body).toMatch(/UPS<\/a>:\s*circuit open \(paused\)/);
    expect(page.body).toContain('<code>ZZ9</code>');
    expect(page.body).toContain('Mystery scan');
  });
});
