import { expect } from 'vitest';
import { isWebhookEventType } from '../../src/notify/webhooks/event-types.js';
import { webhookIdFor } from '../../src/notify/webhooks/webhook-id.js';
import type { Executor } from '../../src/store/executor.js';
import type { WebhookReceiver } from './webhook-receiver.js';

// What the crash tests check once a killed sender has been replaced: every message the outbox
// holds for the endpoint arrived, nothing else did, and a repeat is the same request again.

/** The webhook-ids the outbox holds for one endpoint: all of them, and those after `afterSeq`. */
export async function outboxWebhookIds(
  db: Executor,
  endpointId: string,
  afterSeq = 0,
): Promise<{ all: Set<string>; after: Set<string> }> {
  const messages = (await db.selectFrom('outbox').select(['id', 'type', 'seq']).execute()).filter((m) =>
    isWebhookEventType(m.type),
  );
  return {
    all: new Set(messages.map((m) => webhookIdFor(m.id, endpointId))),
    after: new Set(
      messages.filter((m) => Number(m.seq) > afterSeq).map((m) => webhookIdFor(m.id, endpointId)),
    ),
  };
}

/** No delivery still open, and every one of `ids` answered 2xx at the receiver. */
export async function allDelivered(
  db: Executor,
  receiver: WebhookReceiver,
  ids: Set<string>,
): Promise<boolean> {
  const open = await db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('state', '!=', 'delivered')
    .executeTakeFirst();
  const delivered = receiver.deliveredIds();
  return open === undefined && [...ids].every((id) => delivered.has(id));
}

/** Every request signed, none for a message the outbox does not hold, each repeat with the same body. */
export function expectCleanRepeats(receiver: WebhookReceiver, known: Set<string>): void {
  expect(receiver.received.filter((r) => !known.has(r.webhookId))).toEqual([]);
  expect(receiver.received.every((r) => r.verified)).toBe(true);
  const bodies = new Map<string, string>();
  for (const r of receiver.received) {
    const body = JSON.stringify(r.payload);
    expect(bodies.get(r.webhookId) ?? body).toBe(body);
    bodies.set(r.webhookId, body);
  }
}
