// npm run bench:console — the merchant console's reads (issue 12) on one shop with a year of
// history, at 10,000, 100,000 and 1,000,000 shipments, on SQLite (a file) and PostgreSQL:
// 1. the shipment list: first page, a page 20 cursors deep, status / carrier / flag filters,
//    sort by number;
// 2. search: a tracking number, its first 6 characters, an order reference, a recipient's email;
// 3. the attention queue: its counts, and one page of items of every kind;
// 4. analytics over the last 90 days (from the rollups);
// 5. beside them, in the same rounds on the same store, the plainest indexed read of a page:
//    `select * from shipments where tenant_id = ? order by id desc limit 51`.
// Goals (at 1,000,000): list, search and attention p99 ≤ 100 ms; analytics p99 ≤ 300 ms.
// 6. The compressed bytes of a first visit to /app (the page, its CSS and JS, the icon).
//
// Each store is filled with bulk INSERTs straight into the tables (shipments, recipients and the
// analytics rollups the subscriber would have written for that history), then analysed. Every
// (database, size) runs in a child process of its own: a clean heap, and ULIDs minted in time
// order (src/store/ids.ts keeps the last millisecond it used). All measurements run round-robin,
// one call of each per round, so they all meet the same machine load.
//
// Options (env): BENCH_SIZES (10000,100000,1000000), BENCH_DIALECTS (sqlite,postgres),
// BENCH_ROUNDS (200), BENCH_WARMUP (20), BENCH_SLOW_SAMPLES (50: samples of a figure whose median
// is over 200 ms once warm), BENCH_BUDGET_S (600: no run measures for longer), BENCH_PLANS (miss:
// query plans of the figures that miss their goal; all: of every figure; none; at the largest
// size only), BENCH_RESULTS (bench/results/console.md; '' writes no file).
import { mondayOf, weekdayOf } from '../src/console/analytics/weeks.js';
import { execSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CompiledQuery, Kysely, sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { analyticsReport } from '../src/console/analytics/report.js';
import { hashPassword } from '../src/console/auth/password.js';
import { createUser } from '../src/console/auth/users.js';
import { todayIn } from '../src/console/http/page-context.js';
import {
  attentionCounts,
  attentionItems,
  KINDS,
  type AttentionQuery,
} from '../src/console/queries/attention.js';
import { filterFrom } from '../src/console/queries/shipment-filter.js';
import { listShipmentPage } from '../src/console/queries/shipment-list.js';
import { loadConfig } from '../src/config/config.js';
import { STATUSES, SUBSTATUS_CODES, type Status, type Substatus } from '../src/domain/status.js';
import { build } from '../src/http/app.js';
import { chooseCarrier } from '../src/http/carrier-choice.js';
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { bulkInsert } from '../src/store/bulk.js';
import type { Executor } from '../src/store/executor.js';
import { postgresDialect } from '../src/store/dialects/postgres.js';
import { sqliteDialect } from '../src/store/dialects/sqlite.js';
import { newId } from '../src/store/ids.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { createTenant } from '../src/store/repositories/tenants.js';
import type { Database, ShipmentTable } from '../src/store/schema.js';
import type { NotificationRecipientTable } from '../src/store/tables/notify.js';
import { benchPostgres, freshDatabase } from './support/postgres.js';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 600) * 1000;
const PLANS = process.env.BENCH_PLANS ?? 'miss';
const SLOW_MS = 200;
const SLOW_SAMPLES = Number(process.env.BENCH_SLOW_SAMPLES ?? 50);
const RESULTS = process.env.BENCH_RESULTS ?? 'bench/results/console.md';
const ZONE = 'Europe/Berlin';
const DAY = 86_400_000;
const HOUR = 3_600_000;
const PAGE = 50;
const DB_NAME = 'waybill_bench_console';

type Group = 'list' | 'search' | 'attention' | 'analytics' | 'baseline' | 'detail';
const GOALS: Partial<Record<Group, number>> = { list: 100, search: 100, attention: 100, analytics: 300 };

interface Figure {
  readonly name: string;
  readonly group: Group;
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly rows: number;
}

interface FillReport {
  readonly shipments: number;
  readonly recipients: number;
  readonly rollups: number;
  readonly statuses: Record<string, number>;
  readonly fillSeconds: number;
  readonly analyzeSeconds: number;
  readonly bytesOnDisk: number;
}

interface RunResult {
  readonly dialect: string;
  readonly size: number;
  readonly fill: FillReport;
  readonly figures: readonly Figure[];
  readonly plans: readonly { figure: string; text: string }[];
  readonly rounds: number;
  readonly seconds: number;
  readonly load: readonly [string, string];
  readonly server: string;
  /** What the data looks like through the console's own figures. */
  readonly shape: string;
}

interface Transfer {
  readonly path: string;
  readonly status: number;
  readonly encoding: string;
  readonly wireBytes: number;
  readonly bodyBytes: number;
  readonly headerBytes: number;
}

// ---------------------------------------------------------------------------------------------
// Parent: one child per (database, size), then the tables.

async function main(): Promise<void> {
  const started = new Date();
  const nproc = execSync('nproc').toString().trim();
  const machine = `${nproc} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`;
  console.log(`# console benchmark: sizes ${SIZES.join(', ')} on ${DIALECTS.join(', ')}`);
  console.log(`${machine}, ${started.toISOString()}\n`);
  const results: RunResult[] = [];
  const postgres = DIALECTS.includes('postgres') ? await benchPostgres() : undefined;
  try {
    for (const size of SIZES) {
      for (const dialect of DIALECTS) {
        const dir = mkdtempSync(join(tmpdir(), 'waybill-bench-console-'));
        const url =
          dialect === 'sqlite'
            ? `sqlite:${join(dir, 'console.db')}`
            : await freshDatabase(postgres!.url, DB_NAME);
        try {
          const result = await inChild<RunResult>(['--run', dialect, String(size), url]);
          results.push(result);
          printRun(result);
        } finally {
          rmSync(dir, { recursive: true, force: true });
          if (dialect === 'postgres') await dropDatabase(postgres!.url, DB_NAME);
        }
      }
    }
  } finally {
    await postgres?.stop();
  }
  const dir = mkdtempSync(join(tmpdir(), 'waybill-bench-console-visit-'));
  let visit: Transfer[];
  try {
    visit = await inChild<Transfer[]>(['--first-visit', `sqlite:${join(dir, 'visit.db')}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const visitLines = firstVisitTable(visit);
  console.log(`\n## First visit to /app\n\n${visitLines.join('\n')}`);
  const summary = summaryTable(results);
  console.log(`\n## Summary\n\n${summary.join('\n')}`);
  if (RESULTS) {
    writeResults(results, visitLines, summary, { machine, started, finished: new Date() });
    console.log(`\nwritten to ${RESULTS}`);
  }
}

function inChild<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1]!, args, {
      execArgv: [...process.execArgv, '--max-old-space-size=4096'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answer: T | undefined;
    child.on('message', (message) => (answer = message as T));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 && answer !== undefined
        ? resolve(answer)
        : reject(new Error(`${args.join(' ')}: exit ${code}`)),
    );
  });
}

async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
  } finally {
    await admin.end();
  }
}

const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const sizeLabel = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
const dbLabel = (dialect: string) => (dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL');

function verdict(figure: Figure): string {
  const goal = GOALS[figure.group];
  if (goal === undefined) return '';
  return figure.p99 <= goal ? `≤ ${goal} ✅` : `≤ ${goal} ❌`;
}

function runTable(result: RunResult): string[] {
  const baseline = result.figures.find((f) => f.group === 'baseline')!;
  const lines = [
    '| measurement | p50 (ms) | p99 (ms) | p50 ÷ baseline p50 | rows | n | goal p99 (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const f of result.figures) {
    const name = f.group === 'detail' ? `  └ ${f.name}` : f.name;
    const ratio = f.group === 'baseline' ? '1' : `${(f.p50 / baseline.p50).toFixed(1)}×`;
    lines.push(
      `| ${name} | ${fmtMs(f.p50)} | ${fmtMs(f.p99)} | ${ratio} | ${fmtInt(f.rows)} | ${f.n} | ${verdict(f)} |`,
    );
  }
  return lines;
}

function fillLine(result: RunResult): string {
  const f = result.fill;
  return (
    `${fmtInt(f.shipments)} shipments, ${fmtInt(f.recipients)} recipients, ${fmtInt(f.rollups)} rollup rows; ` +
    `fill ${f.fillSeconds.toFixed(1)} s, ${result.dialect === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE'} ` +
    `${f.analyzeSeconds.toFixed(1)} s; ${(f.bytesOnDisk / 1_048_576).toFixed(0)} MB on disk; ` +
    `${result.rounds} measured rounds in ${result.seconds.toFixed(0)} s; load average ${result.load[0]} → ${result.load[1]}`
  );
}

function dataLine(result: RunResult): string {
  const statuses = Object.entries(result.fill.statuses)
    .sort((a, b) => b[1] - a[1])
    .map(([status, n]) => `${status} ${fmtInt(n)}`)
    .join(', ');
  return `Data: ${statuses}; ${result.shape}.`;
}

function printRun(result: RunResult): void {
  console.log(`\n## ${dbLabel(result.dialect)}, ${fmtInt(result.size)} shipments\n`);
  console.log(fillLine(result));
  console.log(dataLine(result));
  console.log('');
  console.log(runTable(result).join('\n'));
  for (const plan of result.plans) console.log(`\n### plan: ${plan.figure}\n${plan.text}`);
}

function summaryTable(results: readonly RunResult[]): string[] {
  const largest = Math.max(...results.map((r) => r.size));
  const names = results[0]?.figures.filter((f) => f.group !== 'detail').map((f) => f.name) ?? [];
  const header = ['measurement'];
  const columns: RunResult[] = [];
  for (const dialect of DIALECTS)
    for (const size of SIZES) {
      const run = results.find((r) => r.dialect === dialect && r.size === size);
      if (!run) continue;
      columns.push(run);
      header.push(`${dbLabel(dialect)} ${sizeLabel(size)}`);
    }
  const lines = [
    `p50 / p99 in ms. Goals apply at ${fmtInt(largest)} shipments (✅ met / ❌ not met, on p99).`,
    '',
    `| ${header.join(' | ')} | goal (p99) |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} | --- |`,
  ];
  for (const name of names) {
    const cells = columns.map((run) => {
      const f = run.figures.find((x) => x.name === name)!;
      const mark =
        run.size === largest && GOALS[f.group] !== undefined
          ? f.p99 <= GOALS[f.group]!
            ? ' ✅'
            : ' ❌'
          : '';
      return `${fmtMs(f.p50)} / ${fmtMs(f.p99)}${mark}`;
    });
    const group = columns[0]!.figures.find((x) => x.name === name)!.group;
    const goal = GOALS[group];
    lines.push(`| ${name} | ${cells.join(' | ')} | ${goal === undefined ? '–' : `≤ ${goal} ms`} |`);
  }
  return lines;
}

function firstVisitTable(transfers: readonly Transfer[]): string[] {
  const lines = [
    '| request | status | encoding | body on the wire (B) | uncompressed (B) | headers (B) |',
    '| --- | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const t of transfers)
    lines.push(
      `| \`${t.path}\` | ${t.status} | ${t.encoding === 'identity' ? 'identity (not compressed)' : t.encoding} | ${fmtInt(t.wireBytes)} | ${fmtInt(t.bodyBytes)} | ${fmtInt(t.headerBytes)} |`,
    );
  const wire = transfers.reduce((n, t) => n + t.wireBytes, 0);
  const body = transfers.reduce((n, t) => n + t.bodyBytes, 0);
  const headers = transfers.reduce((n, t) => n + t.headerBytes, 0);
  lines.push(`| **total** | | | **${fmtInt(wire)}** | ${fmtInt(body)} | ${fmtInt(headers)} |`);
  lines.push('');
  lines.push(
    `Compressed bodies plus headers: **${((wire + headers) / 1024).toFixed(1)} KB** (${fmtInt(wire + headers)} B); ` +
      `bodies alone ${(wire / 1024).toFixed(1)} KB compressed, ${(body / 1024).toFixed(1)} KB uncompressed.`,
  );
  return lines;
}

function writeResults(
  results: readonly RunResult[],
  visit: readonly string[],
  summary: readonly string[],
  meta: { machine: string; started: Date; finished: Date },
): void {
  const env = [
    ['BENCH_SIZES', SIZES.join(',')],
    ['BENCH_DIALECTS', DIALECTS.join(',')],
  ]
    .filter(([name]) => process.env[name!] !== undefined)
    .map(([name, value]) => `${name}=${value} `)
    .join('');
  const lines = [
    '# Merchant console benchmark',
    '',
    `Command: \`${env}npm run bench:console\` (tsx bench/console.bench.ts). Machine: ${meta.machine}; ` +
      `run ${meta.started.toISOString().slice(0, 16)}–${meta.finished.toISOString().slice(11, 16)} UTC. ` +
      `SQLite: a file in the temp folder (WAL, better-sqlite3 as the app opens it). PostgreSQL: ${results.find((r) => r.dialect === 'postgres')?.server ?? '–'}.`,
    '',
    '## Method',
    '',
    'One shop (tenant) with a year of history, filled with bulk INSERTs straight into the tables, not through ingest:',
    '`created_at` evenly over the last 365 days (ULIDs minted in that order), 94% delivered, 2% in transit,',
    '1% info received, 1% exception (carrier, consignee, retailer or customs, with a matching substatus),',
    '0.5% each out for delivery, attempt failed and pending (half `pending.not_found`), 0.3% return to sender,',
    '0.2% expired. Shipments still under way are the newest ones (their ages are drawn from short exponential',
    'distributions), as in a live shop; 40% of the exceptions and all returns and expiries are spread over the year.',
    '`stalled` on 20% and `delay_reasons` on 10% of the shipments still under way; a promised date on 70%; an',
    'estimate on 85% of those the carrier knows; 5 carriers (dhl 35%, dpd 25%, ups 20%, fedex 12%, usps 8%) with',
    'realistic numbers (every UPS number starts with the shop’s `1Z` + shipper account, every DHL number with',
    '`003404`, every USPS with `940011`), 3 services, an order reference on each (5% of orders have two parcels),',
    '8 destination countries and 3 origin countries (mostly one warehouse). 30% of shipments have an email',
    'recipient (30% of them returning customers), a third of those also an SMS number. `console_rollups` holds',
    'the rows the analytics subscriber would have written for that history (created, tracked, exception,',
    'delivered, transit in business days, first attempt, on time against promise and estimate, hours per',
    'status, estimate error, window hits, calibration), per UTC day, carrier, service, destination and lane',
    '(a row per counter, or per day and dimension with its counters as JSON: whichever layout the store has).',
    'PostgreSQL gets `VACUUM ANALYZE` after the fill (what autovacuum would soon do; it also keeps autovacuum',
    'from starting during the measurements), SQLite `ANALYZE` and a WAL checkpoint.',
    '',
    'Each (database, size) runs in its own child process. Measurements run round-robin, one call of each per',
    `round: ${WARMUP} warm-up calls, then ${ROUNDS} measured calls of each figure; a figure whose median is over`,
    `${SLOW_MS} ms once warm stops at 3 warm-up calls and ${SLOW_SAMPLES} samples (its p99 is then the maximum), and no run`,
    `measures for longer than ${BUDGET_MS / 1000} s (\`n\` says how many samples each figure got). Searches rotate over 64 targets drawn from the data; the queue page`,
    'is the six `attentionItems` calls (25 items each) of one round, summed; the rows below it time each kind.',
    '`rows` is what the call returned (for the queue page, the sum; for counts, the total). The baseline is',
    '`select * from shipments where tenant_id = ? order by id desc limit 51` through Kysely, in the same rounds.',
    "The console's context: zone Europe/Berlin, today the run's date; analytics from today − 89 to today.",
    '',
    '## Summary',
    '',
    ...summary,
    '',
  ];
  for (const result of results) {
    lines.push(`## ${dbLabel(result.dialect)}, ${fmtInt(result.size)} shipments`, '');
    lines.push(fillLine(result), '', dataLine(result), '');
    lines.push(...runTable(result), '');
  }
  const plans = results.filter((r) => r.plans.length > 0);
  if (plans.length > 0) {
    lines.push(`## Query plans of the figures that miss their goal at ${fmtInt(Math.max(...SIZES))}`, '');
    lines.push(
      'Every statement the call ran, captured through Kysely’s log, with its median time over 5 runs and its',
      'plan (`EXPLAIN (ANALYZE, BUFFERS)` on PostgreSQL, `EXPLAIN QUERY PLAN` on SQLite). Long IN lists are',
      'shortened.',
      '',
    );
    for (const result of plans)
      for (const plan of result.plans) {
        lines.push(`### ${dbLabel(result.dialect)} ${sizeLabel(result.size)}: ${plan.figure}`, '');
        lines.push('```text', plan.text.trimEnd(), '```', '');
      }
  }
  lines.push('## First visit to /app (compressed)', '');
  lines.push(
    'The real app (`build(deps)`, as test/console/harness.ts builds it) on a 10,000-shipment SQLite store;',
    'a user signs in over `app.inject` (GET /app/login, POST /app/login with the form’s `_csrf`), then GET',
    '/app and the files it references, each with `accept-encoding: br, gzip`. Header bytes are those',
    'app.inject returns, written as HTTP/1.1 (a socket adds `date` and `connection`, about 60 B more).',
    '',
    ...visit,
    '',
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(RESULTS, lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Data: a deterministic year of one shop's shipments.

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, items: readonly (readonly [T, number])[]): T {
  const sum = items.reduce((n, [, w]) => n + w, 0);
  let x = random() * sum;
  for (const [item, weight] of items) {
    x -= weight;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
}

const CITIES: Record<string, readonly (readonly [string, string])[]> = {
  DE: [
    ['Berlin', '10115'],
    ['Hamburg', '20095'],
    ['München', '80331'],
    ['Köln', '50667'],
    ['Leipzig', '04109'],
  ],
  FR: [
    ['Paris', '75001'],
    ['Lyon', '69001'],
    ['Marseille', '13001'],
  ],
  NL: [
    ['Amsterdam', '1011'],
    ['Utrecht', '3511'],
    ['Rotterdam', '3011'],
  ],
  AT: [
    ['Wien', '1010'],
    ['Graz', '8010'],
  ],
  BE: [
    ['Bruxelles', '1000'],
    ['Antwerpen', '2000'],
  ],
  ES: [
    ['Madrid', '28001'],
    ['Barcelona', '08001'],
  ],
  IT: [
    ['Milano', '20121'],
    ['Roma', '00118'],
  ],
  PL: [
    ['Warszawa', '00-001'],
    ['Kraków', '30-001'],
  ],
};
const DESTINATIONS = [
  ['DE', 40],
  ['FR', 12],
  ['NL', 10],
  ['AT', 8],
  ['BE', 8],
  ['ES', 8],
  ['IT', 8],
  ['PL', 6],
] as const;
const ORIGINS = [
  ['DE', 85],
  ['NL', 10],
  ['PL', 5],
] as const;
const CARRIERS = [
  ['dhl', 35],
  ['dpd', 25],
  ['ups', 20],
  ['fedex', 12],
  ['usps', 8],
] as const;
type Carrier = (typeof CARRIERS)[number][0];
const SERVICES = [
  ['standard', 70],
  ['express', 20],
  ['economy', 10],
] as const;
type Service = (typeof SERVICES)[number][0];
const TRANSIT_BD: Record<Service, readonly (readonly [number, number])[]> = {
  express: [
    [1, 60],
    [2, 30],
    [3, 10],
  ],
  standard: [
    [1, 10],
    [2, 40],
    [3, 30],
    [4, 12],
    [5, 5],
    [6, 3],
  ],
  economy: [
    [2, 10],
    [3, 25],
    [4, 30],
    [5, 20],
    [6, 10],
    [7, 5],
  ],
};
/** The shop's promise, in business days after the order. */
const PROMISE_DAYS: Record<Service, number> = { express: 3, standard: 5, economy: 8 };
const EXCEPTIONS = [
  ['carrier', 50, ['exception.damaged', 'exception.lost', 'exception.carrier_delay', 'exception.other']],
  ['consignee', 30, ['exception.address_issue', 'exception.refused', 'exception.payment_due']],
  ['retailer', 10, ['exception.missing_documents']],
  ['customs', 10, ['exception.customs_hold']],
] as const;
const DELIVERED_SUBSTATUSES = [
  ['delivered.standard', 50],
  ['delivered.signed', 10],
  ['delivered.neighbour', 10],
  ['delivered.safe_place', 15],
  ['delivered.mailbox', 10],
  ['delivered.collected', 5],
] as const;
const FIRST = [
  'anna',
  'ben',
  'clara',
  'david',
  'emma',
  'felix',
  'greta',
  'hugo',
  'ida',
  'jonas',
  'lea',
  'max',
];
const LAST = [
  'schmidt',
  'martin',
  'jansen',
  'rossi',
  'garcia',
  'nowak',
  'huber',
  'peeters',
  'meyer',
  'weber',
];
const DOMAINS = ['example.com', 'mail.example', 'post.example', 'web.example'];

/** The share of each status (info_received is the 1% the issue's list leaves over). */
const STATUS_SHARES: readonly (readonly [Status, number, (random: () => number) => number])[] = [
  // [status, share, age in days]
  ['out_for_delivery', 0.005, (r) => expo(r, 0.3)],
  ['pending', 0.005, (r) => expo(r, 1)],
  ['info_received', 0.01, (r) => expo(r, 1.5)],
  ['in_transit', 0.02, (r) => expo(r, 3)],
  ['attempt_failed', 0.005, (r) => expo(r, 3)],
  ['exception', 0.01, (r) => (r() < 0.6 ? expo(r, 7) : r() * 365)],
  ['return_to_sender', 0.003, (r) => 3 + r() * 362],
  ['expired', 0.002, (r) => 30 + r() * 335],
];
const ACTIVE: ReadonlySet<Status> = new Set([
  'pending',
  'info_received',
  'in_transit',
  'out_for_delivery',
  'attempt_failed',
  'exception',
]);

const OUT_FOR_DELIVERY = STATUSES.indexOf('out_for_delivery');

function expo(random: () => number, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

/** Status of each slot (slots are in created_at order), with shipments under way among the newest. */
function statusSlots(n: number, random: () => number): Uint8Array {
  const DELIVERED = STATUSES.indexOf('delivered');
  const slots = new Uint8Array(n).fill(255);
  const samples: { status: number; age: number }[] = [];
  for (const [status, share, age] of STATUS_SHARES) {
    const count = Math.round(n * share);
    for (let i = 0; i < count; i += 1) samples.push({ status: STATUSES.indexOf(status), age: age(random) });
  }
  samples.sort((a, b) => a.age - b.age);
  // Union-find over taken slots: the nearest free slot at or before (older than) the drawn one.
  const parent = new Int32Array(n + 1);
  for (let i = 0; i <= n; i += 1) parent[i] = i;
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const sample of samples) {
    const wanted = Math.max(0, Math.min(n - 1, n - 1 - Math.floor((sample.age / 365) * n)));
    let free = find(wanted + 1) - 1; // index shifted by one: 0 means none left
    if (free < 0) free = slots.indexOf(255);
    slots[free] = sample.status;
    parent[free + 1] = free;
  }
  for (let i = 0; i < n; i += 1) if (slots[i] === 255) slots[i] = DELIVERED;
  return slots;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** A bijection of [0, m) (for m a power of ten), so numbers are unique but not in order. */
const scramble = (c: number, m: number) => (c * 799_819 + 104_729) % m;
const SERVICE_CODE: Record<Service, string> = { express: '01', standard: '03', economy: '13' };

function trackingNumber(carrier: Carrier, service: Service, c: number): string {
  switch (carrier) {
    case 'ups':
      return `1ZA4V892${SERVICE_CODE[service]}${pad(scramble(c, 1e8), 8)}`;
    case 'dhl':
      return `00340434${pad(scramble(c, 1e12), 12)}`;
    case 'fedex':
      return pad(scramble(c, 1e12), 12);
    case 'usps':
      return `9400111899${pad(scramble(c, 1e12), 12)}`;
    case 'dpd':
      return `0150${pad(scramble(c, 1e10), 10)}`;
  }
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();
const addDays = (date: string, days: number) => dayOf(Date.parse(`${date}T00:00:00Z`) + days * DAY);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

function isWeekday(ms: number): boolean {
  const day = new Date(ms).getUTCDay();
  return day !== 0 && day !== 6;
}

function addBusinessDays(ms: number, days: number): number {
  let at = ms;
  for (let left = days; left > 0;) {
    at += DAY;
    if (isWeekday(at)) left -= 1;
  }
  return at;
}

/** Weekdays after the day of `from`, up to and including the day of `to`. */
function businessDaysBetween(from: number, to: number): number {
  let n = 0;
  const end = Date.parse(`${dayOf(to)}T12:00:00Z`);
  for (let at = Date.parse(`${dayOf(from)}T12:00:00Z`) + DAY; at <= end; at += DAY) if (isWeekday(at)) n += 1;
  return n;
}

/** One counter of the rollups, before it is packed into its day-and-dimension row. */
interface RollupRow {
  tenant_id: string;
  day: string;
  carrier: string;
  service: string;
  destination: string;
  lane: string;
  metric: string;
  bucket: number;
  count: number;
  total: number;
}

/** The same counters one row per day and dimension, as JSON "metric:bucket" → [count, sum]. */
interface PackedRollupRow {
  tenant_id: string;
  span: string;
  day: string;
  carrier: string;
  service: string;
  destination: string;
  lane: string;
  counts: string;
}

type PackedBuilder = Map<string, PackedRollupRow & { counters: Record<string, [number, number]> }>;

/**
 * Adds counters to their day rows (span 'day') or, with `weeks`, to their week rows (span
 * 'week', keyed by the Monday, `created` by weekday), as the analytics subscriber writes them.
 */
function pack(out: PackedBuilder, rows: readonly RollupRow[], weeks: boolean): void {
  for (const row of rows) {
    const day = weeks ? mondayOf(row.day) : row.day;
    const key = [day, row.carrier, row.service, row.destination, row.lane].join('\u0000');
    let held = out.get(key);
    if (!held) {
      const { metric: _m, bucket: _b, count: _c, total: _t, ...dims } = row;
      out.set(key, (held = { ...dims, span: weeks ? 'week' : 'day', day, counts: '', counters: {} }));
    }
    const counter =
      weeks && row.metric === 'created' ? `created:${weekdayOf(row.day)}` : `${row.metric}:${row.bucket}`;
    const sum = held.counters[counter] ?? [0, 0];
    held.counters[counter] = [sum[0] + row.count, sum[1] + row.total];
  }
}

function packed(out: PackedBuilder): PackedRollupRow[] {
  return [...out.values()].map(({ counters, ...row }) => ({ ...row, counts: JSON.stringify(counters) }));
}

/** The analytics rollups for the history, day by day (flushed once no later fact can fall on a day). */
class Rollups {
  private readonly days = new Map<string, Map<string, { count: number; total: number }>>();
  add(day: string, dims: string, metric: string, bucket: number, total = 0): void {
    let held = this.days.get(day);
    if (!held) this.days.set(day, (held = new Map()));
    const key = `${dims}\u0000${metric}\u0000${bucket}`;
    const cell = held.get(key);
    if (cell) {
      cell.count += 1;
      cell.total += total;
    } else held.set(key, { count: 1, total });
  }
  /** Rows of the days before `before` (all of them without it), removed from memory. */
  take(tenantId: string, before?: string): RollupRow[] {
    const rows: RollupRow[] = [];
    for (const [day, cells] of this.days) {
      if (before !== undefined && day >= before) continue;
      for (const [key, cell] of cells) {
        const [carrier, service, destination, lane, metric, bucket] = key.split('\u0000') as [
          string,
          string,
          string,
          string,
          string,
          string,
        ];
        rows.push({
          tenant_id: tenantId,
          day,
          carrier,
          service,
          destination,
          lane,
          metric,
          bucket: Number(bucket),
          count: cell.count,
          total: Math.round(cell.total * 1000) / 1000,
        });
      }
      this.days.delete(day);
    }
    return rows;
  }
}

const SHIPMENT_COLUMNS = [
  'id',
  'tenant_id',
  'tracking_number',
  'carrier',
  'service',
  'order_ref',
  'origin_postal_code',
  'origin_city',
  'origin_region',
  'origin_country',
  'destination_postal_code',
  'destination_city',
  'destination_region',
  'destination_country',
  'promised_date',
  'ordered_at',
  'status',
  'substatus',
  'exception_reason',
  'last_city',
  'last_region',
  'last_postal_code',
  'last_country',
  'last_event_at',
  'first_scan_at',
  'delivered_at',
  'delivery_attempts',
  'carrier_estimate',
  'event_count',
  'corrected',
  'stalled',
  'estimate',
  'estimate_history',
  'estimated_at',
  'delay_reasons',
  'archived_at',
  'notifications_paused',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ShipmentTable)[];
const RECIPIENT_COLUMNS = [
  'id',
  'tenant_id',
  'shipment_id',
  'channel',
  'address',
  'details',
  'locale',
  'time_zone',
  'consent_text',
  'consented_at',
  'unsubscribe_token',
  'created_at',
] as const satisfies readonly (keyof NotificationRecipientTable)[];
const PACKED_ROLLUP_COLUMNS = [
  'tenant_id',
  'span',
  'day',
  'carrier',
  'service',
  'destination',
  'lane',
  'counts',
] as const satisfies readonly (keyof PackedRollupRow)[];

const PG_TYPES: Record<string, string> = {
  delivery_attempts: 'integer',
  event_count: 'integer',
  corrected: 'integer',
  stalled: 'integer',
  notifications_paused: 'integer',
  bucket: 'integer',
  count: 'integer',
  total: 'double precision',
};

/**
 * Multi-row INSERTs on SQLite (the store's own bulk helper); on PostgreSQL one array per column
 * through unnest(), which binds 38 parameters instead of 65,000 and fills several times faster.
 */
async function insertRows<Row extends object>(
  db: Executor,
  store: Store,
  table: string,
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): Promise<void> {
  if (store.caps.dialect !== 'postgres') {
    await bulkInsert(db, store.caps, table, columns, rows);
    return;
  }
  const arrays = columns.map((column, k) => `$${k + 1}::${PG_TYPES[column] ?? 'text'}[]`);
  const text = `insert into ${table} (${columns.join(', ')}) select * from unnest(${arrays.join(', ')})`;
  for (let i = 0; i < rows.length; i += 10_000) {
    const chunk = rows.slice(i, i + 10_000) as readonly Record<string, unknown>[];
    await db.executeQuery(
      CompiledQuery.raw(
        text,
        columns.map((column) => chunk.map((row) => row[column] ?? null)),
      ),
    );
  }
}

interface Targets {
  readonly numbers: string[];
  readonly orderRefs: string[];
  readonly emails: string[];
}

/** Fills one tenant's store; returns what the searches look for. */
async function fill(
  store: Store,
  tenantId: string,
  n: number,
  now: number,
): Promise<{ targets: Targets; recipients: number; rollups: number; statuses: Record<string, number> }> {
  const random = rng(12);
  const slots = statusSlots(n, random);
  const start = now - 365 * DAY;
  const span = 365 * DAY - HOUR;
  const today = dayOf(now);
  const rollups = new Rollups();
  const counters: Record<Carrier, number> = { dhl: 0, dpd: 0, ups: 0, fedex: 0, usps: 0 };
  const statuses: Record<string, number> = {};
  const targetEvery = Math.max(1, Math.floor(n / 64));
  const targets: Targets = { numbers: [], orderRefs: [], emails: [] };
  const customers: string[] = [];
  const customerIndex = new Map<string, number>();
  let order = 100_000;
  let lastOrderRef = '';
  let shipments: ShipmentTable[] = [];
  let recipients: NotificationRecipientTable[] = [];
  let recipientCount = 0;
  let rollupCount = 0;
  const weekRows: PackedBuilder = new Map();
  const flush = async (final: boolean) => {
    // No fact lands more than 30 days after its shipment's registration.
    const rows = rollups.take(
      tenantId,
      final ? undefined : dayOf(Date.parse(shipments.at(-1)!.created_at) - 30 * DAY),
    );
    const days: PackedBuilder = new Map();
    pack(days, rows, false);
    pack(weekRows, rows, true);
    // Weeks straddle batches: their rows go in once, with the last batch.
    const packedRows = [...packed(days), ...(final ? packed(weekRows) : [])];
    rollupCount += packedRows.length;
    await store.db.transaction().execute(async (trx) => {
      await insertRows(trx, store, 'shipments', SHIPMENT_COLUMNS, shipments);
      await insertRows(trx, store, 'notification_recipients', RECIPIENT_COLUMNS, recipients);
      await insertRows(trx, store, 'console_rollups', PACKED_ROLLUP_COLUMNS, packedRows);
    });
    shipments = [];
    recipients = [];
  };

  for (let i = 0; i < n; i += 1) {
    const createdMs = Math.floor(start + ((i + random()) * span) / n);
    const createdAt = iso(createdMs);
    const createdDay = dayOf(createdMs);
    const id = newId(createdMs);
    const status = STATUSES[slots[i]!]!;
    statuses[status] = (statuses[status] ?? 0) + 1;
    const carrier = weighted(random, CARRIERS);
    const service = weighted(random, SERVICES);
    const number = trackingNumber(carrier, service, counters[carrier]++);
    const destination = weighted(random, DESTINATIONS);
    const origin = weighted(random, ORIGINS);
    const [destinationCity, destinationPostal] =
      CITIES[destination]![Math.floor(random() * CITIES[destination]!.length)]!;
    const [originCity, originPostal] = CITIES[origin]![0]!;
    const lane = `${origin}→${destination}`;
    const dims = `${carrier}\u0000${service}\u0000${destination}\u0000${lane}`;
    const orderRef = random() < 0.05 && lastOrderRef !== '' ? lastOrderRef : `#${(order += 1)}`;
    lastOrderRef = orderRef;
    const promised = random() < 0.7 ? dayOf(addBusinessDays(createdMs, PROMISE_DAYS[service])) : null;
    const active = ACTIVE.has(status);
    const clampNow = (ms: number) => Math.min(ms, now - 60_000);
    const ageMs = now - createdMs;

    let substatus: Substatus;
    let exceptionReason: string | null = null;
    let firstScan: number | null = null;
    let lastEvent: number | null = createdMs + 10 * 60_000;
    let delivered: number | null = null;
    let attempts = 0;
    let events = 1;
    let updated = createdMs;
    let lastCountry: string | null = origin;
    let lastCity: string | null = originCity;
    let estimateDay: string | null = null;
    let tracked = true;

    const scannedAt = () => clampNow(createdMs + Math.min(3 * HOUR + random() * 27 * HOUR, ageMs * 0.3));
    switch (status) {
      case 'pending': {
        const notFound = random() < 0.5;
        substatus = notFound ? 'pending.not_found' : 'pending.registered';
        lastEvent = null;
        events = 0;
        lastCountry = null;
        lastCity = null;
        updated = notFound ? clampNow(createdMs + random() * ageMs) : createdMs;
        tracked = false;
        break;
      }
      case 'info_received':
        substatus = random() < 0.8 ? 'info_received.label_created' : 'info_received.awaiting_pickup';
        updated = lastEvent = clampNow(lastEvent);
        break;
      case 'delivered':
        substatus = weighted(random, DELIVERED_SUBSTATUSES);
        firstScan = scannedAt();
        break; // the journey below
      case 'exception': {
        const [reason, , substatuses] = weighted(
          random,
          EXCEPTIONS.map((e) => [e, e[1]] as const),
        );
        exceptionReason = reason;
        substatus = substatuses[Math.floor(random() * substatuses.length)]!;
        firstScan = scannedAt();
        lastEvent = clampNow(firstScan + random() * Math.max(0, now - firstScan) * 0.8);
        events = 3 + Math.floor(random() * 5);
        lastCountry = destination;
        lastCity = destinationCity;
        break;
      }
      case 'return_to_sender':
        substatus = weighted(random, [
          ['return_to_sender.initiated', 30],
          ['return_to_sender.in_transit', 40],
          ['return_to_sender.delivered', 30],
        ] as const);
        firstScan = scannedAt();
        lastEvent = clampNow(createdMs + (5 + random() * 10) * DAY);
        events = 6 + Math.floor(random() * 5);
        break;
      case 'expired': {
        const notFound = random() < 0.5;
        substatus = notFound ? 'expired.not_found' : 'expired.no_updates';
        if (notFound) {
          lastEvent = null;
          events = 0;
          lastCountry = null;
          lastCity = null;
          tracked = false;
        } else {
          firstScan = scannedAt();
          lastEvent = clampNow(firstScan + (1 + random() * 4) * DAY);
          events = 2 + Math.floor(random() * 3);
        }
        updated = clampNow(createdMs + 30 * DAY);
        break;
      }
      default: {
        // in_transit, out_for_delivery, attempt_failed
        firstScan = scannedAt();
        const since =
          status === 'out_for_delivery' ? 8 * HOUR : status === 'attempt_failed' ? 48 * HOUR : 30 * HOUR;
        lastEvent = clampNow(Math.max(firstScan, now - random() * since));
        events = 2 + Math.floor(random() * 6);
        if (status === 'in_transit')
          substatus = weighted(random, [
            ['in_transit.picked_up', 15],
            ['in_transit.origin_facility', 20],
            ['in_transit.linehaul', 25],
            ['in_transit.destination_facility', 25],
            ['in_transit.customs', 5],
            ['in_transit.delayed', 5],
            ['in_transit.other', 5],
          ] as const);
        else if (status === 'out_for_delivery') substatus = 'out_for_delivery.on_vehicle';
        else {
          substatus = 'attempt_failed.recipient_absent';
          attempts = 1;
        }
        if (status !== 'in_transit' || random() < 0.5) {
          lastCountry = destination;
          lastCity = destinationCity;
        }
      }
    }
    const stalled = active && random() < 0.2 ? 1 : 0;
    const delayReasons = active && random() < 0.1 ? '["promise_at_risk"]' : null;

    rollups.add(createdDay, dims, 'created', 0);
    if (tracked) rollups.add(createdDay, dims, 'tracked', 0);
    if (status === 'exception')
      rollups.add(createdDay, dims, 'exception', SUBSTATUS_CODES.indexOf(substatus));

    let estimate: string | null = null;
    let history: string | null = null;
    let estimatedAt: string | null = null;
    const hasEstimate = firstScan !== null && status !== 'expired' && random() < 0.85;
    if (status === 'delivered') {
      // The journey: label, first scan, out for delivery, (a failed attempt,) delivery.
      firstScan ??= scannedAt();
      let bd = weighted(random, TRANSIT_BD[service]);
      if (origin !== destination && random() < 0.6) bd += 1;
      if (random() < 0.01) bd += 1 + Math.floor(random() * 5);
      bd = Math.min(12, bd);
      delivered = addBusinessDays(firstScan, bd);
      delivered = Date.parse(`${dayOf(delivered)}T00:00:00Z`) + (9 + random() * 9) * HOUR;
      attempts = random() < 0.06 ? 2 : 1;
      if (delivered > now - HOUR) {
        // A young parcel already delivered: its journey fits in the time it had.
        delivered = firstScan + (now - HOUR - firstScan) * (0.6 + random() * 0.4);
        attempts = 1;
      }
      bd = businessDaysBetween(firstScan, delivered);
      const ofd = delivered - Math.min((1 + random() * 5) * HOUR, (delivered - firstScan) / 2);
      const attempt = attempts === 2 && ofd - 27 * HOUR > firstScan ? ofd - 23 * HOUR : null;
      if (attempt === null) attempts = 1;
      const deliveredDay = dayOf(delivered);
      const attemptDay = dayOf(attempt ?? delivered);
      rollups.add(deliveredDay, dims, 'delivered', 0);
      rollups.add(deliveredDay, dims, 'transit_bd', bd);
      rollups.add(deliveredDay, dims, 'first_attempt', attempts === 1 ? 1 : 0);
      if (promised) rollups.add(deliveredDay, dims, 'on_time_promise', attemptDay <= promised ? 1 : 0);
      const hours = (a: number, b: number) => Math.max(0, (b - a) / HOUR);
      rollups.add(
        deliveredDay,
        dims,
        'status_hours',
        STATUSES.indexOf('info_received'),
        hours(createdMs, firstScan),
      );
      if (attempt !== null) {
        const ofd1 = attempt - 3 * HOUR;
        rollups.add(
          deliveredDay,
          dims,
          'status_hours',
          STATUSES.indexOf('in_transit'),
          hours(firstScan, ofd1),
        );
        rollups.add(
          deliveredDay,
          dims,
          'status_hours',
          OUT_FOR_DELIVERY,
          hours(ofd1, attempt) + hours(ofd, delivered),
        );
        rollups.add(
          deliveredDay,
          dims,
          'status_hours',
          STATUSES.indexOf('attempt_failed'),
          hours(attempt, ofd),
        );
      } else {
        rollups.add(
          deliveredDay,
          dims,
          'status_hours',
          STATUSES.indexOf('in_transit'),
          hours(firstScan, ofd),
        );
        rollups.add(deliveredDay, dims, 'status_hours', OUT_FOR_DELIVERY, hours(ofd, delivered));
      }
      if (random() < 0.015)
        rollups.add(
          createdDay,
          dims,
          'exception',
          SUBSTATUS_CODES.indexOf(
            weighted(random, [
              ['exception.carrier_delay', 60],
              ['exception.address_issue', 25],
              ['exception.customs_hold', 15],
            ] as const),
          ),
        );
      if (hasEstimate) {
        const error = weighted(random, [
          [0, 45],
          [1, 30],
          [2, 13],
          [3, 7],
          [4, 3],
          [6, 2],
        ] as const);
        const mostLikely = addDays(deliveredDay, random() < 0.5 ? error : -error);
        estimateDay = mostLikely;
        const latest = addDays(mostLikely, 1);
        rollups.add(deliveredDay, dims, 'on_time_estimate', attemptDay <= latest ? 1 : 0);
        rollups.add(
          deliveredDay,
          dims,
          'eta_abs_error',
          Math.min(60, Math.abs(daysBetween(mostLikely, deliveredDay))),
        );
        const inside = addDays(mostLikely, -1) <= deliveredDay && deliveredDay <= latest;
        rollups.add(deliveredDay, dims, 'eta_in_window', inside ? 1 : 0);
        if (promised) {
          const p = Math.min(
            0.99,
            Math.max(0.01, 0.55 + daysBetween(mostLikely, promised) * 0.15 + (random() - 0.5) * 0.2),
          );
          const decile = Math.min(9, Math.floor(p * 10));
          rollups.add(deliveredDay, dims, 'calibration', decile, p);
          if (deliveredDay <= promised) rollups.add(deliveredDay, dims, 'calibration_hit', decile);
        }
      }
      lastEvent = delivered;
      updated = clampNow(delivered + random() * HOUR);
      events = 5 + Math.floor(random() * 4) + (attempts === 2 ? 2 : 0);
      lastCountry = destination;
      lastCity = destinationCity;
    } else if (hasEstimate) {
      estimateDay = addDays(today, Math.floor(random() * 4));
    }
    if (estimateDay !== null && firstScan !== null) {
      estimatedAt = iso(firstScan);
      estimate = JSON.stringify({
        mostLikely: estimateDay,
        earliest: addDays(estimateDay, -1),
        latest: addDays(estimateDay, 1),
        confidence: 0.8,
        ...(promised ? { probabilityByPromise: 0.82 } : {}),
        basis: `based on 1,240 similar ${carrier.toUpperCase()} ${service} shipments to this area`,
        predictedAt: estimatedAt,
      });
      if (random() < 0.1)
        history = JSON.stringify([
          {
            predictedAt: estimatedAt,
            mostLikely: addDays(estimateDay, -1),
            earliest: addDays(estimateDay, -2),
            latest: estimateDay,
          },
          {
            predictedAt: estimatedAt,
            mostLikely: estimateDay,
            earliest: addDays(estimateDay, -1),
            latest: addDays(estimateDay, 1),
          },
        ]);
    }
    if (lastEvent !== null && status !== 'expired') updated = Math.max(updated, lastEvent);

    shipments.push({
      id,
      tenant_id: tenantId,
      tracking_number: number,
      carrier,
      service,
      order_ref: orderRef,
      origin_postal_code: originPostal,
      origin_city: originCity,
      origin_region: null,
      origin_country: origin,
      destination_postal_code: destinationPostal,
      destination_city: destinationCity,
      destination_region: null,
      destination_country: destination,
      promised_date: promised,
      ordered_at: null,
      status,
      substatus,
      exception_reason: exceptionReason,
      last_city: lastCity,
      last_region: null,
      last_postal_code: null,
      last_country: lastCountry,
      last_event_at: lastEvent === null ? null : iso(lastEvent),
      first_scan_at: firstScan === null ? null : iso(firstScan),
      delivered_at: delivered === null ? null : iso(delivered),
      delivery_attempts: attempts,
      carrier_estimate: null,
      event_count: events,
      corrected: 0,
      stalled,
      estimate,
      estimate_history: history,
      estimated_at: estimatedAt,
      delay_reasons: delayReasons,
      archived_at: null,
      notifications_paused: 0,
      created_at: createdAt,
      updated_at: iso(updated),
      version: 0,
      order_id: null,
    });

    if (random() < 0.3) {
      let email: string;
      if (customers.length > 20 && random() < 0.3)
        email = customers[Math.floor(random() * customers.length)]!;
      else {
        const k = customers.length;
        email = `${FIRST[k % FIRST.length]}.${LAST[Math.floor(k / FIRST.length) % LAST.length]}${k}@${DOMAINS[k % DOMAINS.length]}`;
        customerIndex.set(email, k);
        customers.push(email);
      }
      const locale = destination === 'DE' || destination === 'AT' ? 'de' : 'en';
      const recipient = (channel: string, address: string): NotificationRecipientTable => ({
        id: newId(createdMs),
        tenant_id: tenantId,
        shipment_id: id,
        channel,
        address,
        details: '{}',
        locale,
        time_zone: null,
        consent_text: `Send me updates about this delivery by ${channel === 'sms' ? 'text message' : 'email'}.`,
        consented_at: createdAt,
        unsubscribe_token: randomBytes(16).toString('base64url'),
        created_at: createdAt,
      });
      recipients.push(recipient('email', email));
      if (random() < 1 / 3)
        recipients.push(recipient('sms', `+49151${pad(customerIndex.get(email)! % 1e8, 8)}`));
      if (i % targetEvery === 7 % targetEvery && targets.emails.length < 64) targets.emails.push(email);
    }
    if (i % targetEvery === 0 && targets.numbers.length < 64) {
      targets.numbers.push(number);
      targets.orderRefs.push(orderRef);
    }
    if (shipments.length >= 20_000) {
      recipientCount += recipients.length;
      await flush(false);
      if (n >= 100_000) process.stderr.write(`\r  filled ${fmtInt(i + 1)} / ${fmtInt(n)}`);
    }
  }
  recipientCount += recipients.length;
  await flush(true);
  if (n >= 100_000) process.stderr.write('\n');
  // Emails picked before enough recipients existed: top up from the customers.
  for (let k = 0; targets.emails.length < 64 && k < customers.length; k += 1)
    targets.emails.push(customers[Math.floor((k * customers.length) / 64)]!);
  return { targets, recipients: recipientCount, rollups: rollupCount, statuses };
}

// ---------------------------------------------------------------------------------------------
// Child: fill one store, measure, explain what misses its goal.

interface Op {
  readonly name: string;
  readonly group: Group;
  /** Runs once; returns the rows it read (for the table). */
  readonly run: (db: Kysely<Database>, round: number) => Promise<number>;
  /** For a figure made of several calls: [name, ms, rows] of each in the last run. */
  readonly parts?: () => readonly (readonly [string, number, number])[];
}

async function child(): Promise<void> {
  const [, , , dialect, sizeText, url] = process.argv as [string, string, string, string, string, string];
  const size = Number(sizeText);
  const loadBefore = loadavg()[0]!.toFixed(1);
  const store = await openStore(url);
  const log = (text: string) => process.stderr.write(`[${dialect} ${sizeLabel(size)}] ${text}\n`);
  try {
    const nowMs = Date.now();
    const now = new Date(nowMs);
    // Registered before the year of history, so ids minted for the history stay in time order.
    const tenant = await createTenant(store.db, 'Bench shop', new Date(nowMs - 366 * DAY));
    log('filling');
    let started = performance.now();
    const filled = await fill(store, tenant.id, size, nowMs);
    const fillSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    if (store.caps.dialect === 'postgres') await sql`vacuum analyze`.execute(store.db);
    else {
      await sql`analyze`.execute(store.db);
      await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
    }
    const analyzeSeconds = (performance.now() - started) / 1000;
    log(`filled in ${fillSeconds.toFixed(1)} s, analysed in ${analyzeSeconds.toFixed(1)} s`);
    const file = url.slice('sqlite:'.length);
    const bytesOnDisk =
      store.caps.dialect === 'postgres'
        ? Number(
            (await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(store.db))
              .rows[0]!.n,
          )
        : statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
    const server =
      store.caps.dialect === 'postgres'
        ? await (async () => {
            const setting = async (name: string) =>
              (await sql<Record<string, string>>`${sql.raw(`show ${name}`)}`.execute(store.db)).rows[0]![
                name
              ];
            const version = (await sql<{ v: string }>`select version() as v`.execute(store.db)).rows[0]!.v;
            return `${version.split(' on ')[0]} at 127.0.0.1:5432, shared_buffers ${await setting('shared_buffers')}, work_mem ${await setting('work_mem')}`;
          })()
        : '';

    const ops = await operations(store, tenant.id, filled.targets, now);
    const samples = new Map<string, number[]>();
    const rows = new Map<string, number>();
    const warmed = new Map<string, number[]>(ops.map((op) => [op.name, []]));
    const record = (name: string, ms: number, n: number) => {
      const list = samples.get(name);
      if (list) list.push(ms);
      else samples.set(name, [ms]);
      rows.set(name, n);
    };
    // Slow figures (median over 200 ms once warm) stop at BENCH_SLOW_SAMPLES samples and three
    // warm-up calls, so a run at 1M stays practical; everything else gets BENCH_ROUNDS.
    const slow = (op: Op) => median(warmed.get(op.name)!) > SLOW_MS;
    const wantsWarmup = (op: Op) => {
      const done = warmed.get(op.name)!.length;
      return done < WARMUP && !(done >= 3 && slow(op));
    };
    const wantsSample = (op: Op) => (samples.get(op.name)?.length ?? 0) < (slow(op) ? SLOW_SAMPLES : ROUNDS);
    log('warming up');
    let round = 0;
    for (; ops.some(wantsWarmup); round += 1)
      for (const op of ops.filter(wantsWarmup)) {
        const t0 = performance.now();
        await op.run(store.db, round);
        warmed.get(op.name)!.push(performance.now() - t0);
      }
    const slowOps = ops.filter(slow).map((op) => op.name);
    log(`measuring (slow: ${slowOps.join(', ') || 'none'})`);
    const measureStart = performance.now();
    let rounds = 0;
    for (; ops.some(wantsSample) && performance.now() - measureStart < BUDGET_MS; round += 1, rounds += 1)
      for (const op of ops.filter(wantsSample)) {
        const t0 = performance.now();
        const n = await op.run(store.db, round);
        record(op.name, performance.now() - t0, n);
        for (const [name, ms, partRows] of op.parts?.() ?? []) record(name, ms, partRows);
      }
    const seconds = (performance.now() - measureStart) / 1000;

    const order: { name: string; group: Group }[] = ops.flatMap((op) => [
      op,
      ...(op.parts?.() ?? []).map(([name]) => ({ name, group: 'detail' as Group })),
    ]);
    const figures: Figure[] = order.map((op) => {
      const sorted = [...(samples.get(op.name) ?? [])].sort((a, b) => a - b);
      return {
        name: op.name,
        group: op.group,
        n: sorted.length,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length,
        rows: rows.get(op.name) ?? 0,
      };
    });

    const plans: { figure: string; text: string }[] = [];
    const largest = Math.max(...SIZES);
    for (const figure of figures) {
      const goal = GOALS[figure.group];
      // The goals are stated at the largest size: plans of the figures that miss there.
      const wanted =
        size === largest &&
        figure.group !== 'detail' &&
        (PLANS === 'all' || (goal !== undefined && figure.p99 > goal));
      if (!wanted || PLANS === 'none') continue;
      const op = ops.find((o) => o.name === figure.name)!;
      log(`explaining ${figure.name}`);
      plans.push({ figure: figure.name, text: await explain(store, url, op) });
    }
    const result: RunResult = {
      dialect,
      size,
      fill: {
        shipments: size,
        recipients: filled.recipients,
        rollups: filled.rollups,
        statuses: filled.statuses,
        fillSeconds,
        analyzeSeconds,
        bytesOnDisk,
      },
      figures,
      plans,
      rounds,
      seconds,
      load: [loadBefore, loadavg()[0]!.toFixed(1)],
      server,
      shape: await shapeOf(store, tenant.id, now),
    };
    process.send?.(result);
  } finally {
    await store.close();
  }
}

/** The queue's counts and a few 90-day figures, so a reader can judge the data. */
async function shapeOf(store: Store, tenantId: string, now: Date): Promise<string> {
  const today = todayIn(ZONE, now);
  const counts = await attentionCounts(store.db, tenantId, { today, now, assigned: 'all' });
  const report = await analyticsReport(store.db, tenantId, {
    from: addDays(today, -89),
    to: today,
    carrier: '',
    service: '',
    destination: '',
  });
  const pct = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);
  return (
    `queue: ${KINDS.map((kind) => `${kind} ${fmtInt(counts.byKind[kind])}`).join(', ')}; ` +
    `last 90 days: ${fmtInt(report.volume.created)} created, ${fmtInt(report.volume.delivered)} delivered, ` +
    `on time (promise) ${pct(report.onTimePromise.rate)}, first attempt ${pct(report.firstAttempt.rate)}, ` +
    `exceptions ${pct(report.exceptionRate.rate)}, transit p50/p95 ${report.transitOverall.p50}/${report.transitOverall.p95} business days, ` +
    `${fmtInt(report.transit.length)} carrier·service·lane rows`
  );
}

function median(values: readonly number[]): number {
  return values.length === 0
    ? 0
    : percentile(
        [...values].sort((a, b) => a - b),
        0.5,
      );
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function operations(store: Store, tenantId: string, targets: Targets, now: Date): Promise<Op[]> {
  const today = todayIn(ZONE, now);
  const context = { today, zone: ZONE };
  const page = { limit: PAGE };
  const list =
    (fields: Record<string, string[]>, after?: string) =>
    async (db: Kysely<Database>): Promise<number> =>
      (await listShipmentPage(db, tenantId, filterFrom(fields), { ...page, after }, context)).rows.length;
  const search = (values: readonly string[]) => async (db: Kysely<Database>, round: number) =>
    (await listShipmentPage(db, tenantId, filterFrom({ q: [values[round % values.length]!] }), page, context))
      .rows.length;

  // The cursor of page 21: 20 `next` links followed from the first page.
  let after: string | undefined;
  for (let p = 0; p < 20; p += 1) {
    const result = await listShipmentPage(store.db, tenantId, filterFrom({}), { ...page, after }, context);
    if (!result.next) break;
    after = result.next;
  }
  const query: AttentionQuery = { today, now, assigned: 'all' };
  const from = addDays(today, -89);
  const ops: Op[] = [
    { name: 'list: first page (newest)', group: 'list', run: list({}) },
    { name: 'list: page 21 (after 20 next cursors)', group: 'list', run: list({}, after) },
    { name: 'list: status = in_transit', group: 'list', run: list({ status: ['in_transit'] }) },
    { name: 'list: carrier = dhl', group: 'list', run: list({ carrier: ['dhl'] }) },
    { name: 'list: flag = exception', group: 'list', run: list({ flag: ['exception'] }) },
    { name: 'list: sort = number', group: 'list', run: list({ sort: ['number'] }) },
    { name: 'search: tracking number', group: 'search', run: search(targets.numbers) },
    {
      name: 'search: first 6 characters of a number',
      group: 'search',
      run: search(targets.numbers.map((n) => n.slice(0, 6))),
    },
    { name: 'search: order reference', group: 'search', run: search(targets.orderRefs) },
    { name: 'search: recipient email', group: 'search', run: search(targets.emails) },
    {
      name: 'attention: counts (attentionCounts)',
      group: 'attention',
      run: async (db) => (await attentionCounts(db, tenantId, query)).total,
    },
    queuePage(tenantId, query),
    {
      name: 'analytics: last 90 days',
      group: 'analytics',
      run: async (db) =>
        (await analyticsReport(db, tenantId, { from, to: today, carrier: '', service: '', destination: '' }))
          .volume.created,
    },
    {
      name: 'baseline: select * … order by id desc limit 51',
      group: 'baseline',
      run: async (db) =>
        (
          await db
            .selectFrom('shipments')
            .selectAll()
            .where('tenant_id', '=', tenantId)
            .orderBy('id', 'desc')
            .limit(PAGE + 1)
            .execute()
        ).length,
    },
  ];
  // Every figure must read something, or it measures nothing.
  for (const op of ops)
    if ((await op.run(store.db, 0)) === 0)
      throw new Error(`${op.name} found nothing: the data does not exercise it`);
  return ops;
}

/** One page (25 items) of each kind of the queue, as the queue's tabs read them; timed per kind too. */
function queuePage(tenantId: string, query: AttentionQuery): Op {
  let parts: [string, number, number][] = [];
  return {
    name: 'attention: queue page (items of all 6 kinds)',
    group: 'attention',
    parts: () => parts,
    run: async (db) => {
      parts = [];
      for (const kind of KINDS) {
        const t0 = performance.now();
        const items = await attentionItems(db, tenantId, kind, query, { limit: 25, offset: 0 });
        parts.push([`items: ${kind}`, performance.now() - t0, items.length]);
      }
      return parts.reduce((n, [, , rows]) => n + rows, 0);
    },
  };
}

/** Runs the op once on a logging connection and explains every statement it ran. */
async function explain(store: Store, url: string, op: Op): Promise<string> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const dialect =
    store.caps.dialect === 'postgres'
      ? postgresDialect(url, 2).dialect
      : sqliteDialect(url.slice('sqlite:'.length));
  const db = new Kysely<Database>({
    dialect,
    log: (event) => {
      if (event.level === 'query')
        captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const out: string[] = [];
  try {
    await op.run(db, 1);
    const statements = [...captured];
    for (const [index, statement] of statements.entries()) {
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const t0 = performance.now();
        await db.executeQuery(CompiledQuery.raw(statement.sql, [...statement.parameters]));
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      out.push(
        `-- statement ${index + 1} of ${statements.length}: median ${fmtMs(times[2]!)} ms` +
          ` (${statement.parameters.length} parameters)`,
      );
      out.push(shorten(statement.sql));
      if (store.caps.dialect === 'postgres') {
        const plan = await db.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`explain (analyze, buffers) ${statement.sql}`, [...statement.parameters]),
        );
        out.push(...plan.rows.map((row) => row['QUERY PLAN']));
      } else {
        const plan = await db.executeQuery<{ id: number; parent: number; detail: string }>(
          CompiledQuery.raw(`explain query plan ${statement.sql}`, [...statement.parameters]),
        );
        const depth = new Map<number, number>([[0, 0]]);
        for (const row of plan.rows) {
          const d = (depth.get(row.parent) ?? 0) + 1;
          depth.set(row.id, d);
          out.push(`${'  '.repeat(d)}${row.detail}`);
        }
      }
      out.push('');
    }
  } finally {
    await db.destroy();
  }
  return out.join('\n');
}

function shorten(text: string): string {
  return text
    .replace(/(\?, ){8,}\?/g, (m) => `?, ?, … (${m.split('?').length - 1} markers)`)
    .replace(/(\$\d+, ){8,}\$\d+/g, (m) => `$…, … (${m.split('$').length - 1} markers)`);
}

// ---------------------------------------------------------------------------------------------
// Child: the first visit to /app, over app.inject, compressed.

async function firstVisitChild(): Promise<void> {
  const url = process.argv[3]!;
  const store = await openStore(url);
  try {
    const nowMs = Date.now();
    const tenant = await createTenant(store.db, 'Bench shop', new Date(nowMs - 366 * DAY));
    await fill(store, tenant.id, 10_000, nowMs);
    const now = new Date();
    const password = 'a long enough passphrase';
    await createUser(
      store.db,
      {
        tenantId: tenant.id,
        email: 'owner@shop.example',
        name: 'Owner',
        role: 'owner',
        passwordHash: await hashPassword(password),
      },
      now,
    );
    const config = loadConfig({}, { 'simulator.enabled': false });
    const app = await build({
      config,
      store,
      pipeline: new IngestPipeline(store, { clock: () => new Date() }),
      logger: pino({ level: 'silent' }),
      clock: () => new Date(),
      detectCarrier: chooseCarrier,
    });
    try {
      const cookies = new Map<string, string>();
      const keep = (header: string | string[] | undefined) => {
        for (const cookie of header === undefined ? [] : Array.isArray(header) ? header : [header]) {
          const [pair = ''] = cookie.split(';');
          const at = pair.indexOf('=');
          cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
      };
      const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const login = await app.inject({ method: 'GET', url: '/app/login' });
      keep(login.headers['set-cookie']);
      const csrf = /name="_csrf" value="([^"]*)"/.exec(login.body)?.[1];
      if (csrf === undefined) throw new Error('no CSRF token on /app/login');
      const signIn = await app.inject({
        method: 'POST',
        url: '/app/login',
        headers: {
          cookie: cookie(),
          'content-type': 'application/x-www-form-urlencoded',
          'sec-fetch-site': 'same-origin',
        },
        payload: new URLSearchParams({ _csrf: csrf, email: 'owner@shop.example', password }).toString(),
      });
      if (signIn.statusCode !== 303) throw new Error(`sign-in failed: ${signIn.statusCode} ${signIn.body}`);
      keep(signIn.headers['set-cookie']);

      const transfers: Transfer[] = [];
      const get = async (path: string) => {
        const response = await app.inject({
          method: 'GET',
          url: path,
          headers: { cookie: cookie(), 'accept-encoding': 'br, gzip' },
        });
        const raw = response.rawPayload;
        const encoding = String(response.headers['content-encoding'] ?? 'identity');
        const body =
          encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        const headerText =
          `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n` +
          Object.entries(response.headers)
            .flatMap(([name, value]) =>
              (Array.isArray(value) ? value : [value]).map((v) => `${name}: ${v}\r\n`),
            )
            .join('') +
          '\r\n';
        transfers.push({
          path,
          status: response.statusCode,
          encoding,
          wireBytes: raw.length,
          bodyBytes: body.length,
          headerBytes: Buffer.byteLength(headerText),
        });
        return body.toString('utf8');
      };
      const html = await get('/app');
      if (!transfers[0] || transfers[0].status !== 200)
        throw new Error(`/app answered ${transfers[0]?.status}`);
      const assets = [
        ...new Set(
          [
            ...html.matchAll(
              /(?:href|src)="(\/app\/assets\/console\.[^"]+\.(?:css|js)|\/assets\/icon\.svg)"/g,
            ),
          ].map((m) => m[1]!),
        ),
      ];
      if (assets.length < 3) throw new Error(`expected CSS, JS and icon on /app, found ${assets.join(', ')}`);
      for (const asset of assets) await get(asset);
      process.send?.(transfers);
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

// Last, so every constant above is initialised before any mode runs.
const mode = process.argv[2];
if (mode === '--run') await child();
else if (mode === '--first-visit') await firstVisitChild();
else await main();
