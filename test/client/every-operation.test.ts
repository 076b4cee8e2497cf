import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aftershipSignature } from '../../src/carriers/aftership/index.js';
import { createWaybillClient, unwrap, WaybillProblem, type WaybillClient } from '../../src/client/index.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { waitForValue } from '../notify/wait-value.js';
import { webhookHarness, type WebhookHarness } from '../notify/webhook-harness.js';

// Issue 16: every /v1 operation of the served OpenAPI document, driven through `waybill/client`
// against a listening server, with its answer typed and at least one refusal read back as a
// WaybillProblem. The last test compares what was driven with the document, so an operation
// added to the API without a test here fails this file.

const AFTERSHIP_SECRET = 'as-secret-every-operation';
const AFTERSHIP_NUMBER = '794461726509';
const UNKNOWN_ID = '01ZZZZZZZZZZZZZZZZZZZZZZZZ';

const fixture = (path: string) =>
  readFileSync(new URL(`../../src/carriers/${path}`, import.meta.url), 'utf8');

/**
 * The import routes and the carrier webhook read the body as text (EDI, CSV, a provider's signed
 * bytes), and their schemas declare no request body (only `consumes`), so the generated types
 * say `body?: never`. The text goes in with a cast, a serializer that leaves it as it is (the
 * default would JSON-encode the string) and its own content type.
 */
const textBody = (text: string, contentType: string, headers: Record<string, string> = {}) => ({
  body: text as never,
  bodySerializer: (body: unknown) => body,
  headers: { 'content-type': contentType, ...headers },
});

/** The refusal `unwrap` throws for this call; fails the test when the call succeeds. */
async function refusal(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<WaybillProblem> {
  const outcome = await unwrap(call).then(
    (data: unknown) => ({ data }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a refusal, got ${JSON.stringify(outcome.data)}`);
  expect(outcome.error).toBeInstanceOf(WaybillProblem);
  return outcome.error as WaybillProblem;
}

const fieldsOf = (problem: WaybillProblem) => (problem.problem.errors ?? []).map((e) => e.field);

describe.each(DIALECTS)('every /v1 operation through waybill/client on %s', (dialect) => {
  let h: WebhookHarness;
  let url: string;
  let client: WaybillClient;
  /** The same server with a key it does not know. */
  let stranger: WaybillClient;
  /** "METHOD /path" → every status the server answered through either client. */
  const answered = new Map<string, number[]>();

  /** Records each answer by the document path it was sent to: the coverage the last test checks. */
  const recorded = (waybill: WaybillClient): WaybillClient => {
    waybill.use({
      onResponse({ request, schemaPath, response }) {
        const operation = `${request.method} ${schemaPath}`;
        answered.set(operation, [...(answered.get(operation) ?? []), response.status]);
      },
    });
    return waybill;
  };

  beforeAll(async () => {
    h = await webhookHarness(dialect, {
      'carriers.accounts': { aftership: { webhookSecret: AFTERSHIP_SECRET } },
      // Dead letters within the test: a failing delivery gives up after 150 ms.
      'webhooks.retry.windowMs': 150,
      'webhooks.disableAfterDeadLetters': 100,
    });
    url = await h.t.app.listen({ port: 0, host: '127.0.0.1' });
    client = recorded(createWaybillClient({ baseUrl: url, apiKey: h.t.key }));
    stranger = recorded(createWaybillClient({ baseUrl: url, apiKey: 'wb_not_a_key_of_this_server' }));
  });
  afterAll(() => h.close());

  const register = (trackingNumber: string, carrier = 'custom') =>
    unwrap(client.POST('/v1/shipments', { body: { trackingNumber, carrier } }));

  describe('shipments', () => {
    it('POST /v1/shipments registers once per Idempotency-Key, detects or asks for the carrier', async () => {
      const body = {
        trackingNumber: 'wbop-0001',
        carrier: 'custom',
        orderRef: '#1001',
        destination: { city: 'Lyon', country: 'fr' },
        promisedDate: '2026-12-01',
      };
      const headers = { 'idempotency-key': `every-op-${dialect}-1` };
      const first = await client.POST('/v1/shipments', { body, headers });
      expect(first.response.status).toBe(201);
      expect(first.data).toMatchObject({
        trackingNumber: 'WBOP0001',
        carrier: 'custom',
        orderRef: '#1001',
        destination: { city: 'Lyon', country: 'FR' },
        promisedDate: '2026-12-01',
        status: 'pending',
        substatus: 'pending.registered',
        estimate: null,
      });
      const again = await client.POST('/v1/shipments', { body, headers });
      expect(again.response.headers.get('idempotent-replayed')).toBe('true');
      expect(again.data).toEqual(first.data);

      const detected = await unwrap(
        client.POST('/v1/shipments', { body: { trackingNumber: '1z-5r8 939 0357 5671 27' } }),
      );
      expect(detected).toMatchObject({ carrier: 'ups', trackingNumber: '1Z5R89390357567127' });

      const reused = await refusal(
        client.POST('/v1/shipments', { body: { ...body, orderRef: '#1002' }, headers }),
      );
      expect(reused).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
      const ambiguous = await refusal(
        client.POST('/v1/shipments', { body: { trackingNumber: 'CN123456785CN' } }),
      );
      expect(ambiguous).toMatchObject({ status: 409, code: 'carrier_ambiguous' });
      expect(fieldsOf(ambiguous)).toEqual(['carrier']);
      expect(ambiguous.problem['candidates']).toEqual([
        expect.objectContaining({ carrier: 'post-cn' }),
        expect.objectContaining({ carrier: 'dhl' }),
      ]);
      const unknown = await refusal(
        client.POST('/v1/shipments', { body: { trackingNumber: '1Z5R89390357567128' } }),
      );
      expect(unknown).toMatchObject({ status: 422, code: 'carrier_unknown' });
      const empty = await refusal(client.POST('/v1/shipments', { body: { trackingNumber: '' } }));
      expect(empty).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(empty)).toEqual(['body.trackingNumber']);
      const wrongKey = await refusal(stranger.POST('/v1/shipments', { body }));
      expect(wrongKey).toMatchObject({ status: 401, code: 'unauthorized' });
    });

    it('GET /v1/shipments finds by tracking number and refuses a bad limit', async () => {
      const shipment = await register('WBOP0002');
      const found = await unwrap(
        client.GET('/v1/shipments', { params: { query: { tracking_number: 'wbop 0002' } } }),
      );
      expect(found).toEqual({ data: [shipment], nextCursor: null });
      const page = await unwrap(client.GET('/v1/shipments', { params: { query: { limit: 1 } } }));
      expect(page.data).toHaveLength(1);
      expect(page.nextCursor).toBe(page.data[0]?.id);

      const invalid = await refusal(client.GET('/v1/shipments', { params: { query: { limit: 0 } } }));
      expect(invalid).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(invalid)).toEqual(['querystring.limit']);
    });

    it('GET /v1/shipments/{id} reads the shipment with its timeline, and 404s an unknown id', async () => {
      const { id } = await register('WBOP0003');
      const shipment = await unwrap(client.GET('/v1/shipments/{id}', { params: { path: { id } } }));
      expect(shipment).toMatchObject({ id, trackingNumber: 'WBOP0003', status: 'pending', timeline: [] });
      expect(shipment.trackingPageUrl).toEqual(expect.any(String));

      const missing = await refusal(
        client.GET('/v1/shipments/{id}', { params: { path: { id: UNKNOWN_ID } } }),
      );
      expect(missing).toMatchObject({ status: 404, code: 'not_found' });
      expect(missing.problem.detail).toContain(UNKNOWN_ID);
    });
  });

  describe('orders', () => {
    it('POST /v1/orders registers an order with its parcels, updates it, and refuses a bad parcel', async () => {
      const body = {
        orderNumber: `#OP-${dialect}`,
        customer: { email: 'ada@example.com', locale: 'de' },
        parcels: [
          { trackingNumber: 'WBOPORDER01', carrier: 'custom' },
          { trackingNumber: '1Z999AA10123456784' },
        ],
      };
      const created = await client.POST('/v1/orders', { body });
      expect(created.response.status).toBe(201);
      expect(created.data).toMatchObject({
        orderNumber: `#OP-${dialect}`,
        customer: { email: 'ada@example.com', locale: 'de' },
        parcels: [
          { trackingNumber: 'WBOPORDER01', carrier: 'custom' },
          { trackingNumber: '1Z999AA10123456784', carrier: 'ups' },
        ],
      });
      const updated = await client.POST('/v1/orders', {
        body: { ...body, parcels: [{ trackingNumber: 'WBOPORDER02', carrier: 'custom' }] },
      });
      expect(updated.response.status).toBe(200);
      expect(updated.data?.parcels).toHaveLength(3);

      const bad = await refusal(
        client.POST('/v1/orders', {
          body: { orderNumber: '#OP-bad', parcels: [{ trackingNumber: '1Z999AA10123456785' }] },
        }),
      );
      expect(bad).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(bad)).toEqual(['body.parcels.0']);
      const wrongKey = await refusal(stranger.POST('/v1/orders', { body }));
      expect(wrongKey).toMatchObject({ status: 401, code: 'unauthorized' });
    });

    it('GET /v1/orders and /v1/orders/{id} read orders with their parcels, and 404 an unknown id', async () => {
      const page = await unwrap(
        client.GET('/v1/orders', { params: { query: { order_number: `#OP-${dialect}` } } }),
      );
      expect(page.data).toHaveLength(1);
      const order = page.data[0]!;
      expect(await unwrap(client.GET('/v1/orders/{id}', { params: { path: { id: order.id } } }))).toEqual(
        order,
      );
      const missing = await refusal(client.GET('/v1/orders/{id}', { params: { path: { id: UNKNOWN_ID } } }));
      expect(missing).toMatchObject({ status: 404, code: 'not_found' });
      const invalid = await refusal(client.GET('/v1/orders', { params: { query: { limit: 500 } } }));
      expect(fieldsOf(invalid)).toEqual(['querystring.limit']);
    });
  });

  it('POST /v1/events stores the good scans, reports the bad, and refuses an all-bad batch', async () => {
    const { id } = await register('WBOP0010');
    const scan = {
      trackingNumber: 'WBOP0010',
      occurredAt: '2026-11-20T09:15:00+01:00',
      status: 'in_transit.origin_facility',
      rawDescription: 'Arrived at the depot',
      location: { city: 'Berlin', country: 'DE' },
    };
    const sent = await unwrap(
      client.POST('/v1/events', { body: { events: [scan, { ...scan, status: 'flying' }] } }),
    );
    expect(sent).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [{ index: 1, field: 'status', reason: '"flying" is not a status or substatus code' }],
    });
    expect(await unwrap(client.POST('/v1/events', { body: { events: [scan] } }))).toMatchObject({
      accepted: 0,
      duplicates: 1,
    });
    const shipment = await unwrap(client.GET('/v1/shipments/{id}', { params: { path: { id } } }));
    expect(shipment.status).toBe('in_transit');
    expect(shipment.timeline).toMatchObject([
      { substatus: 'in_transit.origin_facility', localTime: '2026-11-20T09:15:00+01:00', voided: false },
    ]);

    // The operation's description says 422 for this; the server answers 400 (validation_failed),
    // which is what test/http/api.test.ts pins too.
    const allBad = await refusal(
      client.POST('/v1/events', { body: { events: [{ ...scan, status: 'flying' }] } }),
    );
    expect(allBad).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(fieldsOf(allBad)).toEqual(['events.0.status']);
  });

  describe('notifications', () => {
    it('POST, GET and DELETE /v1/shipments/{id}/recipients add, list and remove a recipient', async () => {
      const { id } = await register('WBOP0020');
      const body = {
        channel: 'email' as const,
        address: 'Ana@Example.com',
        locale: 'es',
        timeZone: 'Europe/Madrid',
      };
      const added = await client.POST('/v1/shipments/{id}/recipients', { params: { path: { id } }, body });
      expect(added.response.status).toBe(201);
      expect(added.data).toMatchObject({
        channel: 'email',
        address: 'ana@example.com',
        locale: 'es',
        timeZone: 'Europe/Madrid',
        optedOut: false,
      });
      const again = await client.POST('/v1/shipments/{id}/recipients', { params: { path: { id } }, body });
      expect(again.response.status).toBe(200);
      expect(again.data?.id).toBe(added.data?.id);
      const listed = await unwrap(client.GET('/v1/shipments/{id}/recipients', { params: { path: { id } } }));
      expect(listed.data).toEqual([added.data]);

      const recipientId = added.data!.id;
      const removed = await client.DELETE('/v1/shipments/{id}/recipients/{recipientId}', {
        params: { path: { id, recipientId } },
      });
      expect(removed.response.status).toBe(204);
      expect(
        (await unwrap(client.GET('/v1/shipments/{id}/recipients', { params: { path: { id } } }))).data,
      ).toEqual([]);

      const badAddress = await refusal(
        client.POST('/v1/shipments/{id}/recipients', {
          params: { path: { id } },
          body: { channel: 'sms', address: 'call me maybe' },
        }),
      );
      expect(badAddress).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(badAddress)).toEqual(['/address']);
      const unknownShipment = { params: { path: { id: UNKNOWN_ID } } };
      expect(
        await refusal(client.POST('/v1/shipments/{id}/recipients', { ...unknownShipment, body })),
      ).toMatchObject({ status: 404, code: 'not_found' });
      expect(await refusal(client.GET('/v1/shipments/{id}/recipients', unknownShipment))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
      const gone = await refusal(
        client.DELETE('/v1/shipments/{id}/recipients/{recipientId}', {
          params: { path: { id, recipientId } },
        }),
      );
      expect(gone).toMatchObject({ status: 404, code: 'not_found' });
      expect(gone.problem.detail).toContain(recipientId);
    });

    it('GET /v1/shipments/{id}/notifications lists the attempts, and 404s an unknown shipment', async () => {
      const { id } = await register('WBOP0021');
      // No notifier runs in this server: nothing was attempted.
      expect(
        await unwrap(client.GET('/v1/shipments/{id}/notifications', { params: { path: { id } } })),
      ).toEqual({ data: [] });
      const missing = await refusal(
        client.GET('/v1/shipments/{id}/notifications', { params: { path: { id: UNKNOWN_ID } } }),
      );
      expect(missing).toMatchObject({ status: 404, code: 'not_found' });
    });

    it('GET and PUT /v1/notification-rules read and override the channels and the daily cap', async () => {
      const before = await unwrap(client.GET('/v1/notification-rules'));
      expect(before.rules.find((r) => r.topic === 'delivered')).toMatchObject({
        channels: ['email', 'sms', 'push'],
        defaultChannels: ['email', 'sms', 'push'],
        sampleEvent: expect.any(String),
      });
      expect(before.dailyCap).toEqual(expect.any(Number));

      const after = await unwrap(
        client.PUT('/v1/notification-rules', {
          body: { rules: { delivered: { channels: ['email'] }, stalled: { channels: [] } }, dailyCap: 3 },
        }),
      );
      expect(after.dailyCap).toBe(3);
      expect(after.rules.find((r) => r.topic === 'delivered')?.channels).toEqual(['email']);
      expect(after.rules.find((r) => r.topic === 'stalled')?.channels).toEqual([]);
      expect(await unwrap(client.GET('/v1/notification-rules'))).toEqual(after);

      const tooMany = await refusal(client.PUT('/v1/notification-rules', { body: { dailyCap: 0 } }));
      expect(tooMany).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(tooMany)).toEqual(['body.dailyCap']);
      expect(await refusal(stranger.GET('/v1/notification-rules'))).toMatchObject({
        status: 401,
        code: 'unauthorized',
      });
    });

    it('GET and PUT /v1/branding read and set the shop’s presentation', async () => {
      const before = await unwrap(client.GET('/v1/branding'));
      expect(before).toMatchObject({
        name: 'Test shop',
        logoUrl: null,
        primaryColor: expect.stringMatching(/^#/),
      });
      const after = await unwrap(
        client.PUT('/v1/branding', {
          body: { name: 'Parcel & Co', primaryColor: '#112233', supportEmail: 'help@parcel.example' },
        }),
      );
      expect(after).toMatchObject({
        name: 'Parcel & Co',
        primaryColor: '#112233',
        supportEmail: 'help@parcel.example',
        accentColor: before.accentColor,
      });
      expect(await unwrap(client.GET('/v1/branding'))).toEqual(after);

      const badColour = await refusal(client.PUT('/v1/branding', { body: { primaryColor: 'red' } }));
      expect(badColour).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(badColour)).toEqual(['body.primaryColor']);
      expect(await refusal(stranger.GET('/v1/branding'))).toMatchObject({
        status: 401,
        code: 'unauthorized',
      });
    });

    it('GET /v1/notification-previews/{event} renders the sample message as JSON or as the email’s HTML', async () => {
      const email = await unwrap(
        client.GET('/v1/notification-previews/{event}', {
          params: { path: { event: 'delivered' }, query: { locale: 'de', timeZone: 'Europe/Berlin' } },
        }),
      );
      expect(email).toMatchObject({ topic: 'delivered', channel: 'email', locale: 'de' });
      if (typeof email === 'string') throw new Error('expected the JSON preview');
      expect(email.subject.length).toBeGreaterThan(0);
      expect(email.html).toContain('<html');
      const sms = await unwrap(
        client.GET('/v1/notification-previews/{event}', {
          params: { path: { event: 'out_for_delivery' }, query: { channel: 'sms' } },
        }),
      );
      expect(sms).toMatchObject({ channel: 'sms', html: null, segments: { segments: expect.any(Number) } });
      const html = await unwrap(
        client.GET('/v1/notification-previews/{event}', {
          params: { path: { event: 'delivered' }, query: { format: 'html' } },
          parseAs: 'text',
        }),
      );
      expect(html).toMatch(/^<!doctype html>/i);

      const badZone = await refusal(
        client.GET('/v1/notification-previews/{event}', {
          params: { path: { event: 'delivered' }, query: { timeZone: 'Mars/Olympus' } },
        }),
      );
      expect(badZone).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(badZone)).toEqual(['/timeZone']);
    });
  });

  it('GET /v1/detect ranks the carriers a number fits, and needs a number', async () => {
    const detected = await unwrap(
      client.GET('/v1/detect', { params: { query: { number: 'cn 123 456 785 cn' } } }),
    );
    expect(detected).toMatchObject({
      normalized: 'CN123456785CN',
      ambiguous: true,
      candidates: [{ carrier: 'post-cn', checkDigit: 'verified' }, { carrier: 'dhl' }],
      reason: null,
    });
    const none = await unwrap(client.GET('/v1/detect', { params: { query: { number: 'hello' } } }));
    expect(none).toMatchObject({ candidates: [], reason: expect.stringContaining('No carrier recognises') });
    const empty = await refusal(client.GET('/v1/detect', { params: { query: { number: '' } } }));
    expect(empty).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(fieldsOf(empty)).toEqual(['querystring.number']);
  });

  describe('imports', () => {
    it('POST /v1/imports/edi stores an X12 214 file once, and refuses what is not X12', async () => {
      const edi = fixture('x12-214/fixtures/one-interchange-three-shipments.edi');
      const first = await unwrap(client.POST('/v1/imports/edi', textBody(edi, 'application/edi-x12')));
      expect(first).toEqual({ accepted: 6, duplicates: 0, rejected: 0, problems: [] });
      const again = await unwrap(client.POST('/v1/imports/edi', textBody(edi, 'text/plain')));
      expect(again).toMatchObject({ accepted: 0, duplicates: 6 });
      const [delivered] = (
        await unwrap(client.GET('/v1/shipments', { params: { query: { tracking_number: 'PRO7781234' } } }))
      ).data;
      expect(delivered?.status).toBe('delivered');

      const csv = await refusal(
        client.POST('/v1/imports/edi', textBody('tracking_number,status\n1Z999,delivered\n', 'text/plain')),
      );
      expect(csv).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(csv.problem.detail).toMatch(/must start with an ISA/);
      const json = await refusal(client.POST('/v1/imports/edi', textBody('{"a":1}', 'application/json')));
      expect(json).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    });

    it('POST /v1/imports/events.csv stores the good lines and reports each bad one', async () => {
      const report = await unwrap(
        client.POST(
          '/v1/imports/events.csv',
          textBody(fixture('csv-events/fixtures/bad-rows.csv'), 'text/csv'),
        ),
      );
      expect(report.accepted).toBe(2);
      expect(report.problems.filter((p) => p.kind === 'invalid_payload').map((p) => p.at)).toEqual([
        'line 3',
        'line 4',
        'line 5',
        'line 6',
        'line 8',
      ]);
      const refused = await refusal(
        client.POST(
          '/v1/imports/events.csv',
          textBody(fixture('csv-events/fixtures/missing-columns.csv'), 'text/csv'),
        ),
      );
      expect(refused).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(refused)).toEqual(['line 1']);
    });

    it('POST /v1/imports/shipments.csv registers each row and reports it by line', async () => {
      await register('WBOP0031');
      const csv = [
        'tracking_number,carrier,order_ref,destination_country',
        'WBOP0030,custom,ORDER-30,DE',
        'WBOP0031,custom,already there,',
        '!!,custom,,',
      ].join('\n');
      const report = await unwrap(client.POST('/v1/imports/shipments.csv', textBody(csv, 'text/csv')));
      expect(report).toMatchObject({ created: 1, existing: 1, rejected: 1, ignoredColumns: [] });
      expect(report.rows.map((r) => [r.line, r.trackingNumber, r.outcome])).toEqual([
        [2, 'WBOP0030', 'created'],
        [3, 'WBOP0031', 'existing'],
        [4, '!!', 'rejected'],
      ]);

      const refused = await refusal(
        client.POST(
          '/v1/imports/shipments.csv',
          textBody('tracking_number,carrier\n!!,custom\n', 'text/csv'),
        ),
      );
      expect(refused).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(refused)).toEqual(['line 2']);
    });
  });

  describe('carriers', () => {
    it('GET /v1/carriers lists the configured carriers with their health', async () => {
      const { items } = await unwrap(client.GET('/v1/carriers'));
      expect(items.find((c) => c.id === 'aftership')).toMatchObject({
        name: expect.any(String),
        capabilities: { push: true },
        breaker: 'closed',
        requests: 0,
        lastError: null,
      });
      expect(await refusal(stranger.GET('/v1/carriers'))).toMatchObject({
        status: 401,
        code: 'unauthorized',
      });
    });

    it('GET /v1/carriers/unmapped counts the codes missing from a status map', async () => {
      // PRO7781236 ends on a code the X12 214 map does not know (counted at its first import).
      const edi = fixture('x12-214/fixtures/one-interchange-three-shipments.edi');
      await unwrap(client.POST('/v1/imports/edi', textBody(edi, 'application/edi-x12')));
      const { items } = await unwrap(client.GET('/v1/carriers/unmapped'));
      expect(items).toContainEqual(
        expect.objectContaining({ carrier: 'x12-214', count: 1, rawCode: expect.any(String) }),
      );
      expect(await refusal(stranger.GET('/v1/carriers/unmapped'))).toMatchObject({
        status: 401,
        code: 'unauthorized',
      });
    });

    it('POST /v1/carriers/{carrier}/webhook stores a signed AfterShip update and refuses a bad signature', async () => {
      const { id } = await register(AFTERSHIP_NUMBER, 'aftership');
      const body = fixture('aftership/fixtures/webhook-attempt-fail.json');
      const webhook = (carrier: string, signature: string) =>
        client.POST('/v1/carriers/{carrier}/webhook', {
          params: { path: { carrier } },
          ...textBody(body, 'application/json', { 'aftership-hmac-sha256': signature }),
        });
      const signed = aftershipSignature(body, AFTERSHIP_SECRET);
      expect(await unwrap(webhook('aftership', signed))).toEqual({
        accepted: 1,
        duplicates: 0,
        rejected: 0,
        untracked: [],
        problems: [],
      });
      const shipment = await unwrap(client.GET('/v1/shipments/{id}', { params: { path: { id } } }));
      expect(shipment.status).toBe('attempt_failed');

      const forged = await refusal(webhook('aftership', aftershipSignature(body, 'not-the-secret')));
      expect(forged).toMatchObject({ status: 401, code: 'signature_invalid' });
      expect(JSON.stringify(forged.problem)).not.toContain(AFTERSHIP_SECRET);
      expect(await refusal(webhook('nobody', signed))).toMatchObject({ status: 404, code: 'not_found' });
      // UPS is polled, not pushed.
      expect(await refusal(webhook('ups', signed))).toMatchObject({ status: 404, code: 'not_found' });
    });
  });

  it('webhook endpoints: create, list, get, update, dead letters, replay one and all, deliveries, delete', async () => {
    const created = await client.POST('/v1/webhook-endpoints', {
      body: { url: h.receiverUrl, events: ['shipment.created'], description: 'orders system' },
    });
    expect(created.response.status).toBe(201);
    const endpoint = created.data!;
    expect(endpoint).toMatchObject({
      url: h.receiverUrl,
      events: ['shipment.created'],
      description: 'orders system',
      enabled: true,
      secret: expect.stringMatching(/^whsec_/),
    });
    h.receiver.secrets.push(endpoint.secret!);
    const path = { params: { path: { id: endpoint.id } } };

    const listed = await unwrap(client.GET('/v1/webhook-endpoints'));
    expect(listed.items.map((e) => e.id)).toContain(endpoint.id);
    expect(listed.items.every((e) => e.secret === undefined)).toBe(true);

    const patched = await unwrap(
      client.PATCH('/v1/webhook-endpoints/{id}', { ...path, body: { description: 'orders, v2' } }),
    );
    expect(patched).toMatchObject({ id: endpoint.id, description: 'orders, v2', enabled: true });

    // The receiver fails everything: two new shipments become two dead letters.
    h.receiver.answer = () => 503;
    const shipments = [await register('WBOP0040'), await register('WBOP0041')].map((s) => s.id);
    const deadRows = await waitForValue(async () => {
      const rows = await h.t.store.db
        .selectFrom('webhook_deliveries')
        .select(['id', 'shipment_id'])
        .where('endpoint_id', '=', endpoint.id)
        .where('state', '=', 'dead')
        .execute();
      const mine = rows.filter((row) => shipments.includes(row.shipment_id ?? ''));
      return mine.length === 2 ? mine : undefined;
    }, 'two dead letters');

    const dead = await unwrap(
      client.GET('/v1/webhook-dead-letters', { params: { query: { endpointId: endpoint.id } } }),
    );
    const [letter] = dead.items.filter((d) => d.shipmentId === shipments[0]);
    expect(letter).toMatchObject({ endpointId: endpoint.id, eventType: 'shipment.created', state: 'dead' });
    expect(letter!.attemptLog.at(-1)).toMatchObject({ statusCode: 503, outcome: 'dead' });
    expect(dead.items.map((d) => d.id)).toEqual(expect.arrayContaining(deadRows.map((row) => row.id)));

    const toEndpoint = await unwrap(
      client.GET('/v1/webhook-endpoints/{id}/deliveries', {
        params: { path: { id: endpoint.id }, query: { state: 'dead' } },
      }),
    );
    expect(toEndpoint.items.map((d) => d.id)).toEqual(expect.arrayContaining(deadRows.map((row) => row.id)));
    const ofShipment = await unwrap(
      client.GET('/v1/webhook-deliveries', { params: { query: { shipmentId: shipments[0]! } } }),
    );
    expect(ofShipment.items).toEqual([letter]);
    const counted = await unwrap(client.GET('/v1/webhook-endpoints/{id}', path));
    expect(counted).toMatchObject({ secret: endpoint.secret, deliveries: { dead: expect.any(Number) } });
    expect(counted.deliveries!.dead).toBeGreaterThanOrEqual(2);

    // A disabled endpoint's dead letters wait for it.
    await unwrap(client.PATCH('/v1/webhook-endpoints/{id}', { ...path, body: { enabled: false } }));
    const replayPath = { params: { path: { id: letter!.id } } };
    const disabled = await refusal(client.POST('/v1/webhook-dead-letters/{id}/replay', replayPath));
    expect(disabled).toMatchObject({ status: 409, code: 'conflict' });
    expect(disabled.problem.detail).toContain('enable it first');
    await unwrap(client.PATCH('/v1/webhook-endpoints/{id}', { ...path, body: { enabled: true } }));

    h.receiver.answer = () => 200;
    const one = await client.POST('/v1/webhook-dead-letters/{id}/replay', replayPath);
    expect(one.response.status).toBe(202);
    expect(one.data).toEqual({ replayed: 1 });
    await waitFor(() => h.receiver.deliveredIds().has(letter!.webhookId), 'the replayed dead letter');
    const rest = await unwrap(
      client.POST('/v1/webhook-dead-letters/replay', { body: { endpointId: endpoint.id } }),
    );
    expect(rest.replayed).toBeGreaterThanOrEqual(1);
    const others = dead.items.filter((d) => d.id !== letter!.id).map((d) => d.webhookId);
    await waitFor(
      () => others.every((id) => h.receiver.deliveredIds().has(id)),
      'every replayed dead letter',
    );
    const again = await refusal(client.POST('/v1/webhook-dead-letters/{id}/replay', replayPath));
    expect(again).toMatchObject({ status: 404, code: 'not_found' });

    const removed = await client.DELETE('/v1/webhook-endpoints/{id}', path);
    expect(removed.response.status).toBe(204);
    expect(await refusal(client.GET('/v1/webhook-endpoints/{id}', path))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it('webhook endpoints: each operation refuses bad input or an unknown id', async () => {
    const privateUrl = await refusal(
      client.POST('/v1/webhook-endpoints', { body: { url: 'http://10.1.2.3/hooks', events: ['*'] } }),
    );
    expect(privateUrl).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(fieldsOf(privateUrl)).toEqual(['body.url']);
    const noEvents = await refusal(
      client.POST('/v1/webhook-endpoints', { body: { url: h.receiverUrl, events: [] } }),
    );
    expect(fieldsOf(noEvents)).toEqual(['body.events']);
    expect(await refusal(stranger.GET('/v1/webhook-endpoints'))).toMatchObject({
      status: 401,
      code: 'unauthorized',
    });

    const unknown = { params: { path: { id: UNKNOWN_ID } } };
    const notFound = { status: 404, code: 'not_found' };
    expect(await refusal(client.GET('/v1/webhook-endpoints/{id}', unknown))).toMatchObject(notFound);
    expect(
      await refusal(client.PATCH('/v1/webhook-endpoints/{id}', { ...unknown, body: { enabled: true } })),
    ).toMatchObject(notFound);
    expect(await refusal(client.DELETE('/v1/webhook-endpoints/{id}', unknown))).toMatchObject(notFound);
    expect(await refusal(client.GET('/v1/webhook-endpoints/{id}/deliveries', unknown))).toMatchObject(
      notFound,
    );
    expect(await refusal(client.POST('/v1/webhook-dead-letters/{id}/replay', unknown))).toMatchObject(
      notFound,
    );
    expect(
      await refusal(client.POST('/v1/webhook-dead-letters/replay', { body: { endpointId: UNKNOWN_ID } })),
    ).toMatchObject(notFound);

    const { data: endpoint } = await client.POST('/v1/webhook-endpoints', {
      body: { url: h.receiverUrl, events: ['delivered'] },
    });
    const empty = await refusal(
      client.PATCH('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint!.id } }, body: {} }),
    );
    expect(empty).toMatchObject({ status: 400, code: 'validation_failed' });
    const deliveries = await refusal(
      client.GET('/v1/webhook-deliveries', { params: { query: { limit: 0, shipmentId: UNKNOWN_ID } } }),
    );
    expect(fieldsOf(deliveries)).toEqual(['querystring.limit']);
    const deadLetters = await refusal(
      client.GET('/v1/webhook-dead-letters', { params: { query: { limit: 0 } } }),
    );
    expect(fieldsOf(deadLetters)).toEqual(['querystring.limit']);
  });

  describe('intake', () => {
    it('GET /v1/intake/address gives the tenant’s intake address, the same each time', async () => {
      const { address, smtpEnabled } = await unwrap(client.GET('/v1/intake/address'));
      expect(address).toMatch(/^[0-9a-f]{20}@intake\.waybill\.local$/);
      expect(smtpEnabled).toBe(false);
      expect((await unwrap(client.GET('/v1/intake/address'))).address).toBe(address);
      expect(await refusal(stranger.GET('/v1/intake/address'))).toMatchObject({
        status: 401,
        code: 'unauthorized',
      });
    });

    it('POST /v1/intake/email registers a forwarded mail’s numbers, and refuses mail addressed elsewhere', async () => {
      const { address } = await unwrap(client.GET('/v1/intake/address'));
      const forwarded = (to: string) =>
        [
          'From: Ana <ana@acme-shop.example>',
          `To: ${to}`,
          'Subject: Fwd: Your order #7007 has shipped',
          `Message-ID: <every-op-${dialect}-${to}>`,
          'Content-Type: text/plain; charset=utf-8',
          '',
          '---------- Forwarded message ---------',
          'From: Acme Shipping <ship@acme-shipping.example>',
          '',
          'Tracking: 1Z 999 AA1 01 2345 6784',
          '',
        ].join('\r\n');
      const mail = await unwrap(
        client.POST('/v1/intake/email', textBody(forwarded(address), 'message/rfc822')),
      );
      expect(mail).toMatchObject({
        outcome: 'registered',
        orderNumber: '#7007',
        found: [{ trackingNumber: '1Z999AA10123456784', carrier: 'ups', shipmentId: expect.any(String) }],
      });
      const elsewhere = await refusal(
        client.POST('/v1/intake/email', textBody(forwarded('orders@acme-shop.example'), 'message/rfc822')),
      );
      expect(elsewhere).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(elsewhere.problem['outcome']).toBe('unknown_address');
      const json = await refusal(client.POST('/v1/intake/email', textBody('{}', 'application/json')));
      expect(json).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    });

    it('GET /v1/intake/mails lists what the intake recorded, and refuses a bad limit', async () => {
      const page = await unwrap(client.GET('/v1/intake/mails', { params: { query: { limit: 1 } } }));
      expect(page.data).toEqual([expect.objectContaining({ outcome: 'registered', orderNumber: '#7007' })]);
      expect(page.nextCursor).toBe(page.data[0]?.id);
      const invalid = await refusal(client.GET('/v1/intake/mails', { params: { query: { limit: 0 } } }));
      expect(invalid).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(fieldsOf(invalid)).toEqual(['querystring.limit']);
    });
  });

  it('GET /v1/analytics/eta-accuracy reports a period, and refuses one that ends before it starts', async () => {
    const report = await unwrap(
      client.GET('/v1/analytics/eta-accuracy', {
        params: { query: { from: '2026-11-01', to: '2026-11-30', carrier: 'custom' } },
      }),
    );
    // Nothing delivered with an estimate in this server: the figures are there, and empty.
    expect(report).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      n: 0,
      maeDays: null,
      coverage: { hits: 0, total: 0, rate: null },
      byCarrier: [],
      byLane: [],
      calibration: expect.any(Array),
    });
    const backwards = await refusal(
      client.GET('/v1/analytics/eta-accuracy', {
        params: { query: { from: '2026-11-30', to: '2026-11-01' } },
      }),
    );
    expect(backwards).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(fieldsOf(backwards)).toEqual(['querystring.from']);
  });

  // Runs last: the tests above fill `answered`.
  it('has driven every /v1 operation of the served document, each to an answer and to a refusal', async () => {
    const document = (await (await fetch(`${url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((key) => methods.includes(key))
          .map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(operations.length).toBeGreaterThan(0);
    const statuses = (operation: string) => answered.get(operation) ?? [];
    expect(operations.filter((op) => !statuses(op).some((s) => s >= 200 && s < 300))).toEqual([]);
    expect(operations.filter((op) => !statuses(op).some((s) => s >= 400 && s < 500))).toEqual([]);
    // And nothing was sent to a path the document does not have.
    expect([...answered.keys()].filter((op) => !operations.includes(op))).toEqual([]);
  });
});
