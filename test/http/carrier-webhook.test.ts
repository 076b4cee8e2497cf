import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aftershipSignature } from '../../src/carriers/aftership/index.js';
import { createEasypostClient, easypostSignature } from '../../src/carriers/easypost/index.js';
import { shippoSignature } from '../../src/carriers/shippo/index.js';
import { loadConfig } from '../../src/config/config.js';
import { build } from '../../src/http/app.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { ingestCarrierResult } from '../../src/ingest/carrier-ingest.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { findShipmentByNumber } from '../../src/store/repositories/shipments.js';
import { listUnmappedCodes } from '../../src/store/repositories/unmapped-codes.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS, freshStore } from '../helpers/dialects.js';

const AFTERSHIP_SECRET = 'as-secret-0123456789';
const EASYPOST_SECRET = 'ep-secret-ÅÅ-0123'; // non-ASCII: EasyPost normalises the key (NFKD)
const SHIPPO_TOKEN = 'shippo-url-token-0123456789';
const SHIPPO_SECRET = 'shippo-hmac-secret';

const ACCOUNTS = {
  aftership: { webhookSecret: AFTERSHIP_SECRET },
  easypost: { apiKey: 'EZAK_test_key', webhookSecret: EASYPOST_SECRET },
  shippo: { webhookToken: SHIPPO_TOKEN, webhookSecret: SHIPPO_SECRET },
};

const fixture = (carrier: string, name: string) =>
  readFileSync(new URL(`../../src/carriers/${carrier}/fixtures/${name}`, import.meta.url), 'utf8');

const AFTERSHIP_BODY = fixture('aftership', 'webhook-attempt-fail.json');
const AFTERSHIP_NUMBER = '794461726509';
const EASYPOST_EVENT = JSON.parse(fixture('easypost', 'tracker-delivered-signed.json')) as Record<
  string,
  unknown
>;
const EASYPOST_NUMBER = '9400111899223855732126';
const SHIPPO_BODY = fixture('shippo', 'webhook-delivered.json');

describe.each(DIALECTS)('carrier webhooks on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect, { 'carriers.accounts': ACCOUNTS });
  });
  afterEach(() => t.close());

  const track = async (trackingNumber: string, carrier: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: t.auth,
      payload: { trackingNumber, carrier },
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const timeline = async (id: string) => {
    const res = await t.app.inject({ url: `/v1/shipments/${id}`, headers: t.auth });
    return res.json<{
      status: string;
      timeline: { status: string; rawCode: string; source: { mode: string } }[];
    }>();
  };
  const webhook = (carrier: string, body: string, headers: Record<string, string>, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/v1/carriers/${carrier}/webhook${query}`,
      payload: body,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const aftership = (body: string, secret = AFTERSHIP_SECRET) =>
    webhook('aftership', body, { 'aftership-hmac-sha256': aftershipSignature(body, secret) });

  it('stores the scans of a correctly signed AfterShip webhook, and answers after the commit', async () => {
    const id = await track(AFTERSHIP_NUMBER, 'aftership');
    const res = await aftership(AFTERSHIP_BODY);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: 0, untracked: [], problems: [] });
    // Answered means committed: the scan is readable right away.
    const shipment = await timeline(id);
    expect(shipment.status).toBe('attempt_failed');
    expect(shipment.timeline).toMatchObject([{ rawCode: 'AttemptFail_001', source: { mode: 'push' } }]);
    // The provider retries a delivery it doubts: the same body again stores nothing new.
    expect((await aftership(AFTERSHIP_BODY)).json()).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it('refuses a wrong signature, a missing one and a tampered body with 401, storing nothing', async () => {
    const id = await track(AFTERSHIP_NUMBER, 'aftership');
    const wrong = await aftership(AFTERSHIP_BODY, 'not-the-secret');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json()).toMatchObject({
      code: 'signature_invalid',
      detail: expect.stringContaining('does not match'),
    });

    const missing = await webhook('aftership', AFTERSHIP_BODY, {});
    expect(missing.json()).toMatchObject({ status: 401, detail: expect.stringContaining('missing') });

    // Signed, then changed in flight: one scan becomes a delivery.
    const tampered = AFTERSHIP_BODY.replaceAll('"AttemptFail"', '"Delivered"');
    const res = await webhook('aftership', tampered, {
      'aftership-hmac-sha256': aftershipSignature(AFTERSHIP_BODY, AFTERSHIP_SECRET),
    });
    expect(res.statusCode).toBe(401);
    for (const refused of [wrong, missing, res])
      expect(JSON.stringify(refused.json())).not.toContain(AFTERSHIP_SECRET);

    const shipment = await timeline(id);
    expect(shipment.timeline).toEqual([]);
    expect(shipment.status).toBe('pending');
  });

  it('stores a scan that arrives by EasyPost poll and again by EasyPost webhook only once', async () => {
    const id = await track(EASYPOST_NUMBER, 'easypost');
    const easypost = await fakeEasypost(EASYPOST_EVENT);
    try {
      const client = createEasypostClient(
        { apiKey: 'EZAK_test_key', baseUrl: `${easypost.url}/v2` },
        { fetch, clock: () => new Date() },
      );
      const polled = await client.track([EASYPOST_NUMBER]);
      expect(easypost.requests).toEqual([
        { path: '/v2/trackers', auth: `Basic ${Buffer.from('EZAK_test_key:').toString('base64')}` },
      ]);
      const byPoll = await ingestCarrierResult(
        { store: t.store, pipeline: new IngestPipeline(t.store, { clock: () => new Date() }) },
        { carrier: 'easypost', result: polled, source: { adapter: 'easypost', mode: 'pull' } },
      );
      expect(byPoll).toMatchObject({ accepted: 7, duplicates: 0, untracked: [] });
    } finally {
      await easypost.close();
    }

    // EasyPost then pushes the same tracker as a tracker.updated Event.
    const body = JSON.stringify({
      id: 'evt_1',
      object: 'Event',
      description: 'tracker.updated',
      status: 'pending',
      result: EASYPOST_EVENT,
    });
    const res = await webhook('easypost', body, {
      'x-hmac-signature': easypostSignature(body, EASYPOST_SECRET),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 0, duplicates: 7, untracked: [] });
    const shipment = await timeline(id);
    expect(shipment.timeline).toHaveLength(7);
    expect(shipment.status).toBe('delivered');
    expect(shipment.timeline.every((scan) => scan.source.mode === 'pull')).toBe(true);
    // Codes EasyPost sent that we do not map were kept raw and counted once, not once per path.
    expect(await listUnmappedCodes(t.store.db)).toEqual([
      expect.objectContaining({ carrier: 'easypost', rawCode: 'in_hyperspace/status_update', count: 1 }),
      expect.objectContaining({ carrier: 'easypost', rawCode: 'in_transit/sorting_complete', count: 1 }),
    ]);
  });

  it('takes a Shippo webhook with the URL token and HMAC, and refuses a wrong token', async () => {
    const id = await track(EASYPOST_NUMBER, 'shippo');
    const signed = { 'shippo-auth-signature': shippoSignature(SHIPPO_BODY, SHIPPO_SECRET, new Date()) };
    const refused = await webhook('shippo', SHIPPO_BODY, signed, '?token=guessed-token-000000000');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().detail).toContain('token');
    const stale = {
      'shippo-auth-signature': shippoSignature(SHIPPO_BODY, SHIPPO_SECRET, new Date(Date.now() - 3_600_000)),
    };
    expect((await webhook('shippo', SHIPPO_BODY, stale, `?token=${SHIPPO_TOKEN}`)).statusCode).toBe(401);

    const res = await webhook('shippo', SHIPPO_BODY, signed, `?token=${SHIPPO_TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 2, duplicates: 0 });
    const shipment = await timeline(id);
    expect(shipment.status).toBe('delivered');
    expect(shipment.timeline.map((scan) => scan.rawCode)).toEqual(['TRANSIT/out_for_delivery', 'DELIVERED']);
  });

  it('reads the signed bytes whatever content type the provider declares', async () => {
    await track(AFTERSHIP_NUMBER, 'aftership');
    const headers = { 'aftership-hmac-sha256': aftershipSignature(AFTERSHIP_BODY, AFTERSHIP_SECRET) };
    for (const type of ['application/json; charset=utf-8', 'text/plain']) {
      const res = await webhook('aftership', AFTERSHIP_BODY, { ...headers, 'content-type': type });
      expect(res.statusCode).toBe(200);
    }
  });

  it('reports a number nobody tracks back, without registering it', async () => {
    const res = await aftership(AFTERSHIP_BODY);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 0, duplicates: 0, untracked: [AFTERSHIP_NUMBER] });
    expect(await findShipmentByNumber(t.store.db, t.tenantId, AFTERSHIP_NUMBER)).toBeUndefined();
  });

  it('answers 404 for an unknown carrier and for a carrier that sends no webhooks', async () => {
    const unknown = await webhook('nosuchcarrier', '{}', {});
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: 'not_found',
      detail: expect.stringContaining('nosuchcarrier'),
    });
    const polled = await webhook('ups', '{}', {});
    expect(polled.statusCode).toBe(404);
    expect(polled.json().detail).toContain('does not send webhooks');
  });

  it('answers 400 for a signed body that is not JSON, or not the provider’s format, and stores nothing', async () => {
    const id = await track(AFTERSHIP_NUMBER, 'aftership');
    const broken = AFTERSHIP_BODY.slice(0, 80);
    const malformed = await aftership(broken);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'malformed_json' });
    const foreign = await aftership('[1, 2, 3]');
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ code: 'validation_failed' });
    expect((await timeline(id)).timeline).toEqual([]);
  });

  it('acknowledges a provider event it does not read (200, nothing stored)', async () => {
    const body = fixture('easypost', 'event-not-a-tracker.json');
    const res = await webhook('easypost', body, {
      'x-hmac-signature': easypostSignature(body, EASYPOST_SECRET),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 0, problems: [{ kind: 'unsupported' }] });
  });

  it('keeps the JSON parser of the API routes: only the webhook route reads raw bytes', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: t.auth,
      payload: {
        events: [
          { trackingNumber: 'OWN00001', occurredAt: '2026-11-20T09:15:00+01:00', status: 'in_transit' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const openapi = await t.app.inject('/openapi.json');
    expect(openapi.json().paths).toHaveProperty(['/v1/carriers/{carrier}/webhook', 'post', 'security'], []);
  });
});

describe.each(DIALECTS)('carrier webhooks without secrets on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(() => t.close());

  it('refuses every call, signed or not, naming the setting to configure', async () => {
    for (const carrier of ['aftership', 'easypost', 'shippo']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/v1/carriers/${carrier}/webhook`,
        payload: AFTERSHIP_BODY,
        headers: {
          'content-type': 'application/json',
          'aftership-hmac-sha256': aftershipSignature(AFTERSHIP_BODY, ''),
        },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({
        code: 'signature_invalid',
        detail: expect.stringContaining(`carriers.accounts.${carrier}`),
      });
    }
  });
});

describe('carrier webhook logging', () => {
  it('logs a refused signature as a warning with the carrier and reason, never the secret', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const store = await freshStore('sqlite');
    await createTenant(store.db, 'Shop', new Date());
    const app = await build({
      config: loadConfig({}, { 'simulator.enabled': false, 'carriers.accounts': ACCOUNTS }),
      store,
      pipeline: new IngestPipeline(store, { clock: () => new Date() }),
      logger,
      clock: () => new Date(),
      detectCarrier: chooseCarrier,
    });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/carriers/aftership/webhook',
        payload: AFTERSHIP_BODY,
        headers: {
          'content-type': 'application/json',
          'aftership-hmac-sha256': aftershipSignature(AFTERSHIP_BODY, 'wrong'),
        },
      });
      expect(res.statusCode).toBe(401);
      const warnings = lines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((entry) => entry.level === 40);
      expect(warnings).toEqual([
        expect.objectContaining({
          carrier: 'aftership',
          reason: expect.stringContaining('does not match'),
          msg: 'carrier webhook signature refused',
        }),
      ]);
      expect(lines.join('\n')).not.toContain(AFTERSHIP_SECRET);

      // Shippo's token rides in the URL: the request log keeps the path only.
      const shippo = await app.inject({
        method: 'POST',
        url: `/v1/carriers/shippo/webhook?token=${SHIPPO_TOKEN}`,
        payload: SHIPPO_BODY,
        headers: { 'content-type': 'application/json' },
      });
      expect(shippo.statusCode).toBe(401); // the HMAC header is missing
      expect(lines.join('\n')).toContain('/v1/carriers/shippo/webhook');
      expect(lines.join('\n')).not.toContain(SHIPPO_TOKEN);
    } finally {
      await app.close();
      await store.dispose();
    }
  });
});

/** A local stand-in for api.easypost.com that answers POST /v2/trackers with one Tracker. */
async function fakeEasypost(
  tracker: unknown,
): Promise<{ url: string; requests: { path: string; auth: string }[]; close(): Promise<void> }> {
  const requests: { path: string; auth: string }[] = [];
  const server: Server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', auth: request.headers.authorization ?? '' });
    request.resume();
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify(tracker));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
