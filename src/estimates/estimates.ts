import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Shipment } from '../domain/shipment.js';
import type { OutboxRelay } from '../ingest/outbox-relay.js';
import type { Store } from '../store/open-store.js';
import { eventRowsForShipments } from '../store/repositories/events.js';
import { eventFromRow, shipmentFromRow } from '../store/repositories/shipment-rows.js';
import { findShipment, listEvents } from '../store/repositories/shipments.js';
import { listTenants } from '../store/repositories/tenants.js';
import { updateEstimate } from './estimate-updater.js';
import { Estimator } from './estimator.js';
import type { EtaModelOptions } from '../eta/index.js';

const TERMINAL = ['delivered', 'return_to_sender', 'expired', 'cancelled'];
/** How often a window that has begun without the parcel is predicted again (the sweep is hourly). */
const OVERDUE_EVERY_MS = 3 * 3600 * 1000;
const UNDER_WAY = ['in_transit', 'out_for_delivery', 'available_for_pickup', 'attempt_failed', 'exception'];

/** A status change that moved a shipment from before hand-over into transit. */
function isHandOver(payload: Record<string, unknown>): boolean {
  const { from, to } = payload as { from?: { status?: string }; to?: { status?: string } };
  return (
    (from?.status === 'pending' || from?.status === 'info_received') &&
    to?.status !== undefined &&
    UNDER_WAY.includes(to.status)
  );
}
// A prediction depends on the latest milestone, the carrier's estimate, the promise and time.
// So it is re-made whenever a scan changes one of them, after a long silence, and daily (time).
// On delivery (and the other ends) the update clears the delay reasons instead.
const REESTIMATE_ON = new Set([
  'shipment.created',
  'status.changed',
  'delivered',
  'carrier_estimate.changed',
  'stalled',
]);

export interface EstimatesOptions {
  readonly clock?: () => Date;
  /**
   * The moment of prediction for one carrier's parcels, when it is not the clock's: the built-in
   * simulator replays days of its past in minutes, and predicting those parcels against the real
   * clock would put every window after the delivery that is about to be replayed.
   */
  readonly clockOf?: (shipment: Shipment) => Date | undefined;
  readonly logger?: Logger;
  /** Wakes the relay after estimate messages commit. */
  readonly onCommitted?: () => void;
  /** How often quiet shipments are looked at; each is re-estimated once a day. */
  readonly quietIntervalMs?: number;
  /** Settings of the model (such as the carriers' cut-off). */
  readonly model?: EtaModelOptions;
}

/**
 * Delivery-date estimates in the running system: learns from the store's delivered shipments
 * (rebuilt at start, then from each `delivered` message), re-predicts on every milestone change
 * and daily for quiet shipments, and writes windows and delay events through the outbox.
 */
export class Estimates {
  readonly estimator: Estimator;
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly store: Store,
    private readonly options: EstimatesOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.estimator = new Estimator(options.model);
  }

  /** Subscribes to the relay: a durable re-estimator, and a per-process learner. */
  attach(relay: OutboxRelay): void {
    relay.subscribe({
      name: 'estimates',
      durable: true,
      accepts: (message) => REESTIMATE_ON.has(message.type) && message.shipmentId !== null,
      handle: async (message) => {
        const result = await updateEstimate(
          this.store,
          this.estimator,
          message.tenantId,
          message.shipmentId as string,
          this.clock(),
          this.options.clockOf,
          message.requestId,
        );
        if (result.messages > 0) this.options.onCommitted?.();
      },
    });
    relay.subscribe({
      name: `estimates-learning-${process.pid}`,
      durable: false,
      accepts: (message) =>
        message.shipmentId !== null && (message.type === 'delivered' || isHandOver(message.payload)),
      handle: async (message) => {
        const shipment = await findShipment(this.store.db, message.tenantId, message.shipmentId as string);
        if (!shipment) return;
        const events = await listEvents(this.store.db, message.tenantId, shipment.id);
        if (message.type === 'delivered') this.estimator.observe(shipment, events);
        else this.estimator.handedOver(shipment, events);
      },
    });
  }

  /** Learns from every delivered shipment in the store, a page at a time. */
  async rebuild(pageSize = 500): Promise<number> {
    let observed = 0;
    for (const tenant of await listTenants(this.store.db)) {
      let cursor: string | undefined;
      for (;;) {
        let select = this.store.db
          .selectFrom('shipments')
          .selectAll()
          .where('tenant_id', '=', tenant.id)
          .where('status', '=', 'delivered');
        if (cursor !== undefined) select = select.where('id', '>', cursor);
        const rows = await select.orderBy('id').limit(pageSize).execute();
        if (rows.length === 0) break;
        const events = await eventRowsForShipments(
          this.store.db,
          this.store.caps,
          rows.map((r) => r.id),
        );
        const byShipment = new Map<string, ReturnType<typeof eventFromRow>[]>();
        for (const event of events) {
          const list = byShipment.get(event.shipment_id) ?? [];
          list.push(eventFromRow(event));
          byShipment.set(event.shipment_id, list);
        }
        for (const row of rows) this.estimator.observe(shipmentFromRow(row), byShipment.get(row.id) ?? []);
        observed += rows.length;
        cursor = rows.at(-1)?.id;
      }
    }
    await this.rebuildUnderWay(pageSize);
    return observed;
  }

  /** Shipments handed over and not yet arrived, for the censored reading of their lanes. */
  private async rebuildUnderWay(pageSize: number): Promise<void> {
    let cursor: string | undefined;
    for (;;) {
      let select = this.store.db
        .selectFrom('shipments')
        .selectAll()
        .where('status', 'in', UNDER_WAY)
        .where('first_scan_at', 'is not', null);
      if (cursor !== undefined) select = select.where('id', '>', cursor);
      const rows = await select.orderBy('id').limit(pageSize).execute();
      if (rows.length === 0) break;
      for (const row of rows) this.estimator.handedOver(shipmentFromRow(row));
      cursor = rows.at(-1)?.id;
    }
  }

  /**
   * Re-estimates shipments on their way whose estimate is a day old (or missing), or whose window
   * has begun in the past (earliest day before today, UTC) while the parcel has not arrived: the
   * page would show "Arriving Mon 7 Dec – Thu 10 Dec" on the 8th, and a promise already missed
   * would not be announced until the next scan. Those are looked at again every few hours.
   */
  async reestimateQuiet(limit = 500): Promise<number> {
    const now = this.clock();
    const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000).toISOString();
    const overdueAgo = new Date(now.getTime() - OVERDUE_EVERY_MS).toISOString();
    const today = now.toISOString().slice(0, 10);
    const earliest =
      this.store.caps.dialect === 'postgres'
        ? sql<string>`(estimate::jsonb ->> 'earliest')`
        : sql<string>`json_extract(estimate, '$.earliest')`;
    const due = await this.store.db
      .selectFrom('shipments')
      .select(['id', 'tenant_id'])
      .where((eb) =>
        eb.or([
          eb('estimated_at', '<', dayAgo),
          eb('estimated_at', 'is', null),
          eb.and([eb('estimated_at', '<', overdueAgo), eb(earliest, '<', today)]),
        ]),
      )
      .where('status', 'not in', TERMINAL)
      .limit(limit)
      .execute();
    let messages = 0;
    for (const row of due)
      messages += (await updateEstimate(this.store, this.estimator, row.tenant_id, row.id, now)).messages;
    if (messages > 0) this.options.onCommitted?.();
    return due.length;
  }

  start(): void {
    if (this.timer) return;
    this.running = this.rebuild()
      .then((count) =>
        this.options.logger?.info({ scope: 'estimates', deliveries: count }, 'delivery-date model built'),
      )
      .catch((error: unknown) =>
        this.options.logger?.error({ err: error, scope: 'estimates' }, 'model rebuild failed'),
      );
    this.timer = setInterval(
      () => {
        this.running = this.reestimateQuiet().catch((error: unknown) =>
          this.options.logger?.warn({ err: error, scope: 'estimates' }, 'daily re-estimate failed'),
        );
      },
      this.options.quietIntervalMs ?? 60 * 60_000,
    );
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
