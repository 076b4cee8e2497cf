// One measured run in its own process, so peak memory belongs to that run alone.
// Usage: tsx bench/ingest-run.ts <databaseUrl> <pipeline|raw> <shipments> <batchSize>
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { normalizeItem } from '../src/ingest/normalize.js';
import { newShipmentRow } from '../src/ingest/new-shipment.js';
import { newId } from '../src/store/ids.js';
import { openStore } from '../src/store/open-store.js';
import { insertNewEvents } from '../src/store/repositories/events.js';
import { eventToRow } from '../src/store/repositories/shipment-rows.js';
import { insertShipmentRows } from '../src/store/repositories/shipments.js';
import { createTenant } from '../src/store/repositories/tenants.js';
import { EVENTS_PER_SHIPMENT, ingestWorkload } from './support/ingest-workload.js';

const [url, mode, shipmentsArg, batchArg] = process.argv.slice(2);
if (!url || (mode !== 'pipeline' && mode !== 'raw'))
  throw new Error('usage: ingest-run <url> <pipeline|raw> <n> <batch>');
const shipments = Number(shipmentsArg);
const batchSize = Number(batchArg);
const store = await openStore(url);
const now = new Date('2026-11-01T00:00:00Z');
const tenant = await createTenant(store.db, 'bench', now);
let events = 0;
let elapsedMs = 0;

if (mode === 'pipeline') {
  const pipeline = new IngestPipeline(store, { clock: () => now });
  for (const batch of ingestWorkload(tenant.id, shipments, batchSize)) {
    const started = performance.now();
    const result = await pipeline.ingest(batch);
    elapsedMs += performance.now() - started;
    events += result.accepted;
  }
} else {
  // The baseline: the same scan rows (already normalised, ids and dedupe keys made outside the
  // clock) inserted with one multi-row INSERT per batch into the same table, one commit per batch.
  const ids = new Map<string, string>();
  const rows = Array.from({ length: shipments }, (_, i) => {
    const row = newShipmentRow({
      tenantId: tenant.id,
      trackingNumber: `BENCH${String(i).padStart(10, '0')}`,
      carrier: 'bench',
      details: undefined,
      now: now.toISOString(),
    });
    ids.set(row.tracking_number, row.id);
    return row;
  });
  for (let i = 0; i < rows.length; i += 1000)
    await insertShipmentRows(store.db, store.caps, rows.slice(i, i + 1000));
  for (const batch of ingestWorkload(tenant.id, shipments, batchSize)) {
    const eventRows = batch.map((item) => {
      const normalized = normalizeItem(item, now);
      if (!normalized.ok) throw new Error('workload produced a bad scan');
      const shipmentId = ids.get(normalized.scan.trackingNumber)!;
      return eventToRow(normalized.scan.event, {
        id: newId(),
        tenantId: tenant.id,
        shipmentId,
        receivedAt: now.toISOString(),
      });
    });
    const started = performance.now();
    await store.db.transaction().execute((trx) => insertNewEvents(trx, store.caps, eventRows));
    elapsedMs += performance.now() - started;
    events += eventRows.length;
  }
}
await store.close();
if (events !== shipments * EVENTS_PER_SHIPMENT)
  throw new Error(`stored ${events} scans, expected ${shipments * EVENTS_PER_SHIPMENT}`);
process.stdout.write(
  `${JSON.stringify({ mode, events, seconds: elapsedMs / 1000, eventsPerSecond: events / (elapsedMs / 1000), peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
