import type { CarrierProblem, CarrierScan, ParseResult } from '../carriers/carrier.js';
import type { EventSource } from '../domain/tracking-event.js';
import type { Store } from '../store/open-store.js';
import { chunksFor } from '../store/executor.js';
import { countUnmappedCodes, type UnmappedCodeSighting } from '../store/repositories/unmapped-codes.js';
import type { IngestItem } from './ingest-item.js';
import { normalizeItem, normalizeTrackingNumber } from './normalize.js';
import type { IngestPipeline } from './pipeline.js';
import { storePayload } from '../console/payloads.js';

// The pipeline's rule (normalize.ts), after normalizeTrackingNumber.
const TRACKING_NUMBER = /^[A-Z0-9]{4,40}$/;

export interface CarrierIngestInput {
  readonly carrier: string; // adapter id
  readonly result: ParseResult;
  readonly source: EventSource; // src/domain/tracking-event.ts: {adapter, mode, requestId}
  /** Known for API uploads (EDI, CSV, EPCIS): unknown numbers are registered for this tenant.
   *  Absent for carrier webhooks/polls: scans go to every tenant tracking that number with that
   *  carrier; numbers nobody tracks are reported back, not registered. */
  readonly tenantId?: string;
  /** The body as received: kept beside the scans it produced, for the console (src/console/payloads.ts). */
  readonly raw?: { readonly body: string; readonly contentType: string };
}

export interface CarrierIngestOutcome {
  /** Stored rows: a scan fanned out to two tenants counts twice. */
  readonly accepted: number;
  readonly duplicates: number;
  /** Scans the pipeline refused (each counted once, whatever the fan-out). */
  readonly rejected: number;
  readonly untracked: readonly string[]; // numbers no tenant tracks (webhook/poll only)
  readonly problems: readonly CarrierProblem[]; // parse problems plus pipeline rejections
}

/**
 * Hands what an adapter parsed to the ingest pipeline: one transaction, dedupe by key, outbox in
 * the same commit. Returns after the commit. Afterwards counts the scans whose carrier code was
 * not in the status map (only scans stored for the first time, so re-polling the same history
 * does not inflate the counts).
 */
export async function ingestCarrierResult(
  deps: { store: Store; pipeline: IngestPipeline },
  input: CarrierIngestInput,
): Promise<CarrierIngestOutcome> {
  const { carrier, result, source } = input;
  const scans = result.scans.map((scan) => ({
    ...scan,
    trackingNumber: normalizeTrackingNumber(String(scan.trackingNumber ?? '')),
  }));

  let tenantsOf: (number: string) => readonly string[];
  let untracked: string[] = [];
  if (input.tenantId !== undefined) {
    const tenantId = input.tenantId;
    tenantsOf = () => [tenantId];
  } else {
    const numbers = [...new Set(scans.map((scan) => scan.trackingNumber))];
    const tracking = await tenantsTracking(deps.store, carrier, numbers);
    tenantsOf = (number) => tracking.get(number) ?? [];
    // A malformed number is a bad scan (reported below), not a number nobody tracks.
    untracked = numbers.filter((number) => !tracking.has(number) && TRACKING_NUMBER.test(number));
  }

  // Remember which scan each item came from, so a rejection is reported once per scan.
  const items: IngestItem[] = [];
  const scanOfItem: number[] = [];
  scans.forEach((scan, index) => {
    for (const tenantId of tenantsOf(scan.trackingNumber)) {
      items.push(itemOf(scan, { tenantId, carrier, source }));
      scanOfItem.push(index);
    }
  });

  const now = new Date();
  const unmapped = await newUnmappedSightings(deps.store, carrier, scans, items, scanOfItem, now);
  const outcome = await deps.pipeline.ingest(items);
  // Only a request that stored new scans keeps its body: a poll answer that changed nothing does not.
  if (input.raw && outcome.accepted > 0 && source.requestId) {
    await storePayload(deps.store.db, {
      requestId: source.requestId,
      adapter: source.adapter,
      contentType: input.raw.contentType,
      body: input.raw.body,
      now,
    });
  }

  const rejectedScans = new Map<number, CarrierProblem>();
  if (input.tenantId === undefined) {
    scans.forEach((scan, index) => {
      if (TRACKING_NUMBER.test(scan.trackingNumber)) return;
      rejectedScans.set(index, {
        kind: 'invalid_payload',
        message: 'trackingNumber must be 4 to 40 letters or digits (spaces, dashes and dots are ignored)',
        trackingNumber: scan.trackingNumber,
        at: `/scans/${index}/trackingNumber`,
      });
    });
  }
  for (const rejection of outcome.rejected) {
    const index = scanOfItem[rejection.index] as number;
    if (rejectedScans.has(index)) continue;
    rejectedScans.set(index, {
      kind: 'invalid_payload',
      message: `${rejection.field} ${rejection.reason}`,
      trackingNumber: scans[index]?.trackingNumber,
      at: `/scans/${index}/${rejection.field.replaceAll('.', '/')}`,
    });
  }
  if (unmapped.length > 0) await countUnmappedCodes(deps.store.db, unmapped, now.toISOString());

  return {
    accepted: outcome.accepted,
    duplicates: outcome.duplicates,
    rejected: rejectedScans.size,
    untracked,
    problems: [...result.problems, ...rejectedScans.values()],
  };
}

function itemOf(
  scan: CarrierScan,
  context: { tenantId: string; carrier: string; source: EventSource },
): IngestItem {
  // `unmapped` is ours, not the pipeline's: leave it off the item.
  const { unmapped: _unmapped, ...rest } = scan;
  return { ...rest, tenantId: context.tenantId, carrier: context.carrier, source: context.source };
}

/** Tenants tracking each number with this carrier. */
async function tenantsTracking(
  store: Store,
  carrier: string,
  numbers: readonly string[],
): Promise<Map<string, string[]>> {
  const tracking = new Map<string, string[]>();
  for (const chunk of chunksFor(numbers, 1, store.caps.maxParameters - 2)) {
    const rows = await store.db
      .selectFrom('shipments')
      .select(['tracking_number', 'tenant_id'])
      .where('tracking_number', 'in', chunk)
      .where('carrier', '=', carrier)
      .orderBy('tracking_number')
      .orderBy('tenant_id')
      .execute();
    for (const row of rows) {
      const list = tracking.get(row.tracking_number);
      if (list) list.push(row.tenant_id);
      else tracking.set(row.tracking_number, [row.tenant_id]);
    }
  }
  return tracking;
}

/**
 * Unmapped scans not stored before under any tenant, grouped by code. Read before the ingest
 * commits: two channels delivering the same new scan at the same instant may both count it,
 * an over-count we accept for a diagnostic figure.
 */
async function newUnmappedSightings(
  store: Store,
  carrier: string,
  scans: readonly CarrierScan[],
  items: readonly IngestItem[],
  scanOfItem: readonly number[],
  now: Date,
): Promise<UnmappedCodeSighting[]> {
  const keyOfScan = new Map<number, { key: string; number: string; code: string; description: string }>();
  items.forEach((item, i) => {
    const index = scanOfItem[i] as number;
    if (!scans[index]?.unmapped || keyOfScan.has(index)) return;
    const normalized = normalizeItem(item, now);
    if (!normalized.ok) return;
    const { event } = normalized.scan;
    keyOfScan.set(index, {
      key: event.dedupeKey,
      number: normalized.scan.trackingNumber,
      code: event.rawCode,
      description: event.rawDescription,
    });
  });
  if (keyOfScan.size === 0) return [];

  const wanted = [...keyOfScan.values()];
  const known = new Set<string>();
  for (const chunk of chunksFor(wanted, 2, store.caps.maxParameters - 2)) {
    const rows = await store.db
      .selectFrom('tracking_events')
      .innerJoin('shipments', 'shipments.id', 'tracking_events.shipment_id')
      .select('tracking_events.dedupe_key')
      .where('shipments.carrier', '=', carrier)
      .where('shipments.tracking_number', 'in', [...new Set(chunk.map((w) => w.number))])
      .where(
        'tracking_events.dedupe_key',
        'in',
        chunk.map((w) => w.key),
      )
      .execute();
    for (const row of rows) known.add(row.dedupe_key);
  }

  const byCode = new Map<string, UnmappedCodeSighting>();
  const seen = new Set<string>();
  for (const w of wanted) {
    if (known.has(w.key) || seen.has(w.key)) continue;
    seen.add(w.key);
    const before = byCode.get(w.code);
    byCode.set(w.code, {
      carrier,
      rawCode: w.code,
      description: w.description || before?.description || '',
      count: (before?.count ?? 0) + 1,
    });
  }
  return [...byCode.values()];
}
