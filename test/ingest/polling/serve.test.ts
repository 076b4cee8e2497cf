import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { startServer, type RunningServer } from '../../../src/http/server.js';
import type { CarrierStandIn } from '../../helpers/carrier-stand-in.js';
import { pollingUps, upsStandIn, UPS_NUMBER } from '../../helpers/ups-stand-in.js';
import { DIALECTS, freshPostgresSchemaUrl } from '../../helpers/dialects.js';
import { waitFor } from '../../helpers/wait.js';

describe.each(DIALECTS)('waybill serve polls configured carriers on %s', (dialect) => {
  let server: RunningServer | undefined;
  let standIn: CarrierStandIn | undefined;
  let dir: string | undefined;

  afterEach(async () => {
    await server?.close();
    await standIn?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    server = standIn = dir = undefined;
  });

  async function databaseUrl(): Promise<string> {
    if (dialect === 'postgres') return freshPostgresSchemaUrl();
    dir = mkdtempSync(join(tmpdir(), 'waybill-serve-'));
    return `sqlite:${join(dir, 'waybill.db')}`;
  }

  it('a shipment registered through the API is polled and its scans appear', async () => {
    standIn = await upsStandIn();
    const config = loadConfig(
      {},
      {
        port: 0,
        databaseUrl: await databaseUrl(),
        'simulator.enabled': false,
        ...pollingUps(standIn),
      },
    );
    server = await startServer(config, { logger: pino({ level: 'silent' }) });
    const auth = { authorization: `Bearer ${server.firstApiKey}` };
    const created = await server.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: auth,
      payload: { trackingNumber: UPS_NUMBER, carrier: 'ups' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;

    const shipment = await waitFor(async () => {
      const response = await server!.app.inject({ method: 'GET', url: `/v1/shipments/${id}`, headers: auth });
      return response.json().status === 'out_for_delivery' ? response.json() : undefined;
    }, 'the poller to fetch the scans');
    expect(shipment.status).toBe('out_for_delivery');
    const carriers = await server.app.inject({ method: 'GET', url: '/v1/carriers', headers: auth });
    expect(carriers.json().items).toContainEqual(
      expect.objectContaining({
        id: 'ups',
        polled: true,
        lastSuccessAt: expect.any(String),
        breaker: 'closed',
      }),
    );
  });

  it('refuses to start with an account that does not match the adapter’s settings', async () => {
    const config = loadConfig(
      {},
      {
        port: 0,
        databaseUrl: await databaseUrl(),
        'simulator.enabled': false,
        'carriers.accounts': { ups: {} },
      },
    );
    await expect(startServer(config, { logger: pino({ level: 'silent' }) })).rejects.toThrow(
      /carriers\.accounts\.ups\.clientId/,
    );
  });
});
