import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { startServer, type RunningServer } from '../../../src/http/server.js';
import { json, startCarrierStandIn, type CarrierStandIn } from '../../helpers/carrier-stand-in.js';
import { DIALECTS, freshPostgresSchemaUrl } from '../../helpers/dialects.js';
import { waitFor } from '../../helpers/wait.js';

const NUMBER = '1Z4F87W20342619083';
const journey: unknown = JSON.parse(
  readFileSync(
    new URL('../../../src/carriers/ups/fixtures/in-transit-journey.json', import.meta.url),
    'utf8',
  ),
);

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
    standIn = await startCarrierStandIn();
    standIn.route('POST /security/v1/oauth/token', () =>
      json({ access_token: 't', token_type: 'Bearer', expires_in: 3600 }),
    );
    standIn.route('GET /api/track/v1/details/:number', () => json(journey));
    const config = loadConfig(
      {},
      {
        port: 0,
        databaseUrl: await databaseUrl(),
        'simulator.enabled': false,
        'carriers.polling.tickMilliseconds': 50,
        'carriers.accounts': { ups: { baseUrl: standIn.url, clientId: 'id', clientSecret: 'secret' } },
      },
    );
    server = await startServer(config, { logger: pino({ level: 'silent' }) });
    const auth = { authorization: `Bearer ${server.firstApiKey}` };
    const created = await server.app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: auth,
      payload: { trackingNumber: NUMBER, carrier: 'ups' },
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
