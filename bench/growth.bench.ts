// npm run bench:growth — lookup latency and live ingest rate as the database grows (issue 14):
// one database per dialect, filled to 10,000, then 100,000, then 1,000,000 shipments, measured at
// each size. Goal: every judged figure within ±20% of the 10,000 figure (lookups by their median;
// the p99 is shown beside it).
//
// The store grows as a real one does: the newest BENCH_ACTIVE (10,000) shipments are in transit
// (the first 5 scans of an 8-scan journey) and the older ones were delivered (all 8). At 10,000
// every shipment is in transit, so the live set is the same size at every size and only the
// history behind it grows.
//
// Judged, for parcels in transit (picked at random among the newest ACTIVE), as customers look
// them up and carriers scan them:
// - lookup: GET /v1/shipments/:id through the real app (app.inject, no socket); most lookups miss
//   the node's cache of answers and read the shipment and its scans (the cached path is
//   bench:lookup);
// - ingest: batches of 1,000 next scans (each parcel's next journey step) through the whole
//   pipeline, in one transaction per batch, as webhooks deliver them.
// Shown, not judged: the same for parcels picked across the whole store, delivered ones included.
// That is a store whose every parcel is live at once, the worst case for caches: each lookup or
// scan reads index and table pages nothing else touched lately, from outside the database's cache.
//
// Filling writes rows straight into the tables (scans normalised and derived as ingest would);
// it is not measured. Shipments in transit at one size stay so as the store grows past them.
// Options (env): BENCH_SIZES (10000,100000,1000000), BENCH_DIALECTS (sqlite,postgres),
// BENCH_ACTIVE (10000), BENCH_LOOKUPS (2000), BENCH_BATCHES (10).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { loadConfig } from '../src/config/config.js';
import { deriveState } from '../src/domain/derive.js';
import type { TrackingEvent } from '../src/domain/tracking-event.js';
import { build } from '../src/http/app.js';
import { chooseCarrier } from '../src/http/carrier-choice.js';
import { newShipmentRow } from '../src/ingest/new-shipment.js';
import { normalizeItem } from '../src/ingest/normalize.js';
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { derivedColumnsOf } from '../src/ingest/shipment-state.js';
import { newId } from '../src/store/ids.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { insertNewEvents } from '../src/store/repositories/events.js';
import { eventToRow } from '../src/store/repositories/shipment-rows.js';
import { insertNewShipmentRows } from '../src/store/repositories/shipments.js';
import { createApiKey, createTenant } from '../src/store/repositories/tenants.js';
import type { ShipmentTable, TrackingEventTable } from '../src/store/schema.js';
import { scanOf, trackingNumberOf } from './support/ingest-workload.js';
import { benchPostgres, freshDatabase } from './support/postgres.js';
import { BENCH_API_LIMITS } from './support/api-limits.js';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 2000);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 10);
const ACTIVE = Number(process.env.BENCH_ACTIVE ?? 10_000);
const FILLED_SCANS = 5;
const JOURNEY_SCANS = 8;
const BATCH = 1000;
const NOW = new Date('2026-11-01T00:00:00Z');

/** Lookup latency and ingest rate for parcels picked from one part of the store. */
interface Figures {
  lookupP50: number;
  lookupP99: number;
  ingestPerSecond: number;
}

interface Row {
  dialect: string;
  size: number;
  /** Parcels in transit: the newest ACTIVE. Judged. */
  live: Figures;
  /** Parcels anywhere in the store, delivered ones included. Shown. */
  anyParcel: Figures;
}

console.log(`# growth benchmark: ${SIZES.join(' → ')} shipments, ${DIALECTS.join(', ')}`);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
const results: Row[] = [];
const postgres = DIALECTS.includes('postgres') ? await benchPostgres() : undefined;
try {
  for (const dialect of DIALECTS) {
    const dir = mkdtempSync(join(tmpdir(), 'waybill-growth-'));
    const url =
      dialect === 'sqlite'
        ? `sqlite:${join(dir, 'growth.db')}`
        : await freshDatabase(postgres!.url, 'waybill_bench_growth');
    try {
      results.push(...(await runDialect(dialect, url)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await postgres?.stop();
}
printTable(
  results,
  'live',
  `Parcels in transit (the newest ${ACTIVE.toLocaleString('en-US')}; judged)`,
  true,
);
printTable(results, 'anyParcel', 'Any parcel in the store (shown, not judged)', false);

async function runDialect(dialect: string, url: string): Promise<Row[]> {
  const store = await openStore(url);
  const tenant = await createTenant(store.db, 'growth', NOW);
  const { key } = await createApiKey(store.db, tenant.id, 'bench', NOW);
  const pipeline = new IngestPipeline(store, { clock: () => NOW });
  const app = await build({
    config: loadConfig({}, { 'simulator.enabled': false, ...BENCH_API_LIMITS }),
    store,
    pipeline,
    logger: pino({ level: 'silent' }),
    clock: () => NOW,
    detectCarrier: chooseCarrier,
  });
  const ids: string[] = [];
  const nextScan = new Uint8Array(SIZES.at(-1)!);
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      const started = performance.now();
      await fill(store, tenant.id, ids, size, nextScan);
      // A store that grew over months has been vacuumed (autovacuum): its rows carry their
      // commit hints and the visibility map is set. Rows written a moment ago have neither, and
      // the first reads of each page would set them, measuring the fill rather than the size.
      await sql.raw(dialect === 'postgres' ? 'vacuum analyze' : 'analyze').execute(store.db);
      const fillSeconds = (performance.now() - started) / 1000;
      const measure = async (range: Range): Promise<Figures> => {
        const lookups = await measureLookups(app, key, ids, range);
        const ingestPerSecond = await measureIngest(pipeline, tenant.id, range, nextScan);
        return { lookupP50: lookups.p50, lookupP99: lookups.p99, ingestPerSecond };
      };
      const live = await measure({ from: Math.max(0, size - ACTIVE), to: size });
      const anyParcel = await measure({ from: 0, to: size });
      rows.push({ dialect, size, live, anyParcel });
      const text = (f: Figures) =>
        `lookup p50 ${f.lookupP50.toFixed(2)} ms, p99 ${f.lookupP99.toFixed(2)} ms, ingest ${Math.round(f.ingestPerSecond)} scans/s`;
      console.log(
        `${dialect} ${size}: filled in ${fillSeconds.toFixed(0)} s; in transit: ${text(live)}; ` +
          `any parcel: ${text(anyParcel)}; load ${loadavg()[0]!.toFixed(2)}`,
      );
    }
  } finally {
    await app.close();
    await store.close();
  }
  return rows;
}

/**
 * Adds shipments up to `size`, derived as ingest would: the newest ACTIVE with their first scans,
 * the others with their whole journey. `nextScan` records each one's next journey step.
 */
async function fill(
  store: Store,
  tenantId: string,
  ids: string[],
  size: number,
  nextScan: Uint8Array,
): Promise<void> {
  const at = NOW.toISOString();
  for (let from = ids.length; from < size; from += BATCH) {
    const shipments: ShipmentTable[] = [];
    const events: TrackingEventTable[] = [];
    for (let i = from; i < Math.min(size, from + BATCH); i += 1) {
      const timeline: TrackingEvent[] = [];
      nextScan[i] = i < size - ACTIVE ? JOURNEY_SCANS : FILLED_SCANS;
      for (let round = 0; round < nextScan[i]!; round += 1) {
        const normalized = normalizeItem(scanOf(tenantId, i, round), NOW);
        if (!normalized.ok) throw new Error('the workload produced a bad scan');
        timeline.push(normalized.scan.event);
      }
      const row = newShipmentRow({
        tenantId,
        trackingNumber: trackingNumberOf(i),
        carrier: 'bench',
        details: undefined,
        now: at,
      });
      shipments.push({ ...row, ...derivedColumnsOf(row.id, deriveState(timeline), at) });
      for (const event of timeline)
        events.push(eventToRow(event, { id: newId(), tenantId, shipmentId: row.id, receivedAt: at }));
      ids.push(row.id);
    }
    await store.db.transaction().execute(async (trx) => {
      await insertNewShipmentRows(trx, store.caps, shipments);
      await insertNewEvents(trx, store.caps, events);
    });
  }
}

/** Parcels by their fill order, `from` included, `to` not. */
interface Range {
  from: number;
  to: number;
}

async function measureLookups(
  app: Awaited<ReturnType<typeof build>>,
  key: string,
  ids: readonly string[],
  range: Range,
): Promise<{ p50: number; p99: number }> {
  const headers = { authorization: `Bearer ${key}` };
  const times: number[] = [];
  for (let i = 0; i < LOOKUPS + 200; i += 1) {
    const id = ids[range.from + Math.floor(Math.random() * (range.to - range.from))]!;
    const started = performance.now();
    const response = await app.inject({ url: `/v1/shipments/${id}`, headers });
    const ms = performance.now() - started;
    if (response.statusCode !== 200) throw new Error(`lookup answered ${response.statusCode}`);
    if (i >= 200) times.push(ms); // the first 200 warm up
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)]!, p99: times[Math.floor(times.length * 0.99)]! };
}

/** Scans per second through the pipeline: each batch the next scan of 1,000 random parcels in `range`. */
async function measureIngest(
  pipeline: IngestPipeline,
  tenantId: string,
  range: Range,
  nextScan: Uint8Array,
): Promise<number> {
  let scans = 0;
  let ms = 0;
  const count = range.to - range.from;
  for (let b = 0; b < BATCHES; b += 1) {
    const picked = new Set<number>();
    while (picked.size < Math.min(BATCH, count)) picked.add(range.from + Math.floor(Math.random() * count));
    const batch = [...picked].map((i) => {
      const round = nextScan[i]! < JOURNEY_SCANS ? nextScan[i]! : JOURNEY_SCANS - 1;
      nextScan[i] = round + 1;
      // A parcel past its last step gets a repeat of it, one minute later each time.
      const scan = scanOf(tenantId, i, round);
      return round === JOURNEY_SCANS - 1
        ? {
            ...scan,
            occurredAt: new Date(Date.parse(scan.occurredAt) + (nextScan[i]! - 7) * 60_000).toISOString(),
          }
        : scan;
    });
    const started = performance.now();
    const result = await pipeline.ingest(batch);
    ms += performance.now() - started;
    scans += result.accepted;
  }
  return scans / (ms / 1000);
}

function printTable(rows: readonly Row[], part: 'live' | 'anyParcel', title: string, judged: boolean): void {
  const first = SIZES[0]!.toLocaleString('en-US');
  console.log(`\n${title}\n`);
  console.log(
    `| database | shipments | lookup p50 (ms) | lookup p99 (ms) | p50 vs ${first} | ingest (scans/s) | ingest vs ${first} |` +
      (judged ? ' goal (±20%) |' : ''),
  );
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |${judged ? ' --- |' : ''}`);
  for (const row of rows) {
    const base = rows.find((r) => r.dialect === row.dialect && r.size === SIZES[0])![part];
    const figures = row[part];
    // The median judges: a p99 of 2,000 in-process calls moves with every pause of the machine.
    const lookup = figures.lookupP50 / base.lookupP50;
    const ingest = figures.ingestPerSecond / base.ingestPerSecond;
    const within = Math.abs(lookup - 1) <= 0.2 && Math.abs(ingest - 1) <= 0.2;
    const verdict = row.size === SIZES[0] ? 'baseline' : within ? '✅' : '❌';
    console.log(
      `| ${row.dialect} | ${row.size.toLocaleString('en-US')} | ${figures.lookupP50.toFixed(2)} | ` +
        `${figures.lookupP99.toFixed(2)} | ${lookup.toFixed(2)}× | ` +
        `${Math.round(figures.ingestPerSecond).toLocaleString('en-US')} | ${ingest.toFixed(2)}× |` +
        (judged ? ` ${verdict} |` : ''),
    );
  }
}
