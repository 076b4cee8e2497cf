import type { Executor } from '../../store/executor.js';
import type { OutboxMessage } from '../../store/repositories/outbox.js';
import { insertDeliveries } from './delivery-store.js';
import { endpointsFor } from './endpoint-store.js';
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
export async function fanOut(db: Executor, message: OutboxMessage, now: Date): Promise<number> {
  const endpoints = await endpointsFor(db, message.tenantId, message.type);
  if (endpoints.length === 0) return 0;
  const body = webhookBody(message);
  return insertDeliveries(
    db,
    endpoints.map((endpoint) => ({
      webhookId: webhookIdFor(message.id, endpoint.id),
      tenantId: message.tenantId,
      endpointId: endpoint.id,
      outboxId: message.id,
      shipmentId: message.shipmentId,
      eventType: message.type,
      body,
    })),
    now,
  );
}
