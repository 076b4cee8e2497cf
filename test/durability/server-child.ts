// The process the durability test kills: the real server, plus one durable outbox subscriber that
// writes each message id to a file, so the test can see the outbox resume after every restart.
// Run as `node --import tsx test/durability/server-child.ts` with
//   DURABILITY_DATABASE_URL  the store to open (migrated already or not)
//   DURABILITY_DELIVERY_LOG  the file the subscriber appends message ids to
// Prints one JSON line on stdout once listening: { url, apiKey }.
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { loadConfig } from '../../src/config/config.js';
import { startServer } from '../../src/http/server.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { createApiKey, listTenants } from '../../src/store/repositories/tenants.js';
import { NO_API_LIMITS } from '../helpers/api-limits.js';

const DELIVERY_SUBSCRIBER = 'durability-delivery-log';

const databaseUrl = required('DURABILITY_DATABASE_URL');
const deliveryLog = required('DURABILITY_DELIVERY_LOG');

// The parent holds our stdin open; when it goes away (even killed), so do we: no orphans.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));

// An empty env: nothing from the test machine (PORT, WAYBILL_CONFIG…) leaks into the run.
const config = loadConfig(
  {},
  { port: 0, 'simulator.enabled': false, databaseUrl, logLevel: 'warn', host: '127.0.0.1', ...NO_API_LIMITS },
);
const server = await startServer(config);

const apiKey =
  server.firstApiKey ??
  (await (async () => {
    // A restart: bootstrap made the tenant on the first start and shows a key only then.
    const [tenant] = await listTenants(server.store.db);
    if (!tenant) throw new Error('bootstrap left no tenant');
    return (await createApiKey(server.store.db, tenant.id, 'durability restart', new Date())).key;
  })());

const fd = openSync(deliveryLog, 'a+');
// A kill can cut the last line short; start on a fresh line so the next id is not glued to it.
if (!endsWithNewline(deliveryLog)) writeSync(fd, '\n');

// Its own relay rather than server.relay: the server's lease is 30 s, so after a SIGKILL its durable
// subscribers wait that long before another process may take the cursor over. A 1 s lease lets the
// test see the hand-over within its budget; the takeover logic is the same code.
const relay = new OutboxRelay(server.store, { pollIntervalMs: 50, leaseMs: 1_000 });
relay.subscribe({
  name: DELIVERY_SUBSCRIBER,
  durable: true,
  async handle(message) {
    // Written and flushed before the relay moves the cursor: a kill in between means a repeat,
    // never a gap.
    writeSync(fd, `${message.id}\n`);
    fsyncSync(fd);
  },
});
relay.start();

process.once('SIGTERM', () => {
  void (async () => {
    await relay.stop();
    await server.close();
    closeSync(fd);
    process.exit(0);
  })();
});

process.stdout.write(`${JSON.stringify({ url: server.url, apiKey })}\n`);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function endsWithNewline(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  return text.length === 0 || text.endsWith('\n');
}
