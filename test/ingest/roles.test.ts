import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import type { CarrierStandIn } from '../helpers/carrier-stand-in.js';
import { pollingUps, upsStandIn, UPS_NUMBER } from '../helpers/ups-stand-in.js';
import { freshPostgresSchemaUrl } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';

const silent = pino({ level: 'silent' });

describe('serve --role on PostgreSQL', () => {
  const servers: RunningServer[] = [];
  let standIn: CarrierStandIn | undefined;
  afterEach(async () => {
    for (const server of servers.splice(0).reverse()) await server.close();
    await standIn?.close();
  });

  it('an api process serves and polls nothing; a worker beside it polls, estimates and serves only operations', async () => {
    standIn = await upsStandIn();
    const config = loadConfig(
      {},
      {
        port: 0,
        databaseUrl: await freshPostgresSchemaUrl(),
        'simulator.enabled': false,
        ...pollingUps(standIn),
      },
    );
    const api = await startServer(config, { logger: silent, role: 'api' });
    servers.push(api);
    const auth = { authorization: `Bearer ${api.firstApiKey}` };
    const created = await api.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: auth,
      payload: { trackingNumber: UPS_NUMBER, carrier: 'ups' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const shipment = async () =>
      (await api.app.inject({ url: `/v1/shipments/${id}`, headers: auth })).json() as {
        status: string;
        estimate: unknown;
      };

    // The api alone: nobody polls the carrier, and no durable subscriber ever ran.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(standIn.requests.filter((r) => r.path.startsWith('/api/track'))).toHaveLength(0);
    expect((await shipment()).status).toBe('pending');
    expect(await api.store.db.selectFrom('outbox_cursors').select('subscriber').execute()).toEqual([]);

    const worker = await startServer(config, { logger: silent, role: 'worker' });
    servers.push(worker);
    const moved = await waitFor(async () => {
      const s = await shipment();
      return s.status === 'out_for_delivery' && s.estimate !== null ? s : undefined;
    }, 'the worker to poll the carrier and estimate the delivery');
    expect(moved?.status).toBe('out_for_delivery');
    // The worker's relay makes each durable cursor at its subscriber's first batch, one subscriber
    // after another in a pass: the estimate can be visible before the last of them is made.
    const subscribers = async () =>
      (await api.store.db.selectFrom('outbox_cursors').select('subscriber').execute()).map(
        (c) => c.subscriber,
      );
    await waitFor(async () => {
      const all = await subscribers();
      return all.includes('estimates') && all.includes('console-analytics');
    }, 'the worker to make its durable cursors (estimates, console-analytics)');

    // The worker answers operations only.
    expect((await worker.app.inject('/readyz')).statusCode).toBe(200);
    expect((await worker.app.inject('/metrics')).statusCode).toBe(200);
    const notThere = await worker.app.inject({ url: `/v1/shipments/${id}`, headers: auth });
    expect(notThere.statusCode).toBe(404);
    expect(notThere.headers['content-type']).toContain('application/problem+json');
  });
});

describe('serve --role on SQLite', () => {
  it('refuses api and worker: one process runs everything there', async () => {
    for (const role of ['api', 'worker'] as const) {
      const config = loadConfig({}, { port: 0, databaseUrl: 'sqlite::memory:', 'simulator.enabled': false });
      await expect(startServer(config, { logger: silent, role })).rejects.toThrow(
        `--role ${role} needs PostgreSQL: on SQLite one process runs everything (--role all)`,
      );
    }
  });
});
