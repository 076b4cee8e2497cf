import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { DIALECTS, freshPostgresSchemaUrl } from '../helpers/dialects.js';
import { gmailForward, UPS_NUMBER } from './mails.js';

const silent = pino({ level: 'silent' });

/** Whether something accepts TCP connections on the port. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe.each(DIALECTS)('waybill serve with the SMTP intake on %s', (dialect) => {
  const servers: RunningServer[] = [];
  let dir: string | undefined;
  afterEach(async () => {
    for (const server of servers.splice(0).reverse()) await server.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function databaseUrl(): Promise<string> {
    if (dialect === 'postgres') return freshPostgresSchemaUrl();
    dir = mkdtempSync(join(tmpdir(), 'waybill-intake-'));
    return `sqlite:${join(dir, 'waybill.db')}`;
  }

  const config = async () =>
    loadConfig(
      { INTAKE_SMTP_ENABLED: 'true', INTAKE_SMTP_PORT: '0' },
      { port: 0, databaseUrl: await databaseUrl(), 'simulator.enabled': false },
    );

  it('takes forwarded mail by SMTP while it runs, and stops taking it when closed', async () => {
    const server = await startServer(await config(), { logger: silent });
    servers.push(server);
    expect(server.intakeSmtp).toMatchObject({ host: '127.0.0.1', port: expect.any(Number) });
    const port = server.intakeSmtp!.port;
    const auth = { authorization: `Bearer ${server.firstApiKey}` };
    const { address } = (await server.app.inject({ url: '/v1/intake/address', headers: auth })).json();

    const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const info = await transport.sendMail({
      envelope: { from: 'ana@acme-shop.example', to: [address] },
      raw: gmailForward({ to: 'ana@acme-shop.example', messageId: '<serve-2002@x>' }),
    });
    transport.close();
    expect(String(info.response)).toMatch(/^250 /);
    const found = await server.app.inject({
      url: `/v1/shipments?tracking_number=${UPS_NUMBER}`,
      headers: auth,
    });
    expect(found.json().data).toEqual([expect.objectContaining({ orderRef: '#2002', carrier: 'ups' })]);

    // What SIGTERM does (src/cli/commands/serve.ts): close; the listener goes with the rest.
    await servers.pop()!.close();
    expect(await accepts(port)).toBe(false);
  });
});

describe('serve --role on PostgreSQL with the SMTP intake', () => {
  const servers: RunningServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0).reverse()) await server.close();
  });

  it('listens on the api role, not on a worker', async () => {
    const config = loadConfig(
      { INTAKE_SMTP_ENABLED: 'true', INTAKE_SMTP_PORT: '0' },
      { port: 0, databaseUrl: await freshPostgresSchemaUrl(), 'simulator.enabled': false },
    );
    const api = await startServer(config, { logger: silent, role: 'api' });
    servers.push(api);
    const worker = await startServer(config, { logger: silent, role: 'worker' });
    servers.push(worker);
    expect(api.intakeSmtp).toBeDefined();
    expect(worker.intakeSmtp).toBeUndefined();
  });
});
