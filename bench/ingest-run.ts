// One measured run: the pipeline and the raw baseline, batch by batch in turns, so both meet the
// same machine load. Peak memory is the process's, for both together.
// Usage: tsx bench/ingest-run.ts <pipelineUrl> <rawUrl> <shipments> <batchSize> <live|history>
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

const [pipelineUrl, rawUrl, shipmentsArg, batchArg, shapeArg] = process.argv.slice(2);
if (!pipelineUrl || !rawUrl) throw new Error('usage: ingest-run <pipelineUrl> <rawUrl> <n> <batch> <shape>');
const shipments = Number(shipmentsArg);
const batchSize = Number(batchArg);
const shape = shapeArg === 'history' ? 'history' : 'live';
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
for (const batch of ingestWorkload(pipelineTenant.id, shipments, batchSize, shape)) {
  // The baseline's rows are made outside its clock: it measures the INSERT alone.
  const rows = rawRowsOf(batch, shipmentIds, rawTenant.id);
  let started = performance.now();
  await rawStore.db.transaction().execute((trx) => insertNewEvents(trx, rawStore.caps, rows));
  rawMs += performance.now() - started;
  rawEvents += rows.length;

  started = performance.now();
  const result = await pipeline.ingest(batch);
  pipelineMs += performance.now() - started;
  pipelineEvents += result.accepted;
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
