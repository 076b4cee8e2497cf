import { createHash } from 'node:crypto';

/**
 * The `webhook-id` of one outbox message to one endpoint. Derived, not drawn: the relay hands a
 * message over at least once, and a repeat fan-out must name the same delivery, so a receiver
 * sees one id however many times the message reaches it.
 */
export function webhookIdFor(outboxId: string, endpointId: string): string {
  return `msg_${createHash('sha256').update(`${outboxId}:${endpointId}`).digest('base64url').slice(0, 27)}`;
}
