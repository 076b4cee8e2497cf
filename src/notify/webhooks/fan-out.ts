import type { Executor } from '../../store/executor.js';
import type { OutboxMessage } from '../../store/repositories/outbox.js';
import { insertDeliveries } from './delivery-store.js';
import { enabledEndpoints, type WebhookEndpointWithSecret } from './endpoint-store.js';
import { filterMatches } from './event-types.js';
import { webhookIdFor } from './webhook-id.js';

/**
 * The body every endpoint gets for a message, in the Standard Webhooks shape
 * `{type, timestamp, data}`. `data` is the domain event's payload: ids, codes and instants, never
 * names or addresses.
 */
export function webhookBody(message: OutboxMessage): string {
  return JSON.stringify({ type: message.type, timestamp: message.createdAt, data: message.payload });
}

/**
 * One delivery row per endpoint that wants the message. Handing the same message over again (the
 * relay is at-least-once) adds nothing: the webhook id is derived from message and endpoint.
 */
export function fanOut(db: Executor, message: OutboxMessage, now: Date): Promise<number> {
  return fanOutBatch(db, [message], now);
}

/**
 * The delivery rows of a whole relay batch in one transaction (one commit, not one per message),
 * each tenant's endpoints read once. Returns how many rows are new.
 */
export async function fanOutBatch(
  db: Executor,
  messages: readonly OutboxMessage[],
  now: Date,
): Promise<number> {
  const endpointsOf = new Map<string, WebhookEndpointWithSecret[]>();
  for (const tenantId of new Set(messages.map((m) => m.tenantId)))
    endpointsOf.set(tenantId, await enabledEndpoints(db, tenantId));
  const deliveries = messages.flatMap((message) => {
    const endpoints = (endpointsOf.get(message.tenantId) ?? []).filter((e) =>
      filterMatches(e.events, message.type),
    );
    if (endpoints.length === 0) return [];
    const body = webhookBody(message);
    return endpoints.map((endpoint) => ({
      webhookId: webhookIdFor(message.id, endpoint.id),
      tenantId: message.tenantId,
      endpointId: endpoint.id,
      outboxId: message.id,
      shipmentId: message.shipmentId,
      eventType: message.type,
      body,
    }));
  });
  if (deliveries.length === 0) return 0;
  const insert = async (trx: Executor) => {
    let inserted = 0;
    // Rows per statement well under either database's parameter limit (19 columns a row).
    for (let i = 0; i < deliveries.length; i += 500)
      inserted += await insertDeliveries(trx, deliveries.slice(i, i + 500), now);
    return inserted;
  };
  // One statement commits whole by itself; more than one need a transaction to do the same.
  return db.isTransaction || deliveries.length <= 500 ? insert(db) : db.transaction().execute(insert);
}
