import type { Logger } from 'pino';
import type { DomainEventPayloads } from '../../domain/domain-events.js';
import type { EstimatedDeliveryWindow } from '../../domain/shipment.js';
import { effectiveTimeline } from '../../domain/timeline.js';
import type { EstimateHistoryEntry } from '../../eta/estimate-history.js';
import type { OutboxSubscriber } from '../../ingest/outbox-relay.js';
import type { Executor } from '../../store/executor.js';
import type { Store } from '../../store/open-store.js';
import type { OutboxMessage } from '../../store/repositories/outbox.js';
import { shipmentFromRow } from '../../store/repositories/shipment-rows.js';
import { listEvents } from '../../store/repositories/shipments.js';
import { createdFacts, deliveredFacts, exceptionFacts, trackedFacts, type Increment } from './facts.js';
import { addIncrements, claimMark, markValue } from './rollup-store.js';

const HANDLED = new Set([
  'shipment.created',
  'status.changed',
  'exception.raised',
  'delivered',
  'eta.changed',
]);
const NOT_TRACKED = new Set(['pending', 'expired', 'cancelled']);

/**
 * The durable outbox subscriber 'console-analytics': keeps the rollups the console's analytics
 * read. A new installation (or an upgrade) starts at the outbox's beginning, so history is
 * counted too. Each fact is claimed once per shipment (console_rollup_marks), in the same
 * transaction as its increments, so a batch handed over twice counts once.
 */
export function analyticsSubscriber(store: Store, options: { logger?: Logger } = {}): OutboxSubscriber {
  const handleBatch = async (messages: readonly OutboxMessage[]) => {
    await store.db.transaction().execute(async (trx) => {
      for (const message of messages) await apply(trx, store, message);
    });
  };
  return {
    name: 'console-analytics',
    durable: true,
    accepts: (message) => message.shipmentId !== null && HANDLED.has(message.type),
    handle: async (message) => handleBatch([message]),
    handleBatch: async (messages) => {
      try {
        await handleBatch(messages);
      } catch (error) {
        options.logger?.warn({ err: error, scope: 'console-analytics' }, 'rollup batch failed; will retry');
        throw error;
      }
    },
  };
}

async function apply(trx: Executor, store: Store, message: OutboxMessage): Promise<void> {
  const shipmentId = message.shipmentId;
  if (shipmentId === null) return;
  const row = await trx
    .selectFrom('shipments')
    .selectAll()
    .where('id', '=', shipmentId)
    .where('tenant_id', '=', message.tenantId)
    .executeTakeFirst();
  if (!row) return;
  const shipment = shipmentFromRow(row);
  const increments: Increment[] = [];
  switch (message.type) {
    case 'shipment.created':
      if (await claimMark(trx, shipmentId, 'created')) increments.push(...createdFacts(shipment));
      return addIncrements(trx, store.caps, message.tenantId, increments);
    case 'eta.changed': {
      const payload = message.payload as DomainEventPayloads['eta.changed'];
      // The first estimate the customer saw, with what it claimed: accuracy is measured on it.
      await claimMark(trx, shipmentId, 'first_estimate', JSON.stringify(payload.window));
      return;
    }
    case 'status.changed': {
      const payload = message.payload as DomainEventPayloads['status.changed'];
      if (!NOT_TRACKED.has(payload.to.status) && (await claimMark(trx, shipmentId, 'tracked')))
        increments.push(...trackedFacts(shipment));
      break;
    }
  }
  const events = await listEvents(trx, message.tenantId, shipmentId);
  if (message.type === 'delivered' && (await claimMark(trx, shipmentId, 'delivered')))
    increments.push(
      ...deliveredFacts(shipment, events, await firstEstimateOf(trx, shipmentId, row.estimate_history)),
    );
  // An exception counts once it is in the timeline, even when a later scan of the same batch
  // superseded it before it was ever the shipment's status (then no exception.raised was written).
  const exceptions = new Set(
    effectiveTimeline(events)
      .filter((e) => e.status === 'exception')
      .map((e) => e.substatus),
  );
  for (const substatus of exceptions)
    if (await claimMark(trx, shipmentId, `exception:${substatus}`))
      increments.push(...exceptionFacts(shipment, substatus));
  await addIncrements(trx, store.caps, message.tenantId, increments);
}

async function firstEstimateOf(
  trx: Executor,
  shipmentId: string,
  history: string | null,
): Promise<
  | (Pick<EstimatedDeliveryWindow, 'mostLikely' | 'earliest' | 'latest'> & Partial<EstimatedDeliveryWindow>)
  | null
> {
  const stored = await markValue(trx, shipmentId, 'first_estimate');
  if (stored) return JSON.parse(stored) as EstimatedDeliveryWindow;
  // Shipments estimated before this subscriber existed: their history keeps the first window.
  const first = history ? (JSON.parse(history) as EstimateHistoryEntry[])[0] : undefined;
  return first ?? null;
}
