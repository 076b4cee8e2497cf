import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { deriveState, type DerivedState } from '../../src/domain/derive.js';
import { storedState } from '../../src/ingest/shipment-state.js';
import { listEvents } from '../../src/store/repositories/shipments.js';
import type { Database } from '../../src/store/schema.js';
import { batchOfRawCode, type Batch } from './batches.js';

// What the database must look like after any number of kills, each as a list of problems
// (empty when all is well), so a failure names every offender at once.

/** A scan as stored, in words that do not depend on generated ids. */
function scanKey(trackingNumber: string, rawCode: string, occurredAt: string, substatus: string): string {
  return `${trackingNumber}|${rawCode}|${occurredAt}|${substatus}`;
}

/** The scans a batch leaves behind when it commits. */
export function batchKeys(batch: Batch): Set<string> {
  return new Set(
    batch.events.map((e) =>
      scanKey(e.trackingNumber, e.rawCode, new Date(e.occurredAt).toISOString(), e.status),
    ),
  );
}

/** Stored scans grouped by the batch their rawCode names; `unmarked` holds rawCodes naming none. */
export async function storedScansByBatch(
  db: Kysely<Database>,
): Promise<{ byBatch: Map<number, Set<string>>; unmarked: string[] }> {
  const rows = await db
    .selectFrom('tracking_events')
    .innerJoin('shipments', 'shipments.id', 'tracking_events.shipment_id')
    .select([
      'shipments.tracking_number',
      'tracking_events.raw_code',
      'tracking_events.occurred_at',
      'tracking_events.substatus',
    ])
    .execute();
  const byBatch = new Map<number, Set<string>>();
  const unmarked: string[] = [];
  for (const row of rows) {
    const batch = batchOfRawCode(row.raw_code);
    if (batch === undefined) {
      unmarked.push(row.raw_code);
      continue;
    }
    const key = scanKey(row.tracking_number, row.raw_code, row.occurred_at, row.substatus);
    byBatch.set(batch, (byBatch.get(batch) ?? new Set()).add(key));
  }
  return { byBatch, unmarked };
}

/** Shipments whose stored state is not what their stored timeline derives, or that have no scans. */
export async function stateDrift(db: Kysely<Database>): Promise<string[]> {
  const problems: string[] = [];
  for (const row of await db.selectFrom('shipments').selectAll().execute()) {
    const events = await listEvents(db, row.tenant_id, row.id);
    if (events.length === 0) problems.push(`${row.tracking_number}: a shipment without scans`);
    const want = comparable(deriveState(events), row);
    const have = comparable(storedState(row), row);
    if (!isDeepStrictEqual(have, want))
      problems.push(
        `${row.tracking_number}: stored ${JSON.stringify(have)}, derived ${JSON.stringify(want)}`,
      );
  }
  return problems;
}

/** Every derived field the row stores: the scan count only where the schema has its column. */
function comparable(state: DerivedState, row: object): Partial<DerivedState> {
  if ('event_count' in row) return state;
  const { eventCount: _notStored, ...rest } = state;
  return rest;
}

/**
 * Per shipment, the outbox must tell its story exactly once: one `shipment.created`, and
 * `status.changed` messages that chain from the registered state to the stored one.
 */
export async function outboxStory(db: Kysely<Database>): Promise<string[]> {
  const shipments = await db.selectFrom('shipments').select(['id', 'tracking_number', 'substatus']).execute();
  const outbox = await db
    .selectFrom('outbox')
    .select(['shipment_id', 'type', 'payload'])
    .orderBy('seq')
    .execute();
  const problems: string[] = [];
  const byShipment = new Map<string, Array<{ type: string; payload: Record<string, unknown> }>>();
  for (const message of outbox) {
    const list = byShipment.get(message.shipment_id ?? '') ?? [];
    list.push({ type: message.type, payload: JSON.parse(message.payload) as Record<string, unknown> });
    byShipment.set(message.shipment_id ?? '', list);
  }
  const ids = new Set(shipments.map((s) => s.id));
  for (const shipmentId of byShipment.keys())
    if (!ids.has(shipmentId)) problems.push(`messages for unknown shipment ${shipmentId}`);
  for (const shipment of shipments) {
    const messages = byShipment.get(shipment.id) ?? [];
    const created = messages.filter((m) => m.type === 'shipment.created').length;
    if (created !== 1) problems.push(`${shipment.tracking_number}: ${created} shipment.created`);
    let substatus = 'pending.registered';
    for (const m of messages.filter((x) => x.type === 'status.changed')) {
      const from = (m.payload.from as { substatus?: string } | undefined)?.substatus;
      const to = (m.payload.to as { substatus?: string } | undefined)?.substatus;
      if (from !== substatus) problems.push(`${shipment.tracking_number}: jump from ${substatus} to ${from}`);
      substatus = to ?? '?';
    }
    if (substatus !== shipment.substatus)
      problems.push(
        `${shipment.tracking_number}: story ends at ${substatus}, row says ${shipment.substatus}`,
      );
  }
  return problems;
}

/** Ids in the subscriber's log; a line cut short by a kill is no id and is skipped. */
export function deliveredIds(path: string): Set<string> {
  if (!existsSync(path)) return new Set();
  const ids = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(line));
  return new Set(ids);
}
