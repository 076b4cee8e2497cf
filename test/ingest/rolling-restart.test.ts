import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { startServer, type Role, type RunningServer } from '../../src/http/server.js';
import { latestOutboxSeq } from '../../src/store/repositories/outbox.js';
import { freshPostgresSchemaUrl } from '../helpers/dialects.js';
import { waitFor, within } from '../helpers/wait.js';
import { NO_API_LIMITS } from '../helpers/api-limits.js';
import { freePort } from '../helpers/ports.js';
import { steadyScans, type SteadyScans } from './steady-scans.js';

const silent = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a rolling restart of every node on PostgreSQL', () => {
  const nodes: (RunningServer | undefined)[] = [];
  let traffic: SteadyScans | undefined;
  afterEach(async () => {
    await traffic?.stop();
    for (const node of nodes.splice(0)) await node?.close();
  });

  it('under steady traffic: no failed request for a client that retries refused connections, no lost scan or message', async () => {
    const databaseUrl = await freshPostgresSchemaUrl();
    const roles: Role[] = ['api', 'api', 'worker'];
    const ports = [await freePort(), await freePort(), await freePort()];
    const start = (i: number) =>
      startServer(
        loadConfig(
          {},
          { port: ports[i], host: '127.0.0.1', databaseUrl, 'simulator.enabled': false, ...NO_API_LIMITS },
        ),
        { logger: silent, role: roles[i] },
      );
    // The first node alone on the empty database, then the others (docs/operations.md).
    nodes[0] = await start(0);
    const key = nodes[0].firstApiKey as string;
    nodes[1] = await start(1);
    nodes[2] = await start(2);

    traffic = steadyScans([ports[0]!, ports[1]!], key, '1ZROLL');
    const { acknowledged, failed } = traffic;

    for (let i = 0; i < nodes.length; i += 1) {
      await sleep(400);
      // Bounded, so that a hang names its step instead of timing the whole test out.
      await within(30_000, `closing node ${i} (${roles[i]})`, nodes[i]!.close());
      nodes[i] = undefined;
      nodes[i] = await within(30_000, `starting node ${i} (${roles[i]}) again`, start(i));
    }
    await sleep(400);
    // Enough traffic to mean something whatever the machine's speed: on a loaded machine the
    // restarts above can pass with few requests acknowledged.
    const until = Date.now() + 30_000;
    while (acknowledged.length <= 50 && Date.now() < until) await sleep(50);
    await within(30_000, 'the clients to finish', traffic.stop());

    expect(failed).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(50);
    const store = nodes[0]!.store;
    const stored = new Set(
      (await store.db.selectFrom('shipments').select('tracking_number').execute()).map(
        (r) => r.tracking_number,
      ),
    );
    expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);
    // The restarted worker's durable subscribers catch up to the last message: none skipped.
    const last = await latestOutboxSeq(store.db);
    await waitFor(async () => {
      const cursor = await store.db
        .selectFrom('outbox_cursors')
        .select('last_seq')
        .where('subscriber', '=', 'estimates')
        .executeTakeFirst();
      return Number(cursor?.last_seq ?? 0) >= last;
    }, 'the estimates subscriber to reach the last outbox message');
    // The restarts were felt: requests met a closed node and went to the other one.
    expect(traffic.retried()).toBeGreaterThan(0);
  }, 90_000);
});
