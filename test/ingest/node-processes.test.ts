import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/open-store.js';
import { freshPostgresSchemaUrl } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import { allDelivered, expectCleanRepeats, outboxWebhookIds } from '../notify/webhook-delivery-checks.js';
import { WebhookReceiver } from '../notify/webhook-receiver.js';
import {
  killAllWebhooksServers,
  startWebhooksServer,
  type WebhooksServer,
} from '../notify/webhooks-process.js';
import { connectSse } from '../web/sse-client.js';
import { NODE_CONFIG } from './node-config.js';

// Issue 14's multi-node tests with every node a real operating-system process on a loopback port
// (test/ingest/nodes.test.ts runs the same roles inside the test process): two api nodes and a
// worker on one PostgreSQL. A scan sent to api-1 reaches a page open on api-2 within a second; the
// worker is killed with SIGKILL while it sends webhooks, another takes over, and every message
// arrives, any repeat with the same webhook-id and body. The rolling restart and the shared carrier
// quota, also with processes, are in node-restart-processes.test.ts and node-quota-processes.test.ts.
// SQLite stays one process (--role all).
const SHIPMENTS = 16;

describe('nodes as separate processes on PostgreSQL', () => {
  const receiver = new WebhookReceiver();
  let store: Store | undefined;
  afterAll(async () => {
    await killAllWebhooksServers();
    await receiver.stop();
    await store?.close();
  });

  it(
    'two api nodes and a worker: a scan reaches the other node’s page within 1 s, and a killed worker loses nothing',
    { timeout: 300_000 },
    async () => {
      const url = await freshPostgresSchemaUrl();
      // The first node on an empty database makes the tenant and prints its key.
      const api1 = await startWebhooksServer(url, NODE_CONFIG, 'api');
      const api2 = await startWebhooksServer(url, NODE_CONFIG, 'api');
      const worker = await startWebhooksServer(url, NODE_CONFIG, 'worker');
      store = await openStore(url, { poolSize: 2 });
      const call = (node: WebhooksServer, method: string, path: string, body?: unknown) =>
        fetch(`${node.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${api1.apiKey}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });

      // A page open on api-2, a scan sent to api-1.
      const registered = await call(api1, 'POST', '/v1/shipments', {
        trackingNumber: 'WBNODES0001',
        carrier: 'custom',
      });
      expect(registered.status).toBe(201);
      const { id } = (await registered.json()) as { id: string };
      const shipment = (await (await call(api2, 'GET', `/v1/shipments/${id}`)).json()) as {
        trackingPageUrl: string;
      };
      const token = new URL(shipment.trackingPageUrl).pathname.split('/')[2]!;
      const stream = await connectSse(`${api2.url}/t/${token}/events`);
      expect(stream.status).toBe(200);
      // The first event is the page as it was; the next one must be the scan.
      await waitFor(() => stream.events.length > 0, 'the stream to open on api-2');
      const scan = await call(api1, 'POST', '/v1/events', {
        events: [
          {
            trackingNumber: 'WBNODES0001',
            carrier: 'custom',
            occurredAt: new Date().toISOString(),
            status: 'out_for_delivery.on_vehicle',
            rawDescription: 'Out for delivery',
            location: { city: 'Berlin', country: 'DE' },
          },
        ],
      });
      expect(scan.status).toBe(200);
      const sent = Date.now();
      const update = await waitFor(
        () => stream.events.find((e) => e.event === 'update' && e.data.includes('Out for delivery')),
        'the update on api-2',
        5_000,
      );
      const took = Date.now() - sent;
      stream.close();
      expect(update).toBeDefined();
      expect(took).toBeLessThan(1_000);

      // Webhooks: the endpoint is registered through api-2, the parcels through api-1, and only
      // the worker sends. Slow answers keep requests in flight when the kill lands.
      const receiverUrl = await receiver.start();
      receiver.answer = async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return 200;
      };
      const endpoint = await call(api2, 'POST', '/v1/webhook-endpoints', { url: receiverUrl, events: ['*'] });
      expect(endpoint.status).toBe(201);
      const { id: endpointId, secret } = (await endpoint.json()) as { id: string; secret: string };
      // Messages from before the endpoint existed may or may not reach it; every later one must.
      const seqAtEndpoint = Number(
        (
          await store.db
            .selectFrom('outbox')
            .select((eb) => eb.fn.max('seq').as('seq'))
            .executeTakeFirst()
        )?.seq ?? 0,
      );
      receiver.secrets.push(secret);
      for (let i = 0; i < SHIPMENTS; i += 1) {
        const res = await call(api1, 'POST', '/v1/shipments', {
          trackingNumber: `WBNODES1${String(i).padStart(3, '0')}`,
          carrier: 'custom',
        });
        expect(res.status).toBe(201);
      }
      await waitFor(() => receiver.received.length >= 3, 'the worker sending', 60_000);
      await worker.kill();
      const sentBeforeKill = receiver.received.length;
      await startWebhooksServer(url, NODE_CONFIG, 'worker');

      let ids = { all: new Set<string>(), after: new Set<string>() };
      await waitFor(
        async () => {
          ids = await outboxWebhookIds(store!.db, endpointId, seqAtEndpoint);
          return allDelivered(store!.db, receiver, ids.after);
        },
        'every message delivered by the second worker',
        120_000,
      );
      expect(sentBeforeKill).toBeLessThan(receiver.received.length);
      expect(ids.after.size).toBeGreaterThanOrEqual(SHIPMENTS);
      expectCleanRepeats(receiver, ids.all);
    },
  );
});
