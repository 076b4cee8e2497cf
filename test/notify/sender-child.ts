// The process the crash test kills in the middle of sending: the outbox relay with the
// notification dispatcher and the sender thread, nothing else. Run as `node --import tsx test/notify/sender-child.ts`
// with NOTIFY_CHILD_DATABASE_URL and NOTIFY_CHILD_SMTP_URL. Prints "ready" once running.
import pino from 'pino';
import { loadConfig } from '../../src/config/config.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { Notifications } from '../../src/notify/notifications.js';
import { openStore } from '../../src/store/open-store.js';

process.stdin.resume();
process.stdin.on('close', () => process.exit(0));

const databaseUrl = process.env['NOTIFY_CHILD_DATABASE_URL'] ?? '';
const store = await openStore(databaseUrl, { poolSize: 4 });
const config = loadConfig(
  {},
  {
    'simulator.enabled': false,
    publicBaseUrl: 'https://track.example.com',
    'notify.smtp.url': process.env['NOTIFY_CHILD_SMTP_URL'] ?? '',
    'notify.smtp.from': 'Test Shop <updates@shop.example>',
    'notify.digestWindowMs': 0,
    // A crashed sender's claims run out quickly, so the restarted one takes them over.
    'notify.sender.claimMs': 1000,
    'notify.sender.pollIntervalMs': 50,
    'notify.sender.concurrency': 4,
    'notify.sender.batchSize': 10,
  },
);
const relay = new OutboxRelay(store, { pollIntervalMs: 50, leaseMs: 1000 });
// As `serve` runs it: rendering and the SMTP client on the delivery thread, so the kill lands on
// both threads mid-way.
const notifications = new Notifications(store, config, { logger: pino({ level: 'silent' }), databaseUrl });
notifications.attach(relay);
relay.start();
notifications.start();
process.stdout.write('ready\n');
