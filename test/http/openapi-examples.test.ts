import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { easypostSignature } from '../../src/carriers/easypost/index.js';
import { detect } from '../../src/numbers/index.js';
import { testApp, type TestApp } from '../helpers/app.js';

// Issue 16: every operation of the served OpenAPI document shows a request and an answer an
// integrator can copy, and the examples are true: each fits its own schema, tracking numbers pass
// their check digits, and the main ones are sent to the real server, which answers as they say.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
interface Media {
  schema?: JsonObject;
  example?: Json;
  examples?: Record<string, { value?: Json }>;
}
interface Parameter {
  name: string;
  in: string;
  schema?: JsonObject;
  example?: Json;
  examples?: Record<string, { value?: Json }>;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonObject> };
}

const EASYPOST_SECRET = 'ep-secret-0123456789';
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

function operationsOf(doc: Document): { where: string; path: string; method: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, path, method, op })),
  );
}

function examplesOf(holder: Media | Parameter): Json[] {
  return [
    ...(holder.example === undefined ? [] : [holder.example]),
    ...Object.values(holder.examples ?? {}).flatMap((entry) =>
      entry.value === undefined ? [] : [entry.value],
    ),
  ];
}

/** The first example of a media type: what a reader of the document copies. */
function exampleOf(media: Media | undefined): Json {
  const [first] = media ? examplesOf(media) : [];
  if (first === undefined) throw new Error('no example');
  return first;
}

interface Holder {
  where: string;
  schema: JsonObject;
  examples: Json[];
}

/** Every media type and parameter of the document, with its schema and its examples. */
function holdersOf(doc: Document): Holder[] {
  const holders: Holder[] = [];
  for (const { where, op } of operationsOf(doc)) {
    for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
      holders.push({
        where: `${where} request ${type}`,
        schema: media.schema ?? {},
        examples: examplesOf(media),
      });
    for (const [status, response] of Object.entries(op.responses))
      for (const [type, media] of Object.entries(response.content ?? {}))
        holders.push({
          where: `${where} ${status} ${type}`,
          schema: media.schema ?? {},
          examples: examplesOf(media),
        });
    for (const parameter of op.parameters ?? [])
      holders.push({
        where: `${where} ${parameter.in} parameter ${parameter.name}`,
        schema: parameter.schema ?? {},
        examples: examplesOf(parameter),
      });
  }
  return holders;
}

// Keywords whose values are data, not subschemas: an example inside them is not a schema's.
const VALUE_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);

/** JSON Schema `examples` inside a schema (a property's own examples), each with its subschema. */
function nestedExamples(schema: Json, where: string, found: Holder[] = []): Holder[] {
  if (Array.isArray(schema)) {
    schema.forEach((item, index) => nestedExamples(item, `${where}/${index}`, found));
  } else if (schema !== null && typeof schema === 'object') {
    if (Array.isArray(schema.examples)) found.push({ where, schema, examples: schema.examples });
    for (const [key, value] of Object.entries(schema))
      if (!VALUE_KEYWORDS.has(key)) nestedExamples(value, `${where}/${key}`, found);
  }
  return found;
}

/** Every value of a `trackingNumber` field (and of the number parameters) in the examples. */
function trackingNumbersIn(value: Json, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => trackingNumbersIn(item, found));
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'trackingNumber' && typeof inner === 'string') found.push(inner);
      else trackingNumbersIn(inner, found);
    }
  return found;
}

describe('examples in the OpenAPI document', () => {
  let t: TestApp;
  let doc: Document;
  let validatorFor: (schema: JsonObject) => ValidateFunction;
  beforeAll(async () => {
    t = await testApp('sqlite', {
      publicBaseUrl: 'https://track.acme-shop.com',
      'carriers.accounts': { easypost: { apiKey: 'EZAK_test_key', webhookSecret: EASYPOST_SECRET } },
    });
    doc = (await t.app.inject('/openapi.json')).json();
    // OpenAPI 3.1 schemas are JSON Schema 2020-12. Schemas the document shares are in
    // components and referenced as #/components/schemas/…: each schema is checked with them.
    const ajv = new Ajv2020({ allErrors: true, strictSchema: false });
    (formats as unknown as typeof formats.default)(ajv);
    const components = doc.components?.schemas ?? {};
    const local = (schema: Json): Json =>
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"#/$defs/')) as Json;
    validatorFor = (schema) =>
      ajv.compile({ ...(local(schema) as JsonObject), $defs: local(components) as JsonObject });
  });
  afterAll(() => t.close());

  it('shows an example request body for every operation that takes one, in each of its media types', () => {
    const withBody = operationsOf(doc).filter(({ op }) => op.requestBody);
    const missing = withBody.flatMap(({ where, op }) =>
      Object.entries(op.requestBody!.content)
        .filter(([, media]) => examplesOf(media).length === 0)
        .map(([type]) => `${where} ${type}`),
    );
    expect(missing).toEqual([]);
    expect(withBody.length).toBeGreaterThan(10);
  });

  it('shows an example of every success answer that has a body', () => {
    const operations = operationsOf(doc);
    const missing = operations.flatMap(({ where, op }) => {
      const successes = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      if (successes.length === 0) return [`${where} (no 2xx answer)`];
      return successes.flatMap(([status, response]) =>
        Object.entries(response.content ?? {})
          .filter(([, media]) => examplesOf(media).length === 0)
          .map(([type]) => `${where} ${status} ${type}`),
      );
    });
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThan(30);
  });

  it('shows an example of every refusal that has a body, 4xx and 5xx alike', () => {
    const missing = operationsOf(doc).flatMap(({ where, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => !status.startsWith('2'))
        .flatMap(([status, response]) =>
          Object.entries(response.content ?? {})
            .filter(([, media]) => examplesOf(media).length === 0)
            .map(([type]) => `${where} ${status} ${type}`),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('gives an example value for every path and query parameter', () => {
    const missing = operationsOf(doc).flatMap(({ where, op }) =>
      (op.parameters ?? [])
        .filter((p) => (p.in === 'path' || p.in === 'query') && examplesOf(p).length === 0)
        .map((p) => `${where} ${p.in} ${p.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('has examples that are valid against their own schema', () => {
    const holders = [
      ...holdersOf(doc),
      ...holdersOf(doc).flatMap(({ where, schema }) => nestedExamples(schema, `${where} schema`)),
      ...Object.entries(doc.components?.schemas ?? {}).flatMap(([name, schema]) =>
        nestedExamples(schema, `#/components/schemas/${name}`),
      ),
    ].filter((holder) => holder.examples.length > 0);
    const failures = holders.flatMap(({ where, schema, examples }) => {
      const validate = validatorFor(schema);
      return examples.flatMap((example, index) =>
        validate(example)
          ? []
          : [
              `${where} example ${index + 1}: ${validate.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`,
            ],
      );
    });
    expect(failures).toEqual([]);
    expect(holders.length).toBeGreaterThan(100);
  });

  it('uses tracking numbers whose check digit verifies', () => {
    const numbers = holdersOf(doc).flatMap(({ where, examples }) =>
      where.endsWith('parameter number') || where.endsWith('parameter tracking_number')
        ? examples.filter((e): e is string => typeof e === 'string')
        : examples.flatMap((example) => trackingNumbersIn(example)),
    );
    const unverified = [...new Set(numbers)].filter(
      (number) => !detect(number).candidates.some((candidate) => candidate.checkDigit === 'verified'),
    );
    expect(unverified).toEqual([]);
    expect(numbers.length).toBeGreaterThan(10);
  });

  describe('sent to the server', () => {
    const operation = (path: string, method: string): Operation => {
      const op = doc.paths[path]?.[method];
      if (!op) throw new Error(`no ${method} ${path} in the document`);
      return op;
    };
    const requestExample = (op: Operation) => exampleOf(op.requestBody?.content['application/json']);
    const answerExample = (op: Operation, status: string) =>
      exampleOf(op.responses[status]?.content?.['application/json']) as JsonObject;
    const parameterExample = (op: Operation, name: string) =>
      examplesOf(op.parameters?.find((p) => p.name === name) ?? { name, in: 'query' })[0];
    // What differs on every run: ids and times the server mints, and estimates that rest on
    // delivery history a fresh database does not have.
    const stable = (shipment: JsonObject): JsonObject => {
      const { id: _id, createdAt: _c, updatedAt: _u, estimate: _e, trackingPageUrl: _p, ...rest } = shipment;
      const timeline = Array.isArray(rest.timeline)
        ? rest.timeline.map((scan) => {
            const { dedupeKey: _d, ...kept } = scan as JsonObject;
            return kept;
          })
        : undefined;
      return timeline ? { ...rest, timeline } : rest;
    };

    it('registers the example shipment, takes the example scans, and reads it back as the examples show', async () => {
      const post = (url: string, payload: Json) =>
        t.app.inject({ method: 'POST', url, payload: payload as JsonObject, headers: t.auth });

      const create = operation('/v1/shipments', 'post');
      const created = await post('/v1/shipments', requestExample(create));
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject(stable(answerExample(create, '201')));
      const id: string = created.json().id;

      const ingest = operation('/v1/events', 'post');
      const ingested = await post('/v1/events', requestExample(ingest));
      expect(ingested.statusCode).toBe(200);
      expect(ingested.json()).toEqual(answerExample(ingest, '200'));

      const get = operation('/v1/shipments/{id}', 'get');
      const read = await t.app.inject({ url: `/v1/shipments/${id}`, headers: t.auth });
      expect(read.statusCode).toBe(200);
      const example = stable(answerExample(get, '200'));
      expect(stable(read.json())).toEqual(example);
      expect(read.json().trackingPageUrl).toMatch(/^https:\/\/track\.acme-shop\.com\/t\//);

      // The list example's filters (all but the cursor, which points into the example's own data).
      const list = operation('/v1/shipments', 'get');
      const query = new URLSearchParams(
        ['tracking_number', 'status', 'limit'].map((name): [string, string] => [
          name,
          String(parameterExample(list, name)),
        ]),
      );
      const page = await t.app.inject({ url: `/v1/shipments?${query}`, headers: t.auth });
      expect(page.statusCode).toBe(200);
      const pageExample = answerExample(list, '200') as { data: JsonObject[]; nextCursor: Json };
      expect(page.json().data.map(stable)).toEqual(pageExample.data.map(stable));
      expect(page.json().nextCursor).toEqual(pageExample.nextCursor);
    });

    it('takes the example rules, branding, recipient, files and carrier webhook, and answers as shown', async () => {
      const send = (
        method: 'POST' | 'PUT',
        url: string,
        payload: Json,
        headers: Record<string, string> = {},
      ) =>
        t.app.inject({
          method,
          url,
          payload: typeof payload === 'string' ? payload : (payload as JsonObject),
          headers: { ...t.auth, ...headers },
        });
      const media = (op: Operation, type: string) => exampleOf(op.requestBody?.content[type]);

      for (const path of ['/v1/notification-rules', '/v1/branding']) {
        const op = operation(path, 'put');
        const res = await send('PUT', path, requestExample(op));
        expect(res.statusCode, path).toBe(200);
        expect(res.json(), path).toEqual(answerExample(op, '200'));
      }
      // The preview uses the branding just set.
      const preview = operation('/v1/notification-previews/{event}', 'get');
      const previewQuery = new URLSearchParams(
        ['channel', 'locale', 'timeZone', 'format'].map((name): [string, string] => [
          name,
          String(parameterExample(preview, name)),
        ]),
      );
      const event = String(parameterExample(preview, 'event'));
      const previewed = await t.app.inject({
        url: `/v1/notification-previews/${event}?${previewQuery}`,
        headers: t.auth,
      });
      expect(previewed.json()).toEqual(answerExample(preview, '200'));

      const shipment = await send(
        'POST',
        '/v1/shipments',
        requestExample(operation('/v1/shipments', 'post')),
      );
      const addRecipient = operation('/v1/shipments/{id}/recipients', 'post');
      const added = await send(
        'POST',
        `/v1/shipments/${shipment.json().id}/recipients`,
        requestExample(addRecipient),
      );
      expect(added.statusCode).toBe(201);
      const { id: _recipientId, ...recipient } = answerExample(addRecipient, '201');
      expect(added.json()).toMatchObject(recipient);

      const files: [string, string, string][] = [
        ['/v1/imports/events.csv', 'text/csv', '200'],
        ['/v1/imports/shipments.csv', 'text/csv', '200'],
        ['/v1/imports/edi', 'application/edi-x12', '200'],
        ['/epcis/capture', 'application/ld+json', '201'],
      ];
      for (const [path, type, status] of files) {
        const op = operation(path, 'post');
        const body = media(op, type);
        const res = await send('POST', path, typeof body === 'string' ? body : JSON.stringify(body), {
          'content-type': type,
        });
        expect(res.statusCode, `${path}: ${res.body}`).toBe(Number(status));
        // Ids the server mints differ from the example's.
        const withoutIds = (value: JsonObject) =>
          JSON.parse(
            JSON.stringify(value, (key, inner: Json) =>
              /^(captureID|shipmentId)$/.test(key) ? undefined : inner,
            ),
          );
        expect(withoutIds(res.json()), path).toEqual(withoutIds(answerExample(op, status)));
      }

      // The EasyPost Event is for a USPS parcel tracked through EasyPost.
      const hook = operation('/v1/carriers/{carrier}/webhook', 'post');
      const payload = JSON.stringify(media(hook, 'application/json'));
      const tracked = await send('POST', '/v1/shipments', {
        trackingNumber: '9400111899223855732126',
        carrier: String(parameterExample(hook, 'carrier')),
      });
      expect(tracked.statusCode).toBe(201);
      const received = await t.app.inject({
        method: 'POST',
        url: `/v1/carriers/${String(parameterExample(hook, 'carrier'))}/webhook`,
        payload,
        headers: {
          'content-type': 'application/json',
          'x-hmac-signature': easypostSignature(payload, EASYPOST_SECRET),
        },
      });
      expect(received.statusCode, received.body).toBe(200);
      expect(received.json()).toEqual(answerExample(hook, '200'));
    });

    it('detects the carrier of the example number as the example answer says', async () => {
      const op = operation('/v1/detect', 'get');
      const number = String(parameterExample(op, 'number'));
      const res = await t.app.inject({
        url: `/v1/detect?${new URLSearchParams({ number })}`,
        headers: t.auth,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(answerExample(op, '200'));
    });
  });
});
