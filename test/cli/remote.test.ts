import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderTrack } from '../../src/cli/commands/track.js';
import type { Shipment } from '../../src/domain/shipment.js';
import { orderTimeline } from '../../src/domain/timeline.js';
import { findShipmentByNumber, listEvents } from '../../src/store/repositories/shipments.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { useCliEnvironment } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

// `waybill track --server` and `waybill add`: the CLI as a client of a running Waybill, through
// waybill/client, never opening a database.

useCliEnvironment();

/** A local port that nothing listens on: taken, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The terminal view without its "Last scan: N min ago" line, which depends on the moment. */
const withoutAge = (text: string) => linesOf(text).filter((line) => !line.startsWith('Last scan:'));

describe.each(DIALECTS)('the waybill CLI against a running server on %s', (dialect) => {
  let t: TestApp;
  let url: string;
  const stored = async (trackingNumber: string) => {
    const shipment = (await findShipmentByNumber(t.store.db, t.tenantId, trackingNumber)) as Shipment;
    return { shipment, events: await listEvents(t.store.db, t.tenantId, shipment.id) };
  };

  beforeAll(async () => {
    t = await testApp(dialect);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const post = async (path: string, payload: unknown) => {
      const res = await t.app.inject({
        method: 'POST',
        url: path,
        payload: payload as object,
        headers: t.auth,
      });
      expect(res.statusCode).toBeLessThan(300);
    };
    await post('/v1/shipments', {
      trackingNumber: 'WBREMOTE0001',
      carrier: 'custom',
      orderRef: '#1001',
      origin: { city: 'Hamburg', country: 'DE' },
      destination: { city: 'Boston', country: 'US' },
    });
    // Two places, two clocks: the view shows each scan in its own.
    await post('/v1/events', {
      events: [
        {
          trackingNumber: 'WBREMOTE0001',
          occurredAt: '2026-11-20T09:15:00+01:00',
          status: 'in_transit.picked_up',
          rawDescription: 'Picked up',
          location: { city: 'Hamburg', country: 'DE' },
        },
        {
          trackingNumber: 'WBREMOTE0001',
          occurredAt: '2026-11-21T07:40:00',
          zone: 'America/New_York',
          status: 'in_transit.destination_facility',
          rawDescription: 'Arrived at the destination hub',
          location: { city: 'Boston', region: 'MA', country: 'US' },
        },
      ],
    });
  });
  afterAll(() => t.close());

  beforeEach(() => {
    // Remote mode must never open a database: one it could not open proves it does not.
    vi.stubEnv('DATABASE_URL', 'postgres://nobody@127.0.0.1:1/not-here');
    vi.stubEnv('WAYBILL_CONFIG', undefined);
    vi.stubEnv('WAYBILL_URL', undefined);
    vi.stubEnv('WAYBILL_API_KEY', t.key);
  });

  describe('track --server', () => {
    it('prints the same view as the local mode, each scan in its place’s time', async () => {
      const run = await runCli('track', 'WBREMOTE0001', '--server', url);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const { shipment, events } = await stored('WBREMOTE0001');
      expect(withoutAge(run.stdout)).toEqual(withoutAge(`${renderTrack(shipment, events, new Date())}\n`));
      expect(run.stdout).toContain('Route:     Hamburg, DE → Boston, US');
      expect(run.stdout).toContain('Order:     #1001');
      expect(run.stdout).toMatch(
        /Sat 21 Nov 2026 07:40 -05:00 +Boston, MA, US +Arrived at the destination hub/,
      );
      expect(run.stdout).toMatch(/Fri 20 Nov 2026 09:15 \+01:00 +Hamburg, DE +Picked up/);
    });

    it('takes the server from WAYBILL_URL and the key from --key, and the number as typed', async () => {
      vi.stubEnv('WAYBILL_URL', url);
      vi.stubEnv('WAYBILL_API_KEY', undefined);
      const run = await runCli('track', 'wbremote-0001', '--key', t.key);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(linesOf(run.stdout)[0]).toMatch(/^WBREMOTE0001 +· +custom$/);
    });

    it('prints the API’s shipment and its timeline, oldest first, with --json', async () => {
      const run = await runCli('track', 'WBREMOTE0001', '--server', url, '--json');
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const printed = JSON.parse(run.stdout) as Record<string, unknown> & {
        timeline: { dedupeKey: string; localTime: string }[];
      };
      const { shipment, events } = await stored('WBREMOTE0001');
      const { tenantId: _tenant, ...local } = shipment;
      expect(printed).toMatchObject(JSON.parse(JSON.stringify(local)) as Record<string, unknown>);
      expect(printed.timeline.map((e) => e.dedupeKey)).toEqual(orderTimeline(events).map((e) => e.dedupeKey));
      expect(printed.timeline.map((e) => e.localTime)).toEqual([
        '2026-11-20T09:15:00+01:00',
        '2026-11-21T07:40:00-05:00',
      ]);
    });

    it('says which number the server does not know, normalised, with exit code 1', async () => {
      expect(await runCli('track', 'zz-999 999 999', '--server', url)).toEqual({
        code: 1,
        stdout: '',
        stderr: `waybill: no shipment with tracking number ZZ999999999 at ${url}\n`,
      });
    });

    it('prints a refusal as one line with its status and code: a wrong key', async () => {
      const run = await runCli('track', 'WBREMOTE0001', '--server', url, '--key', 'wb_not_a_key');
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: 'waybill: 401 unauthorized: this API key is unknown or revoked\n',
      });
    });

    it('names WAYBILL_API_KEY when there is no key, before sending anything', async () => {
      vi.stubEnv('WAYBILL_API_KEY', undefined);
      const run = await runCli('track', 'WBREMOTE0001', '--server', url);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(linesOf(run.stderr)).toEqual([
        `waybill: ${url} needs an API key: set WAYBILL_API_KEY (or pass --key)`,
      ]);
    });

    it('says in one line that a server cannot be reached', async () => {
      const nowhere = `http://127.0.0.1:${await closedPort()}`;
      const run = await runCli('track', 'WBREMOTE0001', '--server', nowhere);
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `waybill: cannot reach ${nowhere} (ECONNREFUSED)\n`,
      });
    });

    it("says --latest does not go with a server before asking for the server's API key", async () => {
      vi.stubEnv('WAYBILL_API_KEY', undefined);
      const run = await runCli('track', '--latest', '--server', url);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(linesOf(run.stderr)).toEqual([
        expect.stringMatching(/^waybill: --latest reads the database itself/),
      ]);
    });

    it.each([
      [['track', '--latest', '--server', 'URL'], /^waybill: --latest reads the database itself/],
      [['track', 'WBREMOTE0001', '--tenant', 'T1', '--server', 'URL'], /^waybill: --tenant does not apply/],
      [
        ['track', 'WBREMOTE0001', '--server', 'ftp://example.com'],
        /^waybill: the server must be an http\(s\) URL/,
      ],
      [['track', 'WBREMOTE0001', '--key', 'wb_x'], /^waybill: --key goes with --server/],
      [['track', '!!', '--server', 'URL'], /^waybill: "!!" is not a tracking number/],
    ])('refuses %j in one line', async (args, message) => {
      const run = await runCli(...args.map((arg) => (arg === 'URL' ? url : arg)));
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(linesOf(run.stderr)).toEqual([expect.stringMatching(message)]);
    });
  });

  describe('add', () => {
    it('registers a shipment with an Idempotency-Key, and says so when it was already tracked', async () => {
      const run = await runCli(
        'add',
        'wb-remote-0100',
        '--carrier',
        'custom',
        '--order',
        '#77',
        '--server',
        url,
      );
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const { shipment } = await stored('WBREMOTE0100');
      expect(shipment).toMatchObject({ carrier: 'custom', orderRef: '#77', status: 'pending' });
      expect(run.stdout).toBe(`Registered WBREMOTE0100 (custom), shipment ${shipment.id}\n`);
      const keys = await t.store.db
        .selectFrom('idempotency_keys')
        .select(['key', 'status'])
        .where('tenant_id', '=', t.tenantId)
        .execute();
      expect(keys).toContainEqual({ key: expect.stringMatching(/^waybill-cli-/), status: 201 });

      const again = await runCli('add', 'WBREMOTE0100', '--carrier', 'custom', '--server', url);
      expect(again).toEqual({
        code: 0,
        stdout: `Already tracked: WBREMOTE0100 (custom), shipment ${shipment.id}\n`,
        stderr: '',
      });
      // And the CLI reads it back from the same server.
      const tracked = await runCli('track', 'WBREMOTE0100', '--server', url);
      expect(tracked.stdout).toContain('No scans yet');
    });

    it('detects the carrier, and asks for --carrier when the number fits several', async () => {
      const detected = await runCli('add', '1Z5R89390357567127', '--server', url, '--json');
      expect(detected.code).toBe(0);
      expect(JSON.parse(detected.stdout)).toMatchObject({
        trackingNumber: '1Z5R89390357567127',
        carrier: 'ups',
      });

      const ambiguous = await runCli('add', 'CN123456785CN', '--server', url);
      expect(ambiguous).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'waybill: 409 carrier_ambiguous: CN123456785CN fits post-cn, dhl; say which with "carrier" (give --carrier)\n',
      });
      const invalid = await runCli('add', 'WBREMOTE0101', '--carrier', 'Not A Carrier', '--server', url);
      expect(invalid).toMatchObject({ code: 1, stdout: '' });
      expect(linesOf(invalid.stderr)).toEqual([
        expect.stringMatching(/^waybill: 400 validation_failed: body\.carrier /),
      ]);
      expect(await findShipmentByNumber(t.store.db, t.tenantId, 'CN123456785CN')).toBeUndefined();
    });

    it('answers a repeat with the same --idempotency-key as the first time, and refuses it for another shipment', async () => {
      const args = [
        'add',
        'WBREMOTE0102',
        '--carrier',
        'custom',
        '--server',
        url,
        '--idempotency-key',
        'order-102',
      ];
      const first = await runCli(...args);
      expect(first.stdout).toMatch(/^Registered WBREMOTE0102 /);
      expect(await runCli(...args)).toEqual(first);
      const other = await runCli('add', 'WBREMOTE0103', '--server', url, '--idempotency-key', 'order-102');
      expect(other).toMatchObject({ code: 1, stdout: '' });
      expect(linesOf(other.stderr)).toEqual([
        expect.stringMatching(/^waybill: 422 idempotency_key_reused: /),
      ]);
      expect(await findShipmentByNumber(t.store.db, t.tenantId, 'WBREMOTE0103')).toBeUndefined();
    });

    it('sends the request again, with the same Idempotency-Key, when the answer is lost: registered once', async () => {
      // Between the CLI and the server: passes each request on, and drops the first answer.
      const keys: string[] = [];
      const lossy = createHttpServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          void (async () => {
            keys.push(String(req.headers['idempotency-key']));
            const answer = await fetch(`${url}${req.url}`, {
              method: req.method,
              headers: {
                authorization: String(req.headers.authorization),
                'content-type': String(req.headers['content-type']),
                'idempotency-key': String(req.headers['idempotency-key']),
              },
              body: Buffer.concat(chunks),
            });
            const text = await answer.text();
            if (keys.length === 1) req.socket.destroy();
            else res.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
          })();
        });
      });
      await new Promise<void>((resolve) => lossy.listen(0, '127.0.0.1', resolve));
      try {
        const through = `http://127.0.0.1:${(lossy.address() as AddressInfo).port}`;
        const run = await runCli('add', 'WBREMOTE0105', '--carrier', 'custom', '--server', through);
        const { shipment } = await stored('WBREMOTE0105');
        expect(run).toEqual({
          code: 0,
          stdout: `Registered WBREMOTE0105 (custom), shipment ${shipment.id}\n`,
          stderr: '',
        });
        expect(keys).toHaveLength(2);
        expect(keys[1]).toBe(keys[0]);
      } finally {
        lossy.closeAllConnections();
        await new Promise<void>((resolve) => lossy.close(() => resolve()));
      }
    });

    it('refuses in one line: a wrong key, no key, no server, a server that cannot be reached', async () => {
      expect(await runCli('add', 'WBREMOTE0104', '--server', url, '--key', 'wb_not_a_key')).toEqual({
        code: 1,
        stdout: '',
        stderr: 'waybill: 401 unauthorized: this API key is unknown or revoked\n',
      });
      const nowhere = `http://127.0.0.1:${await closedPort()}`;
      expect(await runCli('add', 'WBREMOTE0104', '--server', nowhere)).toEqual({
        code: 1,
        stdout: '',
        stderr: `waybill: cannot reach ${nowhere} (ECONNREFUSED)\n`,
      });
      expect((await runCli('add', 'WBREMOTE0104')).stderr).toBe(
        'waybill: add registers with a running Waybill: give --server <url> or set WAYBILL_URL\n',
      );
      vi.stubEnv('WAYBILL_API_KEY', '');
      expect((await runCli('add', 'WBREMOTE0104', '--server', url)).stderr).toBe(
        `waybill: ${url} needs an API key: set WAYBILL_API_KEY (or pass --key)\n`,
      );
      expect(await findShipmentByNumber(t.store.db, t.tenantId, 'WBREMOTE0104')).toBeUndefined();
    });
  });
});
