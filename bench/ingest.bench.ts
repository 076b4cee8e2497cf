// npm run bench:ingest — events per second through the whole ingest pipeline (normalise, dedupe,
// store, derive, outbox) against a raw multi-row INSERT of the same scan rows into the same kind
// of database, side by side in one run, on SQLite and on PostgreSQL.
//
// Options (env): BENCH_SHIPMENTS (default 100000), BENCH_BATCH (1000), BENCH_SHAPES (live,history),
// BENCH_DIALECTS (sqlite,postgres), BENCH_WRITERS (1,4: batches sent at once, each its own
// transaction; the live shape only, as history is one import at a time).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPostgres, freshDatabase } from './support/postgres.js';

const shipments = Number(process.env.BENCH_SHIPMENTS ?? 100_000);
const batch = Number(process.env.BENCH_BATCH ?? 1000);
const shapes = (process.env.BENCH_SHAPES ?? 'live,history').split(',');
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const writerCounts = (process.env.BENCH_WRITERS ?? '1,4').split(',').map(Number);

interface Result {
  readonly eventsPerSecond: number;
  readonly rawEventsPerSecond: number;
  readonly peakRssMb: number;
  readonly events: number;
}

// The measured process runs the compiled JavaScript, as `npm start` does, not the TypeScript
// through tsx's loader (its name-keeping wrappers alone were 5% of a profile). The build sits
// under node_modules/.cache so that the compiled files still find the project's packages.
const runner = compileRunner();

console.log(`# ingest benchmark: ${shipments} shipments × 8 scans, batches of ${batch}`);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}\n`);
const rows: string[] = [];
const postgres = dialects.includes('postgres') ? await benchPostgres() : undefined;
try {
  for (const dialect of dialects) {
    for (const [shape, writers] of shapes.flatMap((shape) =>
      (shape === 'live' ? writerCounts : [1]).map((writers) => [shape, writers] as const),
    )) {
      const dir = mkdtempSync(join(tmpdir(), 'waybill-bench-'));
      const urls =
        dialect === 'sqlite'
          ? [`sqlite:${join(dir, 'pipeline.db')}`, `sqlite:${join(dir, 'raw.db')}`]
          : [
              await freshDatabase(postgres!.url, `waybill_bench_pipeline`),
              await freshDatabase(postgres!.url, `waybill_bench_raw`),
            ];
      const run = spawnSync(
        process.execPath,
        [runner, urls[0]!, urls[1]!, String(shipments), String(batch), shape, String(writers)],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
      );
      rmSync(dir, { recursive: true, force: true });
      if (run.status !== 0) throw new Error(`${dialect}/${shape}/${writers} run failed`);
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Result;
      const ratio = result.eventsPerSecond / result.rawEventsPerSecond;
      rows.push(
        `| ${dialect} | ${shape} | ${writers} | ${fmt(result.rawEventsPerSecond)} | ${fmt(result.eventsPerSecond)} | ` +
          `${(ratio * 100).toFixed(0)}% ${ratio >= 0.5 ? '✅' : '❌'} | ${result.peakRssMb.toFixed(0)} MB |`,
      );
      console.log(rows.at(-1));
    }
  }
} finally {
  await postgres?.stop();
}
console.log(
  '\n| database | arrival | writers | raw INSERT (scans/s) | pipeline (scans/s) | pipeline ÷ raw (goal ≥ 50%) | peak RSS |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);

function compileRunner(): string {
  const outDir = join('node_modules', '.cache', 'waybill-bench');
  rmSync(outDir, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.bench.json', '--outDir', outDir], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('compiling bench/ingest-run.ts failed');
  return join(outDir, 'bench', 'ingest-run.js');
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
