// The process the webhook crash test kills: the real server (relay, merchant-webhooks fan-out and
// sender wired as in production), with the webhooks section taken from the environment.
// Run as `node --import tsx test/notify/webhooks-child.ts` with
//   WEBHOOKS_CHILD_DATABASE_URL  the store to open
//   WEBHOOKS_CHILD_CONFIG        JSON of config overrides ({"webhooks.allowedDestinations": [...]})
//   WEBHOOKS_CHILD_ROLE          all (default), api or worker, as `waybill serve --role`
// Prints one JSON line on stdout once listening: { url, apiKey }.
import { loadConfig } from '../../src/config/config.js';
import { startServer, type Role } from '../../src/http/server.js';
import { createApiKey, listTenants } from '../../src/store/repositories/tenants.js';
import { NO_API_LIMITS } from '../helpers/api-limits.js';

const databaseUrl = process.env.WEBHOOKS_CHILD_DATABASE_URL;
if (!databaseUrl) throw new Error('WEBHOOKS_CHILD_DATABASE_URL is not set');
const overrides = JSON.parse(process.env.WEBHOOKS_CHILD_CONFIG ?? '{}') as Record<string, unknown>;

// The parent holds our stdin open; when it goes away (even killed), so do we: no orphans.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));

const config = loadConfig(
  {},
  {
    port: 0,
    'simulator.enabled': false,
    databaseUrl,
    logLevel: 'warn',
    host: '127.0.0.1',
    ...NO_API_LIMITS,
    ...overrides,
  },
);
const server = await startServer(config, { role: (process.env.WEBHOOKS_CHILD_ROLE ?? 'all') as Role });
const apiKey =
  server.firstApiKey ??
  (await (async () => {
    const [tenant] = await listTenants(server.store.db);
    if (!tenant) throw new Error('bootstrap left no tenant');
    return (await createApiKey(server.store.db, tenant.id, 'webhooks restart', new Date())).key;
  })());

process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
process.stdout.write(`${JSON.stringify({ url: server.url, apiKey })}\n`);
