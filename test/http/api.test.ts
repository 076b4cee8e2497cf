import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { testApp, type TestApp } from '../helpers/app.js';

const event = (overrides: Record<string, unknown> = {}) => ({
  trackingNumber: 'WB1234567890',
  occurredAt: '2026-11-20T09:15:00+01:00',
  status: 'in_transit.origin_facility',
  rawDescription: 'Arrived at the depot',
  location: { city: 'Berlin', country: 'DE' },
  ...overrides,
});

describe.each(DIALECTS)('HTTP API on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(() => t.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload: payload as string, headers: { ...t.auth, ...headers } });

  it('answers /healthz without a key', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: dialect });
  });

  it('answers /readyz: ready when the schema is current, 503 naming what is missing when it is behind', async () => {
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: dialect });

    const behind = await testApp(dialect);
    try {
      await sql`delete from kysely_migration where name = ${'0009-ordered-at'}`.execute(behind.store.db);
      const res = await behind.app.inject('/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'unavailable', pendingMigrations: ['0009-ordered-at'] });
      // /healthz is about being alive, and still says so.
      expect((await behind.app.inject('/healthz')).statusCode).toBe(200);
    } finally {
      await behind.close();
    }
  });

  it('answers 200 for a stored batch even when its raw payload cannot be kept afterwards', async () => {
    // The payload is written after the scans' commit; the database failing in between (here: its
    // table gone) must not turn a stored batch into an error the client would count as refused.
    await sql`drop table raw_payloads`.execute(t.store.db);
    const res = await post('/v1/events', { events: [event()] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 1 });
    const stored = await t.store.db.selectFrom('tracking_events').select('id').execute();
    expect(stored).toHaveLength(1);
  });

  it('refuses a missing or wrong key with problem+json', async () => {
    const none = await t.app.inject('/v1/shipments');
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toContain('application/problem+json');
    const wrong = await t.app.inject({ url: '/v1/shipments', headers: { authorization: 'Bearer wb_nope' } });
    expect(wrong.json()).toMatchObject({
      status: 401,
      code: 'unauthorized',
      detail: expect.stringContaining('unknown'),
    });
  });

  it('registers a shipment once and returns the existing one the second time', async () => {
    const body = {
      trackingNumber: 'ab-123 456 789',
      carrier: 'custom',
      orderRef: 'ORDER-1',
      destination: { country: 'de' },
      orderedAt: '2026-11-20T09:15:00+01:00',
      promisedDate: '2026-11-27',
    };
    const first = await post('/v1/shipments', body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      orderedAt: '2026-11-20T08:15:00.000Z',
      promisedDate: '2026-11-27',
      trackingNumber: 'AB123456789',
      status: 'pending',
      substatus: 'pending.registered',
      destination: { country: 'DE' },
    });
    const second = await post('/v1/shipments', body);
    expect(second.statusCode).toBe(200);
    expect(second.json().id).toBe(first.json().id);
  });

  it('ingests events and shows the shipment with its timeline in local time', async () => {
    const res = await post('/v1/events', {
      events: [
        event(),
        event({ occurredAt: '2026-11-21T08:00:00', zone: 'Europe/Berlin', status: 'out_for_delivery' }),
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    const list = await t.app.inject({ url: '/v1/shipments?tracking_number=wb-1234567890', headers: t.auth });
    const [shipment] = list.json().data;
    expect(shipment).toMatchObject({ carrier: 'custom', status: 'out_for_delivery' });
    const detail = await t.app.inject({ url: `/v1/shipments/${shipment.id}`, headers: t.auth });
    expect(detail.json().timeline.map((e: { localTime: string }) => e.localTime)).toEqual([
      '2026-11-20T09:15:00+01:00',
      '2026-11-21T08:00:00+01:00',
    ]);
  });

  it('pages through shipments with a cursor and filters by status', async () => {
    for (let i = 0; i < 5; i += 1) {
      await post('/v1/events', {
        events: [event({ trackingNumber: `WB00000000${i}`, status: i % 2 ? 'delivered' : 'in_transit' })],
      });
    }
    const page1 = (await t.app.inject({ url: '/v1/shipments?limit=2', headers: t.auth })).json();
    const page2 = (
      await t.app.inject({ url: `/v1/shipments?limit=2&cursor=${page1.nextCursor}`, headers: t.auth })
    ).json();
    const page3 = (
      await t.app.inject({ url: `/v1/shipments?limit=2&cursor=${page2.nextCursor}`, headers: t.auth })
    ).json();
    const numbers = [...page1.data, ...page2.data, ...page3.data].map(
      (s: { trackingNumber: string }) => s.trackingNumber,
    );
    expect(numbers).toEqual(['WB000000004', 'WB000000003', 'WB000000002', 'WB000000001', 'WB000000000']);
    expect(page3.nextCursor).toBeNull();
    const delivered = (await t.app.inject({ url: '/v1/shipments?status=delivered', headers: t.auth })).json();
    expect(delivered.data).toHaveLength(2);
  });

  it('keeps one tenant out of another tenant’s shipments', async () => {
    const res = await post('/v1/events', { events: [event()] });
    expect(res.statusCode).toBe(200);
    const [shipment] = (await t.app.inject({ url: '/v1/shipments', headers: t.auth })).json().data;
    const { createApiKey, createTenant } = await import('../../src/store/repositories/tenants.js');
    const other = await createTenant(t.store.db, 'Other', new Date());
    const { key } = await createApiKey(t.store.db, other.id, 'other', new Date());
    const peek = await t.app.inject({
      url: `/v1/shipments/${shipment.id}`,
      headers: { authorization: `Bearer ${key}` },
    });
    expect(peek.statusCode).toBe(404);
  });

  describe('bad input gets a clear problem and changes nothing', () => {
    const expectNothingStored = async () => {
      const list = await t.app.inject({ url: '/v1/shipments', headers: t.auth });
      expect(list.json().data).toEqual([]);
    };

    it('malformed JSON', async () => {
      const res = await post('/v1/events', '{"events": [', { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'malformed_json',
        type: expect.stringContaining('malformed-json'),
      });
      await expectNothingStored();
    });

    it('unknown fields, named', async () => {
      const res = await post('/v1/shipments', {
        trackingNumber: 'AB123456',
        carrier: 'custom',
        colour: 'red',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toContainEqual({ field: 'body.colour', message: 'is not a known field' });
      await expectNothingStored();
    });

    it('a tracking number that cannot be one', async () => {
      const res = await post('/v1/shipments', { trackingNumber: '!!', carrier: 'custom' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        { field: 'body.trackingNumber', message: expect.stringContaining('4 to 40 letters or digits') },
      ]);
      await expectNothingStored();
    });

    it('an unknown field is one clear line, and a bad enum lists the allowed values', async () => {
      const res = await post('/v1/shipments', {
        trackingNumber: 'AB123456',
        carrier: 'custom',
        colour: 'red',
      });
      expect(res.json()).toMatchObject({ detail: 'body.colour is not a known field' });
      const flying = await t.app.inject({ url: '/v1/shipments?status=flying', headers: t.auth });
      expect(flying.statusCode).toBe(400);
      expect(flying.json().detail).toContain('in_transit');
    });

    it('an impossible promised date and a made-up cursor', async () => {
      const res = await post('/v1/shipments', {
        trackingNumber: 'AB123456',
        carrier: 'custom',
        promisedDate: '2026-02-31',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        { field: 'body.promisedDate', message: expect.stringContaining('calendar date') },
      ]);
      for (const [orderedAt, message] of [
        ['2026-11-20T09:15:00', 'with its offset'],
        ['2026-02-30T10:00:00Z', 'a real ISO 8601 date'],
        ['yesterday', 'with its offset'],
        ['1970-01-01T00:00:00Z', 'before the year 2000'],
        ['2099-01-01T00:00:00Z', 'more than a day in the future'],
      ] as const) {
        const ordered = await post('/v1/shipments', {
          trackingNumber: 'AB123456',
          carrier: 'custom',
          orderedAt,
        });
        expect(ordered.statusCode, orderedAt).toBe(400);
        expect(ordered.json().errors).toEqual([
          { field: 'body.orderedAt', message: expect.stringContaining(message) },
        ]);
      }
      const cursor = await t.app.inject({ url: '/v1/shipments?cursor=garbage', headers: t.auth });
      expect(cursor.statusCode).toBe(400);
      expect(cursor.json().errors[0].field).toBe('querystring.cursor');
      await expectNothingStored();
    });

    it('wrong types, named', async () => {
      const res = await post('/v1/events', { events: [event({ trackingNumber: 12345678 })] });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('body.events.0.trackingNumber');
      await expectNothingStored();
    });

    it('a 10 MB body gets 413', async () => {
      const huge = JSON.stringify({ events: [event({ rawDescription: 'x'.repeat(10 * 1024 * 1024) })] });
      const res = await post('/v1/events', huge, { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ code: 'payload_too_large' });
      await expectNothingStored();
    });

    it('a body that is not JSON gets 415 naming the type, not a schema complaint', async () => {
      for (const type of ['text/plain', 'text/plain; charset=utf-8', 'application/xml']) {
        const res = await post('/v1/events', JSON.stringify({ events: [event()] }), { 'content-type': type });
        expect(res.statusCode).toBe(415);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({
          code: 'unsupported_media_type',
          detail: expect.stringContaining('application/json'),
        });
      }
      await expectNothingStored();
    });

    it('a URL part longer than any route takes is a 414 problem, on the API and the public pages', async () => {
      for (const url of [`/t/${'a'.repeat(1000)}`, `/v1/shipments/${'a'.repeat(1000)}`]) {
        const res = await t.app.inject({ url, headers: t.auth });
        expect(res.statusCode).toBe(414);
        expect(res.headers['content-type']).toContain('application/problem+json');
        // The problem names the path without repeating all of it.
        expect(res.json()).toMatchObject({
          status: 414,
          code: 'uri_too_long',
          instance: `${url.slice(0, 256)}…`,
        });
      }
    });

    it('a batch with only invalid scans gets 422-style validation and stores nothing', async () => {
      const res = await post('/v1/events', { events: [event({ status: 'flying' })] });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        { field: 'events.0.status', message: '"flying" is not a status or substatus code' },
      ]);
      await expectNothingStored();
    });

    it('an unknown route and an unknown shipment are 404 problems', async () => {
      expect((await t.app.inject({ url: '/v1/nothing', headers: t.auth })).json()).toMatchObject({
        status: 404,
      });
      const res = await t.app.inject({ url: '/v1/shipments/01ABC', headers: t.auth });
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toContain('01ABC');
    });

    it('SQL-looking and HTML-looking strings are stored and returned inert', async () => {
      const sqlish = "x'); DROP TABLE shipments; --";
      const htmlish = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const res = await post('/v1/events', {
        events: [
          event({ rawDescription: htmlish, rawCode: sqlish, location: { city: sqlish, country: 'DE' } }),
        ],
      });
      expect(res.statusCode).toBe(200);
      const created = await post('/v1/shipments', {
        trackingNumber: 'ZZ12345678',
        carrier: 'custom',
        orderRef: sqlish,
      });
      expect(created.json().orderRef).toBe(sqlish);
      const [shipment] = (
        await t.app.inject({ url: '/v1/shipments?tracking_number=WB1234567890', headers: t.auth })
      ).json().data;
      const detail = (await t.app.inject({ url: `/v1/shipments/${shipment.id}`, headers: t.auth })).json();
      expect(detail.timeline[0]).toMatchObject({
        rawDescription: htmlish,
        rawCode: sqlish,
        location: { city: sqlish },
      });
      const all = (await t.app.inject({ url: '/v1/shipments', headers: t.auth })).json();
      expect(all.data).toHaveLength(2);
    });
  });

  it('serves an OpenAPI 3.1 document generated from the routes', async () => {
    const doc = (await t.app.inject('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/shipments', '/v1/shipments/{id}', '/v1/events', '/healthz']),
    );
    expect(
      doc.paths['/v1/events'].post.requestBody.content['application/json'].schema.properties.events,
    ).toBeDefined();
  });
});
