import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_TYPES, generateClientTypes, withoutExamples } from '../../scripts/gen-client.js';
import {
  createWaybillClient,
  eachShipment,
  unwrap,
  verifyWebhook,
  WaybillProblem,
  type WaybillClient,
} from '../../src/client/index.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';

describe('waybill/client', () => {
  it('is generated from the document the server serves: the committed types are current', async () => {
    // Fails when a route schema changed without `npm run client:generate`.
    expect(readFileSync(CLIENT_TYPES, 'utf8')).toBe(await generateClientTypes());
  });

  it('leaves the examples out of the types, but keeps a property that is called example', () => {
    const schema = {
      type: 'object',
      example: { example: 1 },
      properties: { example: { type: 'string', examples: ['a'] }, id: { type: 'string', example: 'x' } },
    };
    expect(withoutExamples({ paths: { '/a': { get: { examples: { one: {} }, schema } } } })).toEqual({
      paths: {
        '/a': {
          get: {
            schema: { type: 'object', properties: { example: { type: 'string' }, id: { type: 'string' } } },
          },
        },
      },
    });
  });

  it('is what the package exports as waybill/client', async () => {
    const exported = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, string>;
    };
    expect(exported.exports['./client']).toBe('./dist/client/index.js');
  });

  it('verifies a webhook signed with the endpoint secret, and refuses a forged or altered one', () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    const body = JSON.stringify({ type: 'shipment.status_changed', data: { status: 'delivered' } });
    const id = 'msg_2fL1';
    const timestamp = new Date();
    const headers = {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, timestamp, body),
    };
    expect(verifyWebhook(secret, body, headers)).toEqual(JSON.parse(body));
    expect(verifyWebhook(secret, Buffer.from(body), new Headers(headers))).toEqual(JSON.parse(body));
    expect(() => verifyWebhook(secret, body.replace('delivered', 'returned'), headers)).toThrow();
    const other = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
    expect(() => verifyWebhook(other, body, headers)).toThrow();
  });
});

describe.each(DIALECTS)('waybill/client against a running server on %s', (dialect) => {
  let t: TestApp;
  let client: WaybillClient;
  let url: string;
  beforeAll(async () => {
    t = await testApp(dialect);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    client = createWaybillClient({ baseUrl: `${url}/`, apiKey: t.key });
  });
  afterAll(() => t.close());

  it('registers, reads and lists shipments, typed, reading every page', async () => {
    const numbers = ['WBCLIENT0001', 'WBCLIENT0002', 'WBCLIENT0003', 'WBCLIENT0004', 'WBCLIENT0005'];
    for (const trackingNumber of numbers) {
      const created = await unwrap(
        client.POST('/v1/shipments', {
          body: { trackingNumber, carrier: 'custom', orderRef: `#${trackingNumber}` },
        }),
      );
      expect(created.trackingNumber).toBe(trackingNumber);
    }
    const listed: string[] = [];
    for await (const shipment of eachShipment(client, { limit: 2 })) listed.push(shipment.trackingNumber);
    expect(listed).toEqual([...numbers].reverse());

    const first = (await unwrap(client.GET('/v1/shipments', { params: { query: { limit: 1 } } }))).data[0]!;
    const one = await unwrap(client.GET('/v1/shipments/{id}', { params: { path: { id: first.id } } }));
    expect(one).toMatchObject({ id: first.id, orderRef: '#WBCLIENT0005', timeline: [] });
  });

  it('sends scans and reads them back in the timeline', async () => {
    const sent = await unwrap(
      client.POST('/v1/events', {
        body: {
          events: [
            {
              trackingNumber: 'WBCLIENT0001',
              occurredAt: '2026-11-20T09:15:00+01:00',
              status: 'in_transit.origin_facility',
              rawDescription: 'Arrived at the depot',
              location: { city: 'Berlin', country: 'DE' },
            },
          ],
        },
      }),
    );
    expect(sent.accepted).toBe(1);
    const [found] = (
      await unwrap(client.GET('/v1/shipments', { params: { query: { tracking_number: 'WBCLIENT0001' } } }))
    ).data;
    const shipment = await unwrap(client.GET('/v1/shipments/{id}', { params: { path: { id: found!.id } } }));
    expect(shipment.status).toBe('in_transit');
    expect(shipment.timeline).toHaveLength(1);
  });

  it('throws refused requests as WaybillProblem with the problem body', async () => {
    const missing = await unwrap(
      client.GET('/v1/shipments/{id}', { params: { path: { id: '01ZZZZZZZZZZZZZZZZZZZZZZZZ' } } }),
    ).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(WaybillProblem);
    expect((missing as WaybillProblem).status).toBe(404);
    expect((missing as WaybillProblem).code).toBe('not_found');

    const invalid = await unwrap(client.GET('/v1/shipments', { params: { query: { limit: 0 } } })).catch(
      (error: unknown) => error as WaybillProblem,
    );
    expect(invalid).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((invalid as WaybillProblem).problem.errors?.length).toBeGreaterThan(0);

    const wrongKey = createWaybillClient({ baseUrl: url, apiKey: 'wb_wrong' });
    const refused = await unwrap(wrongKey.GET('/v1/shipments')).catch(
      (error: unknown) => error as WaybillProblem,
    );
    expect(refused).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('passes an Idempotency-Key, and a repeat gets the first answer', async () => {
    const body = { trackingNumber: 'WBCLIENT0100', carrier: 'custom' };
    const headers = { 'idempotency-key': 'client-test-1' };
    const first = await client.POST('/v1/shipments', { body, headers });
    const again = await client.POST('/v1/shipments', { body, headers });
    expect(first.response.status).toBe(201);
    expect(again.response.status).toBe(201);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    expect(again.data).toEqual(first.data);
  });
});
