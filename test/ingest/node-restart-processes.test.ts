import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/open-store.js';
import { latestOutboxPosition } from '../../src/store/repositories/outbox.js';
import { freshPostgresSchemaUrl } from '../helpers/dialects.js';
import { freePort } from '../helpers/ports.js';
import { waitFor, waitForProgress, within } from '../helpers/wait.js';
import {
  killAllWebhooksServers,
  startWebhooksServer,
  type WebhooksServer,
} from '../notify/webhooks-process.js';
import { NODE_CONFIG } from './node-config.js';
import { steadyScans, type SteadyScans } from './steady-scans.js';

// Issue 14's rolling restart with every node a real process on a loopback port: two api nodes and
// a worker on one PostgreSQL; each in turn gets SIGTERM and is started again on its port while two
// clients send scans, retrying a refused connection on the other api node.
describe('a rolling restart of node processes on PostgreSQL', () => {
  let restartStore: Store | undefined;
  let traffic: SteadyScans | undefined;
  afterAll(async () => {
    await traffic?.stop();
    await killAllWebhooksServers();
    await restartStore?.close();
  });

  it(
    'a rolling restart of every process under steady traffic: each stops cleanly within 10 s, no request fails for a client that retries refused connections, nothing is lost',
    { timeout: 300_000 },
    async () => {
      const url = await freshPostgresSchemaUrl();
      const roles = ['api', 'api', 'worker'] as const;
      const ports = [await freePort(), await freePort(), await freePort()];
      const start = (i: number) => startWebhooksServer(url, { ...NODE_CONFIG, port: ports[i] }, roles[i]);
      // The first node alone on the empty database, then the others (docs/operations.md).
      const nodes: WebhooksServer[] = [await start(0)];
      nodes.push(await start(1), await start(2));
      traffic = steadyScans([ports[0]!, ports[1]!], nodes[0]!.apiKey, '1ZPROC');

      const stops: { role: string; code: number | null; ms: number }[] = [];
      for (let i = 0; i < nodes.length; i += 1) {
        await waitFor(
          () => traffic!.acknowledged.length >= 10 * (i + 1),
          'scans before the next restart',
          60_000,
        );
        const stopped = await within(30_000, `stopping node ${i} (${roles[i]})`, nodes[i]!.stop());
        stops.push({ role: roles[i]!, ...stopped });
        nodes[i] = await within(60_000, `starting node ${i} (${roles[i]}) again`, start(i));
      }
      const count = traffic.acknowledged.length;
      await waitFor(() => traffic!.acknowledged.length >= count + 20, 'scans after the restarts', 60_000);
      await within(30_000, 'the clients to finish', traffic.stop());

      // SIGTERM is a clean stop: exit code 0, within the 10 s the issue allows.
      for (const stop of stops) {
        expect(stop, `${stop.role} node`).toMatchObject({ code: 0 });
        expect(stop.ms, `${stop.role} node's stop`).toBeLessThan(10_000);
      }
      expect(traffic.failed).toEqual([]);
      // The restarts were felt: requests met a stopped node and went to the other one.
      expect(traffic.retried()).toBeGreaterThan(0);
      restartStore = await openStore(url, { poolSize: 2 });
      const { db, caps } = restartStore;
      const stored = new Set(
        (await db.selectFrom('shipments').select('tracking_number').execute()).map((r) => r.tracking_number),
      );
      expect(traffic.acknowledged.filter((n) => !stored.has(n))).toEqual([]);
      // The restarted worker's durable subscribers reach the last message: none skipped. How long
      // the backlog from the worker's restart takes depends on the machine's load, so this waits
      // while the cursor moves, and fails if it stands still.
      const last = await latestOutboxPosition(db, caps);
      await waitForProgress(
        async () => {
          const cursor = await db
            .selectFrom('outbox_cursors')
            .select('last_seq')
            .where('subscriber', '=', 'estimates')
            .executeTakeFirst();
          return Number(cursor?.last_seq ?? 0);
        },
        last,
        'the estimates subscriber',
        30_000,
        () => `; the worker logged: ${nodes[2]!.logTail()}`,
      );
    },
  );
});
