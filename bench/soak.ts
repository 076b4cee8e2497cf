import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { startLocalSmtp } from '../test/notify/smtp-server.js';
import { upsStandIn, UPS_NUMBER } from '../test/helpers/ups-stand-in.js';
import { BENCH_API_LIMITS_ENV } from './support/api-limits.js';

// npm run soak -- --minutes N [--rate R]: Waybill (compiled, as `npm start` runs it; SQLite file,
// or DATABASE_URL) under steady mixed traffic for N minutes (default 30) at R operations per
// second (default 40): scans pushed through the API (new parcels and later scans of known ones),
// shipment registrations with an email recipient (so status changes send real email to a local
// SMTP server), lookups of shipments, tracking page views, and carrier polls (a UPS account pointed
// at a local stand-in, polling the registered UPS parcel). Every minute it prints the server's RSS
// and heap and the outbox lag (from /metrics), and the client's p99 and errors for that minute.
// Verdict: RSS and heap grow less than 10% from the end of minute 2 to the end, the outbox lag
// stays under 10 s, no request fails.

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '30' }, rate: { type: 'string', default: '40' } },
});
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
if (!(MINUTES >= 1 && RATE > 0)) throw new Error('--minutes must be at least 1 and --rate above 0');
const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'waybill.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'waybill-soak-'));
const smtp = await startLocalSmtp();
const ups = await upsStandIn();
const configFile = join(dir, 'config.json');
writeFileSync(
  configFile,
  JSON.stringify({
    carriers: { accounts: { ups: { baseUrl: ups.url, clientId: 'id', clientSecret: 'secret' } } },
  }),
);
const env = {
  ...process.env,
  ...BENCH_API_LIMITS_ENV,
  DATABASE_URL: process.env['DATABASE_URL'] ?? `sqlite:${join(dir, 'waybill.db')}`,
  WAYBILL_CONFIG: configFile,
  SMTP_URL: smtp.url,
  SMTP_FROM: 'Soak <soak@example.com>',
  LOG_LEVEL: 'warn',
};
const keyRun = spawnSync(process.execPath, [BIN, 'keys', 'create'], { env, encoding: 'utf8' });
if (keyRun.status !== 0) throw new Error(`keys create failed: ${keyRun.stderr}`);
const auth = { authorization: `Bearer ${keyRun.stdout.trim()}`, 'content-type': 'application/json' };
const port = await freePort();
const server = spawn(process.execPath, [BIN, 'serve', '--no-simulator', '--port', String(port)], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  createInterface({ input: server.stdout }).on('line', (line) => line.includes('is running at') && resolve());
});
const origin = `http://127.0.0.1:${port}`;

// What the traffic works on: parcels it made, with their ids and page tokens.
const parcels: { number: string; id: string; token: string; scans: number }[] = [];
let serial = 0;
const latencies: number[] = [];
let errors = 0;
let operations = 0;

async function call(path: string, init: RequestInit = {}): Promise<Response | undefined> {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
    latencies.push(performance.now() - started);
    if (!response.ok) {
      errors += 1;
      console.error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
      return undefined;
    }
    return response;
  } catch (error) {
    latencies.push(performance.now() - started);
    errors += 1;
    console.error(`${init.method ?? 'GET'} ${path}: ${String(error)}`);
    return undefined;
  }
}

const STEPS = [
  'info_received.label_created',
  'in_transit.picked_up',
  'in_transit.destination_facility',
  'out_for_delivery.on_vehicle',
  'delivered.standard',
];
const scan = (number: string, step: number) => ({
  trackingNumber: number,
  carrier: 'ups',
  occurredAt: new Date(Date.now() - (STEPS.length - step) * 3_600_000).toISOString(),
  status: STEPS[step],
  rawDescription: STEPS[step],
  location: { city: 'Berlin', country: 'DE', postalCode: '10115' },
});

async function newParcel(): Promise<void> {
  serial += 1;
  const number = `1ZSOAK${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(9, '0')}`;
  const created = await call('/v1/shipments', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      trackingNumber: number,
      carrier: 'ups',
      destination: { postalCode: '10115', city: 'Berlin', country: 'DE' },
    }),
  });
  if (!created) return;
  const { id } = (await created.json()) as { id: string };
  await call(`/v1/shipments/${id}/recipients`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      channel: 'email',
      address: `customer${serial}@example.com`,
      timeZone: 'Asia/Tokyo',
      consentText: 'soak',
    }),
  });
  const shipment = await call(`/v1/shipments/${id}`, { headers: auth });
  if (!shipment) return;
  const { trackingPageUrl } = (await shipment.json()) as { trackingPageUrl: string };
  parcels.push({ number, id, token: new URL(trackingPageUrl).pathname.split('/')[2] as string, scans: 0 });
}

async function nextScan(): Promise<void> {
  const open = parcels.filter((p) => p.scans < STEPS.length);
  const parcel = open[Math.floor(Math.random() * open.length)];
  if (!parcel) return newParcel();
  await call('/v1/events', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ events: [scan(parcel.number, parcel.scans)] }),
  });
  parcel.scans += 1;
}

const pick = () => parcels[Math.floor(Math.random() * parcels.length)];
async function operation(): Promise<void> {
  operations += 1;
  const roll = Math.random();
  const parcel = pick();
  if (!parcel || roll < 0.1) return newParcel(); // 10%: a new parcel, with its recipient
  if (roll < 0.4) return nextScan(); // 30%: a scan of a parcel on its way
  if (roll < 0.7) return void (await call(`/v1/shipments/${parcel.id}`, { headers: auth })); // 30%
  return void (await call(`/t/${parcel.token}`)); // 30%: a customer opens the page
}

/**
 * The server's resident memory split into anonymous (heaps, SQLite's page cache) and file-backed
 * (SQLite's memory-mapped database file, code) on Linux: the file-backed part follows the
 * database's size up to mmap_size, and is the kernel's to drop.
 */
function rssSplit(pid: number | undefined): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const mb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
    return `${mb('RssAnon').toFixed(0)} / ${mb('RssFile').toFixed(0)}`;
  } catch {
    return '–';
  }
}

async function metric(name: string, pick: (values: number[]) => number): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const found = text
    .split('\n')
    .filter((line) => line.startsWith(name) && !line.startsWith('#'))
    .map((line) => Number(line.split(' ').at(-1)));
  return found.length > 0 ? pick(found) : 0;
}

// The registered UPS parcel: the poller asks the stand-in about it for the whole run.
await call('/v1/shipments', {
  method: 'POST',
  headers: auth,
  body: JSON.stringify({ trackingNumber: UPS_NUMBER, carrier: 'ups' }),
});

console.log(
  `soak: ${MINUTES} min at ${RATE} operations/s on ${env.DATABASE_URL.split(':')[0]}; ${cpus().length} CPUs`,
);
console.log(
  '| minute | ops | p99 (ms) | errors (total) | RSS (MB) | anon / file-backed (MB) | heap used (MB) | outbox lag (msgs) | lag (s) | emails | carrier polls | load |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const minutes: { rss: number; heap: number; lagSeconds: number }[] = [];
const inFlight = new Set<Promise<void>>();
const startedAt = performance.now();
for (let minute = 1; minute <= MINUTES; minute += 1) {
  const end = startedAt + minute * 60_000;
  let due = performance.now();
  while (performance.now() < end) {
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const op: Promise<void> = operation().finally(() => inFlight.delete(op));
    inFlight.add(op);
    due += 1000 / RATE;
  }
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
  const rss = (await metric('process_resident_memory_bytes', (v) => v[0] ?? 0)) / 2 ** 20;
  const heap = (await metric('nodejs_heap_size_used_bytes', (v) => v[0] ?? 0)) / 2 ** 20;
  const lag = await metric('waybill_outbox_lag_messages', (v) => Math.max(...v));
  const lagSeconds = await metric('waybill_outbox_lag_seconds', (v) => Math.max(...v));
  minutes.push({ rss, heap, lagSeconds });
  const split = rssSplit(server.pid);
  const polls = ups.requests.filter((r) => r.path.startsWith('/api/track')).length;
  console.log(
    `| ${minute} | ${operations} | ${p99.toFixed(1)} | ${errors} | ${rss.toFixed(0)} | ${split} | ${heap.toFixed(0)} | ${lag} | ${lagSeconds.toFixed(1)} | ${smtp.mails.length} | ${polls} | ${loadavg()[0]?.toFixed(2)} |`,
  );
  latencies.length = 0;
  operations = 0;
}
await Promise.all(inFlight);

const warm = minutes[Math.min(1, minutes.length - 1)]!;
const last = minutes.at(-1)!;
const growth = (a: number, b: number) => (b - a) / a;
const verdicts = [
  [
    `RSS growth after minute 2: ${(growth(warm.rss, last.rss) * 100).toFixed(1)}%`,
    growth(warm.rss, last.rss) < 0.1,
  ],
  [
    `heap growth after minute 2: ${(growth(warm.heap, last.heap) * 100).toFixed(1)}%`,
    growth(warm.heap, last.heap) < 0.1,
  ],
  [
    `largest outbox lag: ${Math.max(...minutes.map((m) => m.lagSeconds)).toFixed(1)} s`,
    minutes.every((m) => m.lagSeconds < 10),
  ],
  [`failed requests: ${errors}`, errors === 0],
] as const;
for (const [text, ok] of verdicts) console.log(`${ok ? '✅' : '❌'} ${text}`);
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
await smtp.close();
await ups.close();
rmSync(dir, { recursive: true, force: true });
process.exitCode = verdicts.every(([, ok]) => ok) ? 0 : 1;
