import { continueState, deriveState, type DerivedState } from '../domain/derive.js';
import { domainEventsFor } from '../domain/domain-events.js';
import type { TrackingEvent } from '../domain/tracking-event.js';
import { newId } from '../store/ids.js';
import type { Executor } from '../store/executor.js';
import type { Store } from '../store/open-store.js';
import type { TrackingEventTable } from '../store/schema.js';
import { retryOnConflict } from '../store/retry.js';
import {
  eventRowsForShipments,
  insertEventsOfNewShipments,
  insertNewEvents,
} from '../store/repositories/events.js';
import { appendToOutbox, type NewOutboxMessage } from '../store/repositories/outbox.js';
import { eventFromRow, eventToRow } from '../store/repositories/shipment-rows.js';
import {
  insertNewShipmentRows,
  shipmentStatesByNumber,
  updateDerivedColumns,
  type DerivedColumns,
} from '../store/repositories/shipments.js';
import { scansIngested } from '../metrics/process-metrics.js';
import type { IngestItem } from './ingest-item.js';
import { normalizeItem, type NormalizedScan } from './normalize.js';
import { newShipmentRow } from './new-shipment.js';
import { derivedColumnsOf, storedState } from './shipment-state.js';

export interface IngestRejection {
  /** Position of the item in the batch. */
  readonly index: number;
  readonly field: string;
  readonly reason: string;
}

export interface IngestResult {
  /** Scans stored for the first time. */
  readonly accepted: number;
  /** Scans we already had (same dedupe key): nothing changed. */
  readonly duplicates: number;
  readonly rejected: readonly IngestRejection[];
  /** Shipments whose state or timeline changed, or that were created. */
  readonly shipmentIds: readonly string[];
}

/**
 * An internal outbox message: new scans were stored for a shipment and nothing else about it
 * changed ("in transit, Halle" then "in transit, Dresden"). It is not a domain event and never
 * leaves in a webhook; it is there so open tracking pages and console pages, on every node, see
 * every scan, and so a page that reconnects (Last-Event-ID is an outbox seq) catches up on it.
 */
export const SCANS_STORED = 'scans.stored';

export interface PipelineOptions {
  readonly clock?: () => Date;
  /** Called after each commit that wrote outbox messages, to wake relays without polling delay. */
  readonly onCommitted?: () => void;
}

/**
 * normalise → dedupe → store events → derive each touched shipment's state → outbox,
 * with everything after normalisation in one transaction: a batch is all there or not at all.
 */
export class IngestPipeline {
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    private readonly options: PipelineOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  async ingest(items: readonly IngestItem[]): Promise<IngestResult> {
    const now = this.clock();
    const rejected: IngestRejection[] = [];
    const scans: NormalizedScan[] = [];
    items.forEach((item, index) => {
      const result = normalizeItem(item, now);
      if (result.ok) scans.push(result.scan);
      else rejected.push({ index, ...result.rejection });
    });
    if (rejected.length > 0) scansIngested.inc({ result: 'rejected' }, rejected.length);
    if (scans.length === 0) return { accepted: 0, duplicates: 0, rejected, shipmentIds: [] };

    const outcome = await retryOnConflict(() =>
      this.store.db.transaction().execute((trx) => this.apply(trx, scans, now.toISOString())),
    );
    if (outcome.messages > 0) this.options.onCommitted?.();
    scansIngested.inc({ result: 'stored' }, outcome.accepted);
    scansIngested.inc({ result: 'duplicate' }, scans.length - outcome.accepted);
    return {
      accepted: outcome.accepted,
      duplicates: scans.length - outcome.accepted,
      rejected,
      shipmentIds: outcome.shipmentIds,
    };
  }

  private async apply(
    trx: Executor,
    scans: readonly NormalizedScan[],
    now: string,
  ): Promise<{ accepted: number; messages: number; shipmentIds: string[] }> {
    const { caps } = this.store;
    const messages: NewOutboxMessage[] = [];
    const byTenant = groupBy(scans, (scan) => scan.tenantId);
    let accepted = 0;
    const changedIds: string[] = [];
    // A shipment's messages name the request its scans came in (the first, for a batch of several).
    const requestOf = new Map<string, string>();

    for (const [tenantId, tenantScans] of byTenant) {
      const shipments = await this.shipmentsFor(trx, tenantId, tenantScans, now);
      // Scans of a shipment this batch created cannot meet a stored scan: they go in without
      // RETURNING, each key once (the first copy, as derivation counted it). Only the others need
      // the database to say which of them were new.
      const fresh = new Map<string, TrackingEvent>();
      const ofCreated: TrackingEventTable[] = [];
      const ofExisting: TrackingEventTable[] = [];
      for (const scan of tenantScans) {
        const shipment = shipments.rows.get(scan.trackingNumber);
        if (!shipment) throw new Error(`shipment for ${scan.trackingNumber} vanished inside the transaction`);
        const requestId = scan.event.source.requestId;
        if (requestId !== undefined && !requestOf.has(shipment.id)) requestOf.set(shipment.id, requestId);
        const key = `${shipment.id} ${scan.event.dedupeKey}`;
        const created = shipments.created.has(shipment.id);
        if (created && fresh.has(key)) continue;
        fresh.set(key, scan.event);
        const row = eventToRow(scan.event, {
          id: newId(),
          tenantId,
          shipmentId: shipment.id,
          receivedAt: now,
        });
        (created ? ofCreated : ofExisting).push(row);
      }
      await insertEventsOfNewShipments(trx, caps, ofCreated);
      const inserted = await insertNewEvents(trx, caps, ofExisting);
      accepted += ofCreated.length + inserted.length;

      const newEvents = new Map<string, TrackingEvent[]>();
      for (const { shipment_id, dedupe_key } of inserted) {
        const event = fresh.get(`${shipment_id} ${dedupe_key}`);
        if (!event) continue;
        const list = newEvents.get(shipment_id);
        if (list) list.push(event);
        else newEvents.set(shipment_id, [event]);
      }
      if (newEvents.size === 0 && shipments.created.size === 0) continue;

      // Most scans arrive in order: continue from the stored state. The rest re-derive from
      // their whole timeline, read back in one query.
      const after = new Map<string, DerivedState>();
      const rederive: string[] = [];
      for (const row of shipments.rows.values()) {
        const created = shipments.created.get(row.id);
        if (created) {
          after.set(row.id, created);
          continue;
        }
        const added = newEvents.get(row.id);
        if (!added) continue;
        const next = continueState(storedState(row), added);
        if (next) after.set(row.id, next);
        else rederive.push(row.id);
      }
      if (rederive.length > 0) {
        const timelines = groupBy(await eventRowsForShipments(trx, caps, rederive), (row) => row.shipment_id);
        for (const id of rederive) after.set(id, deriveState((timelines.get(id) ?? []).map(eventFromRow)));
      }

      const updated: DerivedColumns[] = [];
      const sameStatus: DerivedColumns[] = [];
      for (const row of shipments.rows.values()) {
        const state = after.get(row.id);
        if (!state) continue;
        const created = shipments.created.has(row.id);
        const events = domainEventsFor(created ? null : storedState(row), state, { shipmentId: row.id });
        const requestId = requestOf.get(row.id);
        for (const event of events) {
          messages.push({
            tenantId,
            shipmentId: row.id,
            type: event.type,
            payload: event.payload,
            requestId,
          });
        }
        const stored = newEvents.get(row.id)?.length ?? 0;
        if (events.length === 0 && stored > 0) {
          const payload = { scans: stored };
          messages.push({ tenantId, shipmentId: row.id, type: SCANS_STORED, payload, requestId });
        }
        // A shipment created by this batch was inserted with its derived state already.
        if (!created)
          (state.status === row.status ? sameStatus : updated).push(derivedColumnsOf(row.id, state, now));
        changedIds.push(row.id);
      }
      await updateDerivedColumns(trx, caps, updated, sameStatus);
    }
    await appendToOutbox(trx, caps, messages, new Date(now));
    return { accepted, messages: messages.length, shipmentIds: changedIds };
  }

  /**
   * Existing shipments for the scans' numbers, creating (and locking) the missing ones. A shipment
   * this batch creates is inserted with the state its scans derive (its only scans are in this
   * batch), so it needs no second write; `created` holds that state by id.
   */
  private async shipmentsFor(trx: Executor, tenantId: string, scans: readonly NormalizedScan[], now: string) {
    const { caps } = this.store;
    const numbers = [...new Set(scans.map((scan) => scan.trackingNumber))];
    const rows = new Map(
      (await shipmentStatesByNumber(trx, caps, tenantId, numbers)).map((r) => [r.tracking_number, r]),
    );
    const missing = new Set(numbers.filter((number) => !rows.has(number)));
    const created = new Map<string, DerivedState>();
    if (missing.size > 0) {
      const scansOf = groupBy(
        scans.filter((scan) => missing.has(scan.trackingNumber)),
        (scan) => scan.trackingNumber,
      );
      const states = new Map<string, DerivedState>();
      const fresh = [...scansOf].map(([number, own]) => {
        const first = own[0] as NormalizedScan;
        const row = newShipmentRow({
          tenantId,
          trackingNumber: number,
          carrier: first.carrier,
          details: first.shipment,
          now,
        });
        const state = deriveState(uniqueByDedupeKey(own));
        states.set(row.id, state);
        return { ...row, ...derivedColumnsOf(row.id, state, now) };
      });
      const inserted = new Set(await insertNewShipmentRows(trx, caps, fresh));
      for (const row of fresh) {
        if (!inserted.has(row.id)) continue;
        rows.set(row.tracking_number, row);
        created.set(row.id, states.get(row.id) as DerivedState);
      }
      // Another writer created the rest first: read back what is really there.
      const raced = [...missing].filter((number) => !rows.has(number));
      if (raced.length > 0) {
        for (const row of await shipmentStatesByNumber(trx, caps, tenantId, raced))
          rows.set(row.tracking_number, row);
      }
    }
    return { rows, created };
  }
}

/** The batch's scans of one new shipment, each dedupe key once, as the database will keep them. */
function uniqueByDedupeKey(scans: readonly NormalizedScan[]): TrackingEvent[] {
  const seen = new Set<string>();
  const events: TrackingEvent[] = [];
  for (const scan of scans) {
    if (seen.has(scan.event.dedupeKey)) continue;
    seen.add(scan.event.dedupeKey);
    events.push(scan.event);
  }
  return events;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
