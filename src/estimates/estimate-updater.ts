import type { DomainEventPayloads } from '../domain/domain-events.js';
import type { Shipment } from '../domain/shipment.js';
import { appendEstimate, detectDelay, type DelayReason, type EstimateHistoryEntry } from '../eta/index.js';
import type { Store } from '../store/open-store.js';
import { appendToOutbox } from '../store/repositories/outbox.js';
import { shipmentFromRow } from '../store/repositories/shipment-rows.js';
import { listEvents, NEXT_VERSION } from '../store/repositories/shipments.js';
import { retryOnConflict } from '../store/retry.js';
import { carrierEstimatesOf, toEstimatedDeliveryWindow, type Estimator } from './estimator.js';

export interface EstimateUpdate {
  /** Outbox messages written (eta.changed, delay.detected). */
  readonly messages: number;
  readonly estimated: boolean;
}

const TERMINAL: ReadonlySet<string> = new Set(['delivered', 'return_to_sender', 'expired', 'cancelled']);

/**
 * Re-predicts one shipment and stores the new window, its history and the delay reasons, with
 * `eta.changed` / `delay.detected` in the outbox, in one transaction. The moment of prediction is
 * `now` unless `predictAt` names another for this shipment (the built-in simulator replays its
 * past fast, and its parcels live on its clock); records are stamped with `now` either way.
 * A shipment that has arrived, gone back or ended keeps its last estimate (what analytics judge)
 * but no delay reasons: nothing is late any more.
 */
export async function updateEstimate(
  store: Store,
  estimator: Estimator,
  tenantId: string,
  shipmentId: string,
  now: Date,
  predictAt?: (shipment: Shipment) => Date | undefined,
  /** The request behind the message that asked for it: the new messages name it too. */
  requestId?: string | null,
): Promise<EstimateUpdate> {
  return retryOnConflict(() =>
    store.db.transaction().execute(async (trx) => {
      let select = trx
        .selectFrom('shipments')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', shipmentId);
      if (store.caps.rowLocks) select = select.forUpdate();
      const row = await select.executeTakeFirst();
      if (!row) return { messages: 0, estimated: false };
      const shipment = shipmentFromRow(row);
      if (TERMINAL.has(shipment.status)) {
        if (shipment.delayReasons.length > 0)
          await trx
            .updateTable('shipments')
            .set({ delay_reasons: '[]', version: NEXT_VERSION })
            .where('id', '=', shipmentId)
            .execute();
        return { messages: 0, estimated: false };
      }
      const at = predictAt?.(shipment) ?? now;
      const events = await listEvents(trx, tenantId, shipmentId);
      const prediction = estimator.predict(shipment, events, at);
      if (!prediction) return { messages: 0, estimated: false };

      const window = toEstimatedDeliveryWindow(prediction);
      const verdict = detectDelay({
        previous: shipment.estimate,
        next: window,
        promisedDate: shipment.promisedDate,
        carrierEstimates: carrierEstimatesOf(events),
        stalled: shipment.stalled,
        activeReasons: row.delay_reasons ? (JSON.parse(row.delay_reasons) as DelayReason[]) : [],
      });
      const history = appendEstimate(
        row.estimate_history ? (JSON.parse(row.estimate_history) as EstimateHistoryEntry[]) : [],
        window,
      );
      await trx
        .updateTable('shipments')
        .set({
          estimate: JSON.stringify(window),
          estimate_history: JSON.stringify(history),
          estimated_at: now.toISOString(),
          delay_reasons: JSON.stringify(verdict.reasons),
          version: NEXT_VERSION,
        })
        .where('id', '=', shipmentId)
        .execute();
      const messages = verdict.events.map((event) => ({
        tenantId,
        shipmentId,
        type: event.type,
        payload: { shipmentId, ...event.payload } satisfies DomainEventPayloads[typeof event.type],
        requestId,
      }));
      await appendToOutbox(trx, store.caps, messages, now);
      return { messages: messages.length, estimated: true };
    }),
  );
}
