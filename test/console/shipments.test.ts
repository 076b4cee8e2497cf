import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/console/audit.js';
import { addRecipient } from '../../src/notify/recipients.js';
import { DIALECTS } from '../helpers/dialects.js';
import {
  consoleHarness,
  shipmentWithScans,
  signedIn,
  type ConsoleClient,
  type ConsoleHarness,
} from './harness.js';

const numbersIn = (body: string): string[] =>
  [...body.matchAll(/<tr data-id="[^"]+">\s*<td>\s*<a href="\/app\/shipments\/[^"]+">([A-Z0-9]+)<\/a>/g)].map(
    (m) => m[1]!,
  );

describe.each(DIALECTS)('console shipments (%s)', (dialect) => {
  let h: ConsoleHarness;
  let agent: ConsoleClient;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    h = await consoleHarness(dialect);
    ids['moving'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'MOVE0000000001',
      orderRef: 'ORD-100',
      service: 'Express',
      scans: [{ occurredAt: '2026-11-20T10:00:00+01:00', status: 'in_transit.picked_up' }],
    });
    ids['problem'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'PROB0000000002',
      orderRef: 'ORD-200',
      scans: [
        { occurredAt: '2026-11-20T10:00:00+01:00', status: 'in_transit.picked_up' },
        {
          occurredAt: '2026-11-21T09:30:00-05:00',
          status: 'exception.refused',
          city: 'Chicago',
          country: 'US',
          rawCode: 'RF',
          rawDescription: 'Refused by recipient',
        },
      ],
    });
    ids['done'] = await shipmentWithScans(h, h.auth, {
      trackingNumber: 'DONE0000000003',
      carrier: 'ups',
      scans: [{ occurredAt: '2026-11-22T15:00:00Z', status: 'delivered.signed' }],
    });
    await addRecipient(
      h.store.db,
      {
        tenantId: h.tenantId,
        shipmentId: ids['done']!,
        channel: 'email',
        address: 'kim@example.com',
        details: {},
        locale: 'en',
        timeZone: null,
        consentText: 'x',
      },
      new Date(),
    );
    await shipmentWithScans(h, h.other.auth, { trackingNumber: 'MOVE0000000009', scans: [] });
    agent = await signedIn(h, h.agent);
  });
  afterEach(async () => h.close());

  it('lists the shop’s shipments newest first, and finds them by number, its start, order, email and phone', async () => {
    expect(numbersIn((await agent.get('/app/shipments')).body)).toEqual([
      'DONE0000000003',
      'PROB0000000002',
      'MOVE0000000001',
    ]);
    expect(numbersIn((await agent.get('/app/shipments?q=move 0000 000001')).body)).toEqual([
      'MOVE0000000001',
    ]);
    expect(numbersIn((await agent.get('/app/shipments?q=PROB')).body)).toEqual(['PROB0000000002']);
    expect(numbersIn((await agent.get('/app/shipments?q=ORD-200')).body)).toEqual(['PROB0000000002']);
    expect(numbersIn((await agent.get('/app/shipments?q=%23ord-200')).body)).toEqual(['PROB0000000002']);
    expect((await agent.get('/app/shipments?q=%23')).statusCode).toBe(200);
    expect(numbersIn((await agent.get('/app/shipments?q=Kim@Example.com')).body)).toEqual(['DONE0000000003']);
    expect(numbersIn((await agent.get('/app/shipments?q=nothing-like-it')).body)).toEqual([]);
    await addRecipient(
      h.store.db,
      {
        tenantId: h.tenantId,
        shipmentId: ids['moving']!,
        channel: 'sms',
        address: '+4915112345678',
        details: {},
        locale: 'de',
        timeZone: null,
        consentText: 'x',
      },
      new Date(),
    );
    expect(numbersIn((await agent.get('/app/shipments?q=%2B49 151 12345678')).body)).toEqual([
      'MOVE0000000001',
    ]);
  });

  it('filters by status, carrier, service, problem and who must act, and sorts', async () => {
    const list = async (query: string) => numbersIn((await agent.get(`/app/shipments?${query}`)).body);
    expect(await list('status=delivered')).toEqual(['DONE0000000003']);
    expect(await list('status=delivered&status=in_transit')).toEqual(['DONE0000000003', 'MOVE0000000001']);
    expect(await list('carrier=ups')).toEqual(['DONE0000000003']);
    expect(await list('service=Express')).toEqual(['MOVE0000000001']);
    expect(await list('service=express')).toEqual(['MOVE0000000001']);
    expect(await list('flag=exception')).toEqual(['PROB0000000002']);
    expect(await list('actor=customer')).toEqual(['PROB0000000002']);
    expect(await list('actor=carrier')).toEqual([]);
    expect(await list('sort=oldest')).toEqual(['MOVE0000000001', 'PROB0000000002', 'DONE0000000003']);
    expect(await list('sort=number')).toEqual(['DONE0000000003', 'MOVE0000000001', 'PROB0000000002']);
    const today = new Date().toISOString().slice(0, 10);
    expect(await list(`from=${today}&to=${today}`)).toHaveLength(3);
    expect(await list('to=2020-01-01')).toEqual([]);
    // Junk in the query is ignored, never an error.
    expect(
      (await agent.get('/app/shipments?status=bogus&sort=sideways&from=2026-02-30&flag=x')).statusCode,
    ).toBe(200);
  });

  it('pages with cursors forwards and back', async () => {
    for (let i = 0; i < 120; i++)
      await h.app.inject({
        method: 'POST',
        url: '/v1/shipments',
        headers: h.auth,
        payload: { trackingNumber: `PAGE${String(i).padStart(10, '0')}`, carrier: 'waybill' },
      });
    const first = await agent.get('/app/shipments?sort=number');
    const firstRows = numbersIn(first.body);
    expect(firstRows).toHaveLength(50);
    const next = /href="([^"]*after=[^"]*)" rel="next"/.exec(first.body)?.[1]?.replaceAll('&amp;', '&');
    const second = await agent.get(next!);
    const secondRows = numbersIn(second.body);
    expect(secondRows[0]! > firstRows[49]!).toBe(true);
    const back = /href="([^"]*before=[^"]*)" rel="prev"/.exec(second.body)?.[1]?.replaceAll('&amp;', '&');
    expect(numbersIn((await agent.get(back!)).body)).toEqual(firstRows);
    const seen = new Set<string>();
    let url: string | undefined = '/app/shipments?sort=number';
    while (url) {
      const page = await agent.get(url);
      for (const n of numbersIn(page.body)) seen.add(n);
      url = /href="([^"]*after=[^"]*)" rel="next"/.exec(page.body)?.[1]?.replaceAll('&amp;', '&');
    }
    expect(seen.size).toBe(123);
  });

  it('exports the filtered list as CSV that parses, with formulas neutralised', async () => {
    await h.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: h.auth,
      payload: { trackingNumber: 'CSV00000000001', carrier: 'waybill', orderRef: '=HYPERLINK("x")' },
    });
    const response = await agent.get('/app/shipments.csv?archived=include');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['tracking_number']).sort()).toEqual([
      'CSV00000000001',
      'DONE0000000003',
      'MOVE0000000001',
      'PROB0000000002',
    ]);
    expect(rows.find((r) => r['tracking_number'] === 'PROB0000000002')).toMatchObject({
      status: 'exception',
      substatus: 'exception.refused',
      exception_reason: 'consignee',
      order_ref: 'ORD-200',
    });
    expect(rows.find((r) => r['tracking_number'] === 'CSV00000000001')?.['order_ref']).toBe(
      '\'=HYPERLINK("x")',
    );
    const filtered = parse((await agent.get('/app/shipments.csv?status=delivered')).body, {
      columns: true,
    }) as Record<string, string>[];
    expect(filtered.map((r) => r['tracking_number'])).toEqual(['DONE0000000003']);
  });

  it('shows a shipment: scans in each place’s local time with code and payload, and the page link', async () => {
    const page = await agent.open(`/app/shipments/${ids['problem']}`);
    expect(page.statusCode).toBe(200);
    // 09:30 in Chicago (UTC−5) is shown as 09:30, labelled with its offset.
    expect(page.body).toMatch(/Sat 21 Nov, 09:30<\/time>\s*<span class="small muted">\(UTC-05:00\)/);
    // The summary's last scan is that same newest scan, read the same way, not in the viewer's zone.
    expect(page.body).toMatch(
      /<dt>Last scan<\/dt>\s*<dd>\s*<time datetime="[^"]+">Sat 21 Nov, 09:30<\/time>\s*<span class="small muted">\(UTC-05:00\)/,
    );
    expect(page.body).toContain('<code>RF</code>');
    expect(page.body).toContain('Refused by recipient');
    expect(page.body).toContain('Carrier payload');
    expect(page.body).toContain('&quot;rawCode&quot;: &quot;RF&quot;');
    expect(page.body).toMatch(/http:\/\/localhost:3000\/t\/[A-Za-z0-9_-]{24}/);
    expect(page.body).toContain('The customer must act');
  });

  it('carries out every action, audits each, and lets a viewer do none', async () => {
    const id = ids['problem']!;
    const base = `/app/shipments/${id}`;
    await agent.open(base);
    const act = async (path: string, fields: Record<string, string>) => {
      const response = await agent.post(`${base}${path}`, fields);
      expect(response.statusCode, `${path}: ${response.body.slice(0, 200)}`).toBe(303);
      return response;
    };
    await act('/notes', { body: 'Called the customer; will accept on Monday.' });
    await act('/exception', { action: 'acknowledge', reason: 'waiting for the customer' });
    await act('/exception', { action: 'resolve', reason: 'customer accepted' });
    await act('/carrier', { carrier: 'dhl' });
    await act('/notifications/pause', { paused: '1' });
    await act('/archive', { archived: '1' });
    await act('/scans', {
      status: 'out_for_delivery.rescheduled',
      occurredAt: '2026-11-23T08:15',
      zone: 'America/Chicago',
      city: 'Chicago',
      country: 'US',
      description: 'Redelivery booked',
    });
    const row = await h.store.db
      .selectFrom('shipments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ carrier: 'dhl', notifications_paused: 1, status: 'out_for_delivery' });
    expect(row.archived_at).not.toBeNull();
    const scan = await h.store.db
      .selectFrom('tracking_events')
      .selectAll()
      .where('shipment_id', '=', id)
      .where('source_mode', '=', 'manual')
      .executeTakeFirstOrThrow();
    expect(scan).toMatchObject({
      occurred_at: '2026-11-23T14:15:00.000Z',
      zone: 'America/Chicago',
      raw_description: 'Redelivery booked',
    });
    const page = await agent.get(base);
    expect(page.body).toContain('Called the customer; will accept on Monday.');
    expect(page.body).toContain('Mon 23 Nov, 08:15');
    // The next manual scan starts from where the parcel is now.
    expect(page.body).toMatch(/<option value="out_for_delivery\.rescheduled"\s+selected>/);
    const actions = (await listAudit(h.store.db, h.tenantId, { targetId: id, limit: 50 }))
      .map((a) => a.action)
      .sort();
    expect(actions).toEqual(
      [
        'carrier.corrected',
        'exception.acknowledged',
        'exception.resolved',
        'note.added',
        'notifications.paused',
        'scan.added',
        'shipment.archived',
      ].sort(),
    );
    await act('/archive', { archived: '0' });
    await act('/notifications/pause', { paused: '0' });

    const viewer = await signedIn(h, h.viewer);
    await viewer.open(base);
    const before = await h.store.db
      .selectFrom('shipments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    for (const [path, fields] of [
      ['/notes', { body: 'viewer note' }],
      ['/exception', { action: 'resolve', reason: 'x' }],
      ['/carrier', { carrier: 'ups' }],
      ['/notifications/pause', { paused: '1' }],
      ['/archive', { archived: '1' }],
      ['/scans', { status: 'delivered.standard', occurredAt: '2026-11-24T10:00', zone: 'UTC' }],
    ] as const) {
      const response = await viewer.post(`${base}${path}`, fields);
      expect(response.statusCode, path).toBe(403);
    }
    expect(
      await h.store.db.selectFrom('shipments').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    ).toEqual(before);
    expect((await viewer.get(base)).body).toContain('Your role can look, not act.');
  });

  it('refuses a bad manual scan with the reason, and stores nothing', async () => {
    const base = `/app/shipments/${ids['moving']}`;
    await agent.open(base);
    const count = async () =>
      (
        await h.store.db
          .selectFrom('tracking_events')
          .select('id')
          .where('shipment_id', '=', ids['moving']!)
          .execute()
      ).length;
    const before = await count();
    for (const [fields, reason] of [
      [
        { status: 'flying', occurredAt: '2026-11-23T08:15', zone: 'UTC' },
        '&quot;flying&quot; is not a status',
      ],
      [
        { status: 'delivered.standard', occurredAt: 'yesterday', zone: 'UTC' },
        'the scan time must be a local date and time',
      ],
      [
        { status: 'delivered.standard', occurredAt: '2026-11-23T08:15', zone: 'Mars/Olympus' },
        '&quot;Mars/Olympus&quot; is not a time zone',
      ],
      [{ status: 'delivered.standard', occurredAt: '2026-02-30T08:15', zone: 'UTC' }, 'the scan time'],
      [
        { status: 'delivered.standard', occurredAt: '1970-01-01T00:00', zone: 'UTC' },
        'the scan time is before the year 2000',
      ],
      [
        { status: 'delivered.standard', occurredAt: '2026-11-23T08:15', zone: 'UTC', country: 'ZZ' },
        '&quot;ZZ&quot; is not a country code',
      ],
    ] as const) {
      const response = await agent.post(`${base}/scans`, fields);
      expect(response.statusCode).toBe(400);
      // The page names what was wrong.
      expect(response.body).toContain(reason);
    }
    expect(await count()).toBe(before);
  });

  it('asks for a reason to acknowledge or resolve an exception, and keeps nothing without one', async () => {
    const base = `/app/shipments/${ids['problem']}`;
    await agent.open(base);
    const marks = () =>
      h.store.db
        .selectFrom('attention_marks')
        .select('state')
        .where('shipment_id', '=', ids['problem']!)
        .execute();
    const before = await marks();
    for (const fields of [
      { action: 'acknowledge', reason: '' },
      { action: 'resolve', reason: '   ' },
      { action: 'acknowledge', reason: 'x'.repeat(501) },
    ]) {
      const response = await agent.post(`${base}/exception`, fields);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('give a reason of 1 to 500 characters');
    }
    expect(await marks()).toEqual(before);
  });

  it('resends a sent notification as a new message with its own idempotency key', async () => {
    const now = new Date().toISOString();
    const recipient = await h.store.db
      .selectFrom('notification_recipients')
      .select('id')
      .where('shipment_id', '=', ids['done']!)
      .executeTakeFirstOrThrow();
    await h.store.db
      .insertInto('notification_messages')
      .values({
        id: 'MSG-1',
        tenant_id: h.tenantId,
        shipment_id: ids['done']!,
        recipient_id: recipient.id,
        firing_id: 'F1',
        channel: 'email',
        idempotency_key: 'first-key',
        event_type: 'delivered',
        context: '{"topics":[]}',
        status: 'sent',
        due_at: now,
        attempts: 1,
        claimed_by: null,
        claimed_until: null,
        provider_id: 'p1',
        provider_status: null,
        last_error: null,
        created_at: now,
        updated_at: now,
        sent_at: now,
      })
      .execute();
    const base = `/app/shipments/${ids['done']}`;
    const page = await agent.open(base);
    expect(page.body).toContain(`${base}/notifications/MSG-1/resend`);
    expect((await agent.post(`${base}/notifications/MSG-1/resend`, {})).statusCode).toBe(303);
    const messages = await h.store.db
      .selectFrom('notification_messages')
      .selectAll()
      .where('shipment_id', '=', ids['done']!)
      .orderBy('id')
      .execute();
    expect(messages).toHaveLength(2);
    const copy = messages.find((m) => m.id !== 'MSG-1')!;
    expect(copy).toMatchObject({
      status: 'pending',
      attempts: 0,
      channel: 'email',
      recipient_id: recipient.id,
    });
    expect(copy.idempotency_key).not.toBe('first-key');
    expect((await agent.post(`${base}/notifications/NOPE/resend`, {})).statusCode).toBe(404);
  });
});
