import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { startServer, type RunningServer, type Role } from '../../src/http/server.js';
import { tenantIdForApiKey } from '../../src/store/repositories/tenants.js';
import { freshPostgresSchemaUrl, freshStore, type DialectName } from '../helpers/dialects.js';
import type { TestApp } from '../helpers/app.js';
import { waitFor } from '../helpers/wait.js';
import { connectSse } from '../web/sse-client.js';
import { scenario, seed } from '../web/scenarios.js';

const silent = pino({ level: 'silent' });
const OUT_FOR_DELIVERY = {
  occurredAt: '2026-11-26T07:45:00+01:00',
  status: 'out_for_delivery.on_vehicle',
  rawCode: 'OFD',
  rawDescription: 'Out for delivery',
  location: { city: 'Berlin', country: 'DE', postalCode: '10115' },
};

describe('nodes', () => {
  const servers: RunningServer[] = [];
  const gates: (() => void)[] = [];
  let released = false;
  afterEach(async () => {
    released = true;
    for (const open of gates.splice(0)) open();
    for (const server of servers.splice(0).reverse()) await server.close();
  });

  async function node(databaseUrl: string, role: Role): Promise<RunningServer> {
    const config = loadConfig({}, { port: 0, host: '127.0.0.1', databaseUrl, 'simulator.enabled': false });
    const server = await startServer(config, { logger: silent, role });
    servers.push(server);
    return server;
  }

  /** The test helpers' view of a running node: its app, store and the first tenant's key. */
  async function asTestApp(server: RunningServer, key: string): Promise<TestApp> {
    const tenantId = (await tenantIdForApiKey(server.store.db, key)) as string;
    const auth = { authorization: `Bearer ${key}` };
    return {
      app: server.app,
      store: server.store as never,
      key,
      tenantId,
      auth,
      relay: server.liveRelay,
      close: async () => {},
    };
  }

  /** Sends one scan over HTTP, as a carrier integration would. */
  async function postScan(server: RunningServer, key: string, trackingNumber: string): Promise<void> {
    const response = await fetch(`${server.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events: [{ trackingNumber, carrier: 'ups', ...OUT_FOR_DELIVERY }] }),
    });
    expect(response.status).toBe(200);
  }

  it('a scan sent to one api node reaches a page open on another within a second (two api nodes, one worker)', async () => {
    const url = await freshPostgresSchemaUrl();
    // The first node on an empty database makes the tenant; the others start after it.
    const api1 = await node(url, 'api');
    const key = api1.firstApiKey as string;
    const api2 = await node(url, 'api');
    await node(url, 'worker');
    const s = await seed(await asTestApp(api1, key), scenario('in_transit'));

    const stream = await connectSse(`${api2.url}/t/${s.token}/events`);
    expect(stream.status).toBe(200);
    await waitFor(() => api2.liveRelay.listening, 'api-2 to listen for commits');
    await postScan(api1, key, s.trackingNumber);
    const sent = Date.now();
    const update = await waitFor(() => stream.events.find(isOutForDelivery), 'the update on api-2', 5_000);
    const took = Date.now() - sent;
    stream.close();
    expect(JSON.parse(update!.data)).toMatchObject({ status: 'Out for delivery' });
    expect(took).toBeLessThan(1_000);
  });

  describe.each<DialectName>(['sqlite', 'postgres'])('one node doing everything on %s', (dialect) => {
    it('updates open pages while a durable subscriber is stuck in a batch', async () => {
      released = false;
      const store = await freshStore(dialect, dialect === 'sqlite' ? { sqliteFile: await tempFile() } : {});
      const url = store.url;
      await store.dispose();
      const all = await node(url, 'all');
      const key = all.firstApiKey as string;
      const s = await seed(await asTestApp(all, key), scenario('in_transit'));

      // A durable subscriber that takes the next batch and does not return until the test ends.
      let stuck = false;
      all.relay.subscribe({
        name: 'stuck-subscriber',
        durable: true,
        handle: async () => undefined,
        handleBatch: () =>
          new Promise<void>((done) => {
            if (released) return done();
            stuck = true;
            gates.push(done);
          }),
      });
      await waitFor(() => stuck, 'the durable subscriber to be stuck');

      const stream = await connectSse(`${all.url}/t/${s.token}/events`);
      await postScan(all, key, s.trackingNumber);
      const update = await waitFor(() => stream.events.find(isOutForDelivery), 'the page update');
      stream.close();
      expect(JSON.parse(update!.data)).toMatchObject({ status: 'Out for delivery' });
      expect(gates.length).toBe(1);
    });
  });
});

async function tempFile(): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  return join(await mkdtemp(join(tmpdir(), 'waybill-nodes-')), 'waybill.db');
}

/** The live update that carries the new scan (the first event on connect is the state as it was). */
function isOutForDelivery(event: { event: string; data: string }): boolean {
  return (
    event.event === 'update' && (JSON.parse(event.data) as { status?: string }).status === 'Out for delivery'
  );
}
