import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInterchange, sampleTransaction } from '../../src/carriers/x12-214/build-interchange.js';
import { DIALECTS } from '../helpers/dialects.js';
import { testApp, type TestApp } from '../helpers/app.js';

const fixture = (path: string) =>
  readFileSync(new URL(`../../src/carriers/${path}`, import.meta.url), 'utf8');

describe.each(DIALECTS)('file imports on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(() => t.close());

  const upload = (url: string, body: string, type: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { ...t.auth, 'content-type': type, ...headers },
    });
  const shipments = async () => {
    const res = await t.app.inject({ url: '/v1/shipments?limit=200', headers: t.auth });
    return (res.json() as { data: { trackingNumber: string; status: string; id: string }[] }).data;
  };
  const counts = async () => {
    const count = async (table: 'shipments' | 'tracking_events') =>
      Number(
        (
          await t.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { shipments: await count('shipments'), events: await count('tracking_events') };
  };

  it('lists the import routes in the OpenAPI document', async () => {
    const res = await t.app.inject('/openapi.json');
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v1/imports/edi',
        '/v1/imports/events.csv',
        '/v1/imports/shipments.csv',
        '/epcis/capture',
      ]),
    );
  });

  describe('POST /v1/imports/edi', () => {
    it('stores the scans of every transaction and registers the shipments, once', async () => {
      const text = fixture('x12-214/fixtures/one-interchange-three-shipments.edi');
      const first = await upload('/v1/imports/edi', text, 'application/edi-x12');
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ accepted: 6, duplicates: 0, rejected: 0, problems: [] });
      const byNumber = Object.fromEntries((await shipments()).map((s) => [s.trackingNumber, s.status]));
      // PRO7781236 ends on a code the map does not know: kept raw, on the safe in_transit.
      expect(byNumber).toEqual({
        PRO7781234: 'delivered',
        PRO7781235: 'exception',
        PRO7781236: 'in_transit',
      });
      // The same file again, as text/plain: nothing new.
      const again = await upload('/v1/imports/edi', text, 'text/plain');
      expect(again.json()).toMatchObject({ accepted: 0, duplicates: 6 });
    });

    it('shows a local-time scan in its place’s zone', async () => {
      await upload('/v1/imports/edi', fixture('x12-214/fixtures/local-times.edi'), 'application/edi-x12');
      const [shipment] = (await shipments()).filter((s) => s.trackingNumber === '88120455');
      const res = await t.app.inject({ url: `/v1/shipments/${shipment?.id}`, headers: t.auth });
      const delivered = (
        res.json() as { timeline: { occurredAt: string; zone: string; status: string }[] }
      ).timeline.find((e) => e.status === 'delivered');
      // 11:05 in Flagstaff (Arizona, UTC−7 all year) is 18:05 UTC.
      expect(delivered).toMatchObject({ occurredAt: '2026-11-22T18:05:00.000Z', zone: 'America/Phoenix' });
    });

    it('stores the good transactions of a damaged file and reports the bad ones by segment', async () => {
      const res = await upload(
        '/v1/imports/edi',
        fixture('x12-214/fixtures/bad-segments.edi'),
        'application/edi-x12',
      );
      expect(res.statusCode).toBe(200);
      const body = res.json() as { accepted: number; problems: { at: string; message: string }[] };
      expect(body.accepted).toBe(1);
      expect(body.problems.map((p) => p.at)).toContain('segment 6');
      expect(body.problems.find((p) => p.at === 'segment 6')?.message).toMatch(/not an X12 segment/);
    });

    it.each([
      [
        'a CSV file',
        'tracking_number,status\n1Z999,delivered\n',
        'text/plain',
        400,
        /must start with an ISA/,
      ],
      ['a truncated ISA', 'ISA*00*          *00*', 'application/edi-x12', 400, /ISA/],
      ['JSON', '{"a":1}', 'application/json', 415, /application\/edi-x12/],
      ['an empty body', ' ', 'application/edi-x12', 400, /empty/],
    ])('refuses %s with problem+json and stores nothing', async (_name, body, type, status, detail) => {
      const res = await upload('/v1/imports/edi', body, type);
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toMatch(detail);
      expect(await counts()).toEqual({ shipments: 0, events: 0 });
    });

    it('refuses a file whose every scan the pipeline rejects, storing nothing', async () => {
      // A tracking number of symbols only: parsed, but no valid number.
      const text = buildInterchange([sampleTransaction('#@!')]);
      const res = await upload('/v1/imports/edi', text, 'application/edi-x12');
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toMatch(/trackingNumber/);
      expect(await counts()).toEqual({ shipments: 0, events: 0 });
    });

    it('needs an API key', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/imports/edi',
        payload: 'ISA',
        headers: { 'content-type': 'text/plain' },
      });
      expect(res.statusCode).toBe(401);
    });
  });

  describe('POST /v1/imports/events.csv', () => {
    it('stores each good line and reports each bad one by its number', async () => {
      const res = await upload(
        '/v1/imports/events.csv',
        fixture('csv-events/fixtures/bad-rows.csv'),
        'text/csv',
      );
      expect(res.statusCode).toBe(200);
      const body = res.json() as { accepted: number; problems: { at: string; kind: string }[] };
      expect(body.accepted).toBe(2);
      expect(body.problems.filter((p) => p.kind === 'invalid_payload').map((p) => p.at)).toEqual([
        'line 3',
        'line 4',
        'line 5',
        'line 6',
        'line 8',
      ]);
      expect((await shipments()).map((s) => [s.trackingNumber, s.status])).toEqual([
        ['WB0000000002', 'delivered'],
      ]);
    });

    it('refuses a file without the required columns, storing nothing', async () => {
      const res = await upload(
        '/v1/imports/events.csv',
        fixture('csv-events/fixtures/missing-columns.csv'),
        'text/csv',
      );
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'line 1' }] });
      expect(await counts()).toEqual({ shipments: 0, events: 0 });
    });
  });

  describe('POST /v1/imports/shipments.csv', () => {
    it('registers each valid row, detects the carrier when none is given, and reports every row', async () => {
      const csv = [
        'tracking_number,carrier,order_ref,destination_city,destination_country,promised_date,ordered_at',
        'WB-1000-0001,custom,ORDER-1,Berlin,de,2026-12-01,2026-11-24T18:30:00+01:00',
        '1Z4F87W20342619083,,ORDER-2,Austin,US,,',
        'WB10000002,custom,ORDER-3,,Germany,,',
        'ZZ,,ORDER-4,,,,',
        'WB10000001,custom,ORDER-1 again,,,,',
        'WB10000003,custom,ORDER-5,,,,2026-11-24 18:30',
      ].join('\n');
      const res = await upload('/v1/imports/shipments.csv', csv, 'text/csv');
      expect(res.statusCode).toBe(200);
      const body = res.json() as {
        created: number;
        existing: number;
        rejected: number;
        rows: Record<string, unknown>[];
      };
      expect(body).toMatchObject({ created: 2, existing: 1, rejected: 3 });
      expect(body.rows.map((r) => [r['line'], r['outcome'], r['carrier']])).toEqual([
        [2, 'created', 'custom'],
        [3, 'created', 'ups'],
        [4, 'rejected', undefined],
        [5, 'rejected', undefined],
        [6, 'existing', 'custom'],
        [7, 'rejected', undefined],
      ]);
      expect(body.rows[5]?.['message']).toMatch(
        /ordered_at "2026-11-24 18:30" must be a real ISO 8601 date and time with its offset/,
      );
      expect(body.rows[2]?.['message']).toMatch(/destination_country "GERMANY"/);
      const listed = await t.app.inject({ url: '/v1/shipments?tracking_number=WB10000001', headers: t.auth });
      expect(listed.json().data[0]).toMatchObject({
        orderRef: 'ORDER-1',
        promisedDate: '2026-12-01',
        orderedAt: '2026-11-24T17:30:00.000Z',
        destination: { city: 'Berlin', country: 'DE' },
      });
    });

    it.each([
      ['no tracking_number column', 'number,carrier\nWB10000001,custom\n'],
      ['only bad rows', 'tracking_number,carrier\n!!,custom\n'],
    ])('refuses a file with %s, storing nothing', async (_name, csv) => {
      const res = await upload('/v1/imports/shipments.csv', csv, 'text/csv');
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toMatch(/^line \d+$/);
      expect(await counts()).toEqual({ shipments: 0, events: 0 });
    });
  });

  describe('POST /epcis/capture', () => {
    const capture = (body: unknown, headers: Record<string, string> = {}) =>
      upload('/epcis/capture', JSON.stringify(body), 'application/ld+json', headers);
    const document = () => JSON.parse(fixture('epcis/fixtures/document-with-master-data.json')) as unknown;

    it('captures ObjectEvents as scans and answers with the finished capture job', async () => {
      const res = await capture(document());
      expect(res.statusCode).toBe(201);
      expect(res.headers['gs1-epcis-version']).toBe('2.0.0');
      expect(res.json()).toMatchObject({
        running: false,
        success: true,
        captureErrorBehaviour: 'rollback',
        accepted: 5,
        rejected: 0,
        problems: [{ kind: 'unsupported', at: '/epcisBody/eventList/2' }],
      });
      const statuses = Object.fromEntries((await shipments()).map((s) => [s.trackingNumber, s.status]));
      expect(statuses).toEqual({
        '794461726509': 'in_transit',
        '040123450000001112': 'delivered',
        '340123450000001124': 'exception',
      });
    });

    it('captures nothing when one event is invalid, unless told to proceed', async () => {
      const events = JSON.parse(fixture('epcis/fixtures/event-list-with-problems.json')) as unknown;
      const rolledBack = await capture(events);
      expect(rolledBack.statusCode).toBe(400);
      expect(rolledBack.json().errors.map((e: { field: string }) => e.field)).toEqual(['/2', '/3', '/5']);
      expect(await counts()).toEqual({ shipments: 0, events: 0 });

      const proceeded = await capture(events, { 'gs1-capture-error-behaviour': 'proceed' });
      expect(proceeded.statusCode).toBe(201);
      expect(proceeded.json()).toMatchObject({
        success: false,
        accepted: 4,
        errors: [expect.stringMatching(/^\/2: eventTime/), expect.any(String), expect.any(String)],
      });
    });

    it('takes application/json too, and refuses what is not EPCIS', async () => {
      const json = await upload('/epcis/capture', JSON.stringify(document()), 'application/json');
      expect(json.statusCode).toBe(201);
      const broken = await upload('/epcis/capture', '{"type":"EPCISDocument"', 'application/ld+json');
      expect(broken.statusCode).toBe(400);
      expect(broken.headers['content-type']).toContain('application/problem+json');
      const other = await capture({ hello: 'world' });
      expect(other.statusCode).toBe(400);
      expect(other.json().detail).toMatch(/EPCISDocument/);
    });

    it('needs an API key as a Bearer token', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/epcis/capture',
        payload: {},
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });
  });
});
