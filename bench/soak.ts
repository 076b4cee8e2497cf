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
import { caughtUp } from './support/caught-up.js';

// npm run soak -- --minutes N [--rate R] [--stored S]: Waybill (compiled, as `npm start` runs it;
// SQLite file, or DATABASE_URL) under steady mixed traffic for N minutes (default 30) at R
// operations per second (default 40), on a store that already holds S simulated shipments
// (default 20,000: a node in service starts on a database it did not write, and its caches fill
// from it; half the lookups and page views ask for those): scans pushed through the API (new parcels and later scans of known ones),
// shipment registrations with an email recipient (so status changes send real email to a local
// SMTP server), lookups of shipments, tracking page views, and carrier polls (a UPS account pointed
// at a local stand-in, polling the registered UPS parcel). Every minute it prints the server's RSS
// and heap and the outbox lag (from /metrics), and the client's p99 and errors for that minute.
// Verdict: RSS and heap (each minute's lowest reading) grow less than 10% from the end of the
// warm-up (--warmup, default minute 10) to the last minute, the outbox lag stays under 10 s, no
// request fails.

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    rate: { type: 'string', default: '40' },
    stored: { type: 'string', default: '20000' },
    warmup: { type: 'string' },
  },
});
// Minutes before memory is judged: the node's bounded caches fill first (answers of lookups and
// pages, 16 MB each; SQLite's page cache, 16 MB per connection), which at 40 operations/s takes
// several minutes. Every minute is printed either way. Default: a third of the run, at most 10.
const WARMUP = Number(values.warmup ?? Math.max(1, Math.min(10, Math.floor(Number(values.minutes) / 3))));
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
const STORED = Number(values.stored);
if (!(MINUTES >= 1 && RATE > 0 && Number.isInteger(STORED) && STORED >= 0)) {
  throw new Error('--minutes must be at least 1, --rate above 0 and --stored a whole number');
}
if (!(Number.isInteger(WARMUP) && WARMUP >= 1 && WARMUP <= MINUTES)) {
  throw new Error('--warmup must be a whole number of minutes, at least 1 and at most --minutes');
}
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
if (STORED > 0) {
  const fill = spawnSync(process.execPath, [BIN, 'simulate', '-n', String(STORED), '--seed', '1'], {
    env,
    encoding: 'utf8',
  });
  if (fill.status !== 0) throw new Error(`simulate failed: ${fill.stderr}`);
}
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
// The server answers at once and works the stored shipments' backlog (estimates, console figures)
// while it serves; the soak measures the steady state after that.
const settledMs = await caughtUp(origin);
process.stdout.write(
  `caught up with the stored shipments' backlog ${(settledMs / 1000).toFixed(0)} s after start\n`,
);

// The stored shipments' ids, and page tokens of a sample of them (read through the API before the
// clock starts; the tokens come with a shipment's own lookup, so only a sample is asked for).
const storedIds: string[] = [];
for (let cursor: string | null = null; ;) {
  const query: string = cursor ? `&cursor=${cursor}` : '';
  const page = (await (
    await fetch(`${origin}/v1/shipments?limit=200${query}`, { headers: auth })
  ).json()) as {
    data: { id: string }[];
    nextCursor: string | null;
  };
  storedIds.push(...page.data.map((s) => s.id));
  cursor = page.nextCursor;
  if (!cursor) break;
}
const storedTokens: string[] = [];
for (let i = 0; i < Math.min(2000, storedIds.length); i += 1) {
  const id = storedIds[Math.floor(Math.random() * storedIds.length)];
  const shipment = (await (await fetch(`${origin}/v1/shipments/${id}`, { headers: auth })).json()) as {
    trackingPageUrl: string;
  };
  storedTokens.push(new URL(shipment.trackingPageUrl).pathname.split('/')[2] as string);
}

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

const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];
async function operation(): Promise<void> {
  operations += 1;
  const roll = Math.random();
  const parcel = pick(parcels);
  if (!parcel || roll < 0.1) return newParcel(); // 10%: a new parcel, with its recipient
  if (roll < 0.4) return nextScan(); // 30%: a scan of a parcel on its way
  const stored = Math.random() < 0.5; // half the lookups ask for a parcel from before the run
  if (roll < 0.7) {
    const id = (stored ? pick(storedIds) : undefined) ?? parcel.id;
    return void (await call(`/v1/shipments/${id}`, { headers: auth })); // 30%
  }
  const token = (stored ? pick(storedTokens) : undefined) ?? parcel.token;
  return void (await call(`/t/${token}`)); // 30%: a customer opens the page
}

/**
 * The server's resident memory split into anonymous (heaps, SQLite's page cache, bounded by
 * cache_size per connection) and file-backed (code and mapped files; the database is not mapped)
 * on Linux.
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
  `soak: ${MINUTES} min at ${RATE} operations/s on ${env.DATABASE_URL.split(':')[0]} holding ${storedIds.length} shipments; ${cpus().length} CPUs`,
);
console.log(
  '| minute | ops | p99 (ms) | errors (total) | RSS, lowest (MB) | anon / file-backed at end (MB) | heap used, lowest (MB) | outbox lag (msgs) | lag (s) | emails | carrier polls | load |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const minutes: { rss: number; heap: number; lagSeconds: number }[] = [];
// Memory is read every 5 s and each minute reports its lowest reading: a single reading lands
// anywhere in the garbage collector's cycle (the heap swings by tens of MB between collections),
// while the lowest one of a minute is what the process holds on to, which is what grows in a leak.
const samples = { rss: [] as number[], heap: [] as number[] };
const sampler = setInterval(() => {
  void (async () => {
    samples.rss.push((await metric('process_resident_memory_bytes', (v) => v[0] ?? 0)) / 2 ** 20);
    samples.heap.push((await metric('nodejs_heap_size_used_bytes', (v) => v[0] ?? 0)) / 2 ** 20);
  })().catch(() => undefined);
}, 5_000);
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
  const rss = Math.min(...samples.rss);
  const heap = Math.min(...samples.heap);
  samples.rss.length = 0;
  samples.heap.length = 0;
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
clearInterval(sampler);

const warm = minutes[Math.min(WARMUP, minutes.length) - 1]!;
const early = minutes[Math.min(2, minutes.length) - 1]!;
const last = minutes.at(-1)!;
const growth = (a: number, b: number) => (b - a) / a;
const percent = (a: number, b: number) => `${(growth(a, b) * 100).toFixed(1)}%`;
console.log(
  `from minute 2 (caches still filling): RSS ${percent(early.rss, last.rss)}, heap ${percent(early.heap, last.heap)}`,
);
const verdicts = [
  [`RSS growth after minute ${WARMUP}: ${percent(warm.rss, last.rss)}`, growth(warm.rss, last.rss) < 0.1],
  [
    `heap growth after minute ${WARMUP}: ${percent(warm.heap, last.heap)}`,
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
