// One measured run: the pipeline and the raw baseline, batch by batch in turns, so both meet the
// same machine load. With several writers, each turn sends that many batches at once (as that
// many webhook deliveries or import jobs would), to the baseline and then to the pipeline.
// Peak memory is the process's, for both together.
// Usage: tsx bench/ingest-run.ts <pipelineUrl> <rawUrl> <shipments> <batchSize> <live|history> [writers]
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { normalizeItem } from '../src/ingest/normalize.js';
import { newShipmentRow } from '../src/ingest/new-shipment.js';
import type { IngestItem } from '../src/ingest/ingest-item.js';
import { newId } from '../src/store/ids.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { insertNewEvents } from '../src/store/repositories/events.js';
import { eventToRow } from '../src/store/repositories/shipment-rows.js';
import { insertNewShipmentRows } from '../src/store/repositories/shipments.js';
import { createTenant } from '../src/store/repositories/tenants.js';
import type { TrackingEventTable } from '../src/store/schema.js';
import { EVENTS_PER_SHIPMENT, ingestWorkload, trackingNumberOf } from './support/ingest-workload.js';

const [pipelineUrl, rawUrl, shipmentsArg, batchArg, shapeArg, writersArg] = process.argv.slice(2);
if (!pipelineUrl || !rawUrl) throw new Error('usage: ingest-run <pipelineUrl> <rawUrl> <n> <batch> <shape>');
const shipments = Number(shipmentsArg);
const batchSize = Number(batchArg);
const shape = shapeArg === 'history' ? 'history' : 'live';
const writers = Math.max(1, Number(writersArg ?? 1));
const now = new Date('2026-11-01T00:00:00Z');

const pipelineStore = await openStore(pipelineUrl);
const rawStore = await openStore(rawUrl);
const pipelineTenant = await createTenant(pipelineStore.db, 'bench', now);
const rawTenant = await createTenant(rawStore.db, 'bench', now);
const shipmentIds = await registerRawShipments(rawStore, rawTenant.id);
const pipeline = new IngestPipeline(pipelineStore, { clock: () => now });

let pipelineMs = 0;
let rawMs = 0;
let pipelineEvents = 0;
let rawEvents = 0;
for (const turn of turnsOf(ingestWorkload(pipelineTenant.id, shipments, batchSize, shape), writers)) {
  // The baseline's rows are made outside its clock: it measures the INSERT alone.
  const rows = turn.map((batch) => rawRowsOf(batch, shipmentIds, rawTenant.id));
  let started = performance.now();
  await Promise.all(
    rows.map((one) => rawStore.db.transaction().execute((trx) => insertNewEvents(trx, rawStore.caps, one))),
  );
  rawMs += performance.now() - started;
  rawEvents += rows.reduce((sum, one) => sum + one.length, 0);

  started = performance.now();
  const results = await Promise.all(turn.map((batch) => pipeline.ingest(batch)));
  pipelineMs += performance.now() - started;
  pipelineEvents += results.reduce((sum, result) => sum + result.accepted, 0);
}
await pipelineStore.close();
await rawStore.close();
const expected = shipments * EVENTS_PER_SHIPMENT;
if (pipelineEvents !== expected || rawEvents !== expected) {
  throw new Error(`stored ${pipelineEvents} / ${rawEvents} scans, expected ${expected}`);
}
process.stdout.write(
  `${JSON.stringify({
    events: expected,
    eventsPerSecond: expected / (pipelineMs / 1000),
    rawEventsPerSecond: expected / (rawMs / 1000),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);

function* turnsOf<T>(batches: Iterable<T>, size: number): Generator<T[]> {
  let turn: T[] = [];
  for (const batch of batches) {
    turn.push(batch);
    if (turn.length === size) {
      yield turn;
      turn = [];
    }
  }
  if (turn.length > 0) yield turn;
}

async function registerRawShipments(store: Store, tenantId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const rows = Array.from({ length: shipments }, (_, i) => {
    const row = newShipmentRow({
      tenantId,
      trackingNumber: trackingNumberOf(i),
      carrier: 'bench',
      details: undefined,
      now: now.toISOString(),
    });
    ids.set(row.tracking_number, row.id);
    return row;
  });
  for (let i = 0; i < rows.length; i += 1000)
    await insertNewShipmentRows(store.db, store.caps, rows.slice(i, i + 1000));
  return ids;
}

function rawRowsOf(
  batch: readonly IngestItem[],
  ids: Map<string, string>,
  tenantId: string,
): TrackingEventTable[] {
  return batch.map((item) => {
    const normalized = normalizeItem({ ...item, tenantId }, now);
    if (!normalized.ok) throw new Error('the workload produced a bad scan');
    const shipmentId = ids.get(normalized.scan.trackingNumber)!;
    return eventToRow(normalized.scan.event, {
      id: newId(),
      tenantId,
      shipmentId,
      receivedAt: now.toISOString(),
    });
  });
}
