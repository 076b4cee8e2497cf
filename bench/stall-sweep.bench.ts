// npm run bench:stall-sweep — what the stall sweep costs now that it has no index of its own.
// The sweep (every five minutes) walks the (tenant, status, id) index of each status that can
// stall and checks each shipment's silence on its row; ingest no longer moves a stall index entry
// on every scan. This measures one sweep over BENCH_SHIPMENTS shipments in transit, none silent
// long enough to stall (the common case: it reads and marks nothing), beside the floor of that
// walk in the same run: counting the same index range without reading the rows.
// Options (env): BENCH_SHIPMENTS (default 100000), BENCH_DIALECTS (sqlite,postgres).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestItem } from '../src/ingest/ingest-item.js';
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { sweepStalled } from '../src/ingest/stall-sweep.js';
import { openStore } from '../src/store/open-store.js';
import { createTenant } from '../src/store/repositories/tenants.js';
import { benchPostgres, freshDatabase } from './support/postgres.js';

const shipments = Number(process.env.BENCH_SHIPMENTS ?? 100_000);
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const scannedAt = new Date('2026-11-02T09:00:00Z');
const sweepAt = new Date(scannedAt.getTime() + 2 * 3_600_000);

console.log(`# stall sweep: ${shipments} shipments in transit, none silent long enough to stall`);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}\n`);
console.log(
  '| database | one sweep (ms, median of 5) | floor: count of the same index range (ms) | examined |',
);
console.log('| --- | ---: | ---: | ---: |');
const postgres = dialects.includes('postgres') ? await benchPostgres() : undefined;
try {
  for (const dialect of dialects) {
    const dir = mkdtempSync(join(tmpdir(), 'waybill-bench-sweep-'));
    const url =
      dialect === 'sqlite'
        ? `sqlite:${join(dir, 'sweep.db')}`
        : await freshDatabase(postgres!.url, 'waybill_bench_sweep');
    const store = await openStore(url);
    try {
      const tenant = await createTenant(store.db, 'bench', scannedAt);
      const pipeline = new IngestPipeline(store, { clock: () => sweepAt });
      for (let i = 0; i < shipments; i += 500) {
        const batch: IngestItem[] = [];
        for (let n = i; n < Math.min(shipments, i + 500); n += 1) {
          for (const [status, minutes] of [
            ['info_received', 0],
            ['in_transit.picked_up', 30],
          ] as const) {
            batch.push({
              tenantId: tenant.id,
              trackingNumber: `SWEEP${String(n).padStart(10, '0')}`,
              carrier: 'bench',
              status,
              occurredAt: new Date(scannedAt.getTime() + minutes * 60_000).toISOString(),
              source: { adapter: 'bench', mode: 'push' },
            });
          }
        }
        await pipeline.ingest(batch);
      }
      const sweeps: number[] = [];
      const floors: number[] = [];
      let examined = 0;
      for (let round = 0; round < 5; round += 1) {
        let started = performance.now();
        examined = (await sweepStalled(store, { now: sweepAt })).examined;
        sweeps.push(performance.now() - started);
        started = performance.now();
        await store.db
          .selectFrom('shipments')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('tenant_id', '=', tenant.id)
          .where('status', '=', 'in_transit')
          .executeTakeFirst();
        floors.push(performance.now() - started);
      }
      console.log(
        `| ${dialect} | ${median(sweeps).toFixed(0)} | ${median(floors).toFixed(0)} | ${examined} |`,
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await postgres?.stop();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
