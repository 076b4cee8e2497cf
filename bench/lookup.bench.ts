import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { runLoad, type LoadResult } from './support/load-client.js';
import { BENCH_API_LIMITS_ENV } from './support/api-limits.js';
import { caughtUp } from './support/caught-up.js';

// npm run bench:lookup — GET /v1/shipments/:id and GET /t/:token on Waybill (compiled, as `npm
// start` runs it; SQLite file, no simulator, BENCH_SHIPMENTS simulated shipments, default 5,000)
// against a bare Fastify app in its own process that answers the same routes with the same bytes
// from memory, with the same client (bench/support/load-client.ts: BENCH_CONNECTIONS connections,
// default 20, BENCH_SECONDS per run, default 10). Measuring starts once the server has caught up
// with the work `simulate` left it (every durable subscriber's outbox lag at 0 on /metrics): the
// console's analytics and the estimates of thousands of new shipments take the first seconds
// after start, and lookups measured then share the CPU with them. Runs alternate baseline and
// Waybill per route, then both again at half Waybill's rate for the p99 goal: the baseline's p99
// at that rate is the floor of this machine and client. Goals (issue 14): ≥ 60% of the
// baseline's requests/s, p99 < 10 ms at half that load.

const SHIPMENTS = Number(process.env['BENCH_SHIPMENTS'] ?? 5000);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'waybill.js');

const dir = mkdtempSync(join(tmpdir(), 'waybill-bench-lookup-'));
const env = {
  ...process.env,
  ...BENCH_API_LIMITS_ENV,
  DATABASE_URL: `sqlite:${join(dir, 'waybill.db')}`,
  LOG_LEVEL: 'warn',
};
const children: ChildProcess[] = [];

function cli(...args: string[]): string {
  const run = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`waybill ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a process and resolves with the first line of its output that `match` finds. */
function startProcess(args: string[], match: RegExp): Promise<string> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const found = match.exec(line);
      if (found) resolve(found[1] ?? found[0]);
    });
  });
}

async function main(): Promise<void> {
  const key = cli('keys', 'create').trim();
  cli('simulate', '-n', String(SHIPMENTS), '--seed', '1');
  const port = await freePort();
  await startProcess([BIN, 'serve', '--no-simulator', '--port', String(port)], /is running at (\S+)/);
  const origin = `http://127.0.0.1:${port}`;
  const auth = { authorization: `Bearer ${key}` };
  const settledAfter = await caughtUp(origin);

  // 100 shipments to look up, each with its tracking page; the baseline serves a median-sized pair.
  const list = (await (await fetch(`${origin}/v1/shipments?limit=100`, { headers: auth })).json()) as {
    data: { id: string }[];
  };
  const samples: { id: string; json: string; token: string }[] = [];
  for (const { id } of list.data) {
    const json = await (await fetch(`${origin}/v1/shipments/${id}`, { headers: auth })).text();
    const token = new URL((JSON.parse(json) as { trackingPageUrl: string }).trackingPageUrl).pathname.split(
      '/',
    )[2]!;
    samples.push({ id, json, token });
  }
  samples.sort((a, b) => a.json.length - b.json.length);
  const median = samples[Math.floor(samples.length / 2)]!;
  const html = await (await fetch(`${origin}/t/${median.token}`)).text();
  writeFileSync(join(dir, 'body.json'), median.json);
  writeFileSync(join(dir, 'page.html'), html);
  const bare = await startProcess(
    [
      '--import',
      'tsx',
      join(ROOT, 'bench/support/bare-server.ts'),
      join(dir, 'body.json'),
      join(dir, 'page.html'),
    ],
    /^(http\S+)/,
  );

  const routes = [
    {
      name: 'GET /v1/shipments/:id',
      paths: samples.map((s) => `/v1/shipments/${s.id}`),
      headers: auth,
      bytes: median.json.length,
    },
    { name: 'GET /t/:token', paths: samples.map((s) => `/t/${s.token}`), headers: {}, bytes: html.length },
  ];
  const load = (base: string, route: (typeof routes)[number], rate?: number) =>
    runLoad({
      origin: base,
      paths: route.paths,
      headers: route.headers,
      connections: CONNECTIONS,
      seconds: SECONDS,
      ...(rate ? { rate } : {}),
    });
  // Warm both servers (JIT, SQLite page cache) before anything is measured.
  for (const route of routes) {
    await runLoad({
      origin: bare,
      paths: route.paths,
      headers: route.headers,
      connections: CONNECTIONS,
      seconds: 2,
    });
    await runLoad({
      origin,
      paths: route.paths,
      headers: route.headers,
      connections: CONNECTIONS,
      seconds: 2,
    });
  }
  const rows: {
    route: string;
    bytes: number;
    baseline: LoadResult;
    waybill: LoadResult;
    half: LoadResult;
    bareHalf: LoadResult;
  }[] = [];
  for (const route of routes) {
    const baseline = await load(bare, route);
    const waybill = await load(origin, route);
    const bareHalf = await load(bare, route, waybill.perSecond / 2);
    const half = await load(origin, route, waybill.perSecond / 2);
    rows.push({ route: route.name, bytes: route.bytes, baseline, waybill, half, bareHalf });
  }

  console.log(
    `\n${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `${SHIPMENTS} shipments on SQLite, ${CONNECTIONS} connections, ${SECONDS} s per run; the server caught up with \`simulate\`'s work ${(settledAfter / 1000).toFixed(0)} s after it started\n`,
  );
  console.log(
    '| route | body | bare Fastify (req/s) | Waybill (req/s) | Waybill ÷ bare (goal ≥ 60%) | Waybill p99 at full load | p99 at half load (goal < 10 ms) | bare Fastify p99 at the same rate | errors |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const share = row.waybill.perSecond / row.baseline.perSecond;
    console.log(
      `| ${row.route} | ${(row.bytes / 1024).toFixed(1)} KB | ${row.baseline.perSecond.toFixed(0)} | ${row.waybill.perSecond.toFixed(0)} | ${(share * 100).toFixed(0)}% ${share >= 0.6 ? '✅' : '❌'} | ${row.waybill.p99Ms.toFixed(1)} ms | ${row.half.p99Ms.toFixed(1)} ms at ${row.half.perSecond.toFixed(0)}/s ${row.half.p99Ms < 10 ? '✅' : '❌'} | ${row.bareHalf.p99Ms.toFixed(1)} ms | ${row.baseline.errors + row.waybill.errors + row.half.errors + row.bareHalf.errors} |`,
    );
  }
}

try {
  await main();
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
