import { createHash } from 'node:crypto';
import { parseOrder, type WooOrder } from './parse-order.js';
import { fieldOf, textOf } from './payload-text.js';

// What one signed WooCommerce delivery is, from its topic header and raw body. Pure, never throws.

export type WebhookDelivery =
  | {
      readonly kind: 'order';
      readonly topic: string;
      /**
       * `<order id>@<date_modified_gmt>`: the same state of the same order. The Delivery-ID is new
       * on every send, and a send renders the order as it is then, so two sends of one state are
       * one event.
       */
      readonly key: string;
      readonly order: WooOrder;
    }
  | { readonly kind: 'ignored'; readonly topic: string; readonly key: string; readonly reason: string }
  | {
      readonly kind: 'unreadable';
      readonly topic: string;
      readonly key: string;
      readonly problem: string;
      /** The body is not JSON at all (rather than JSON that is not an order). */
      readonly malformedJson: boolean;
    };

export const ORDER_TOPICS: readonly string[] = ['order.created', 'order.updated'];

const PING = /^webhook_id=\d{1,20}$/;

/**
 * WooCommerce's ping when a webhook is created or activated: the form body `webhook_id=<id>` with
 * no X-WC-* headers and no signature. The admin refuses to save the webhook unless it gets 200.
 */
export function isPing(headers: Readonly<Record<string, unknown>>, body: string): boolean {
  const signed = ['x-wc-webhook-source', 'x-wc-webhook-signature', 'x-wc-webhook-topic'].some(
    (name) => headers[name] !== undefined,
  );
  return !signed && PING.test(body.trim());
}

export function parseWebhook(input: {
  readonly topic?: string | undefined;
  readonly deliveryId?: string | undefined;
  readonly body: string;
}): WebhookDelivery {
  const topic = textOf(input.topic, 100).toLowerCase() || 'order.updated';
  const deliveryKey = keyOfDelivery(input.deliveryId, input.body);
  let payload: unknown;
  try {
    payload = JSON.parse(input.body) as unknown;
  } catch {
    return {
      kind: 'unreadable',
      topic,
      key: deliveryKey,
      problem: 'the body is not valid JSON',
      malformedJson: true,
    };
  }
  if (!ORDER_TOPICS.includes(topic)) {
    const id = textOf(fieldOf(payload, 'id'), 25);
    const reason = topic.startsWith('order.')
      ? `${topic}${id ? ` for order ${id}` : ''}: Waybill keeps the order and its parcels as they are`
      : `${topic} is not about orders`;
    return { kind: 'ignored', topic, key: deliveryKey, reason };
  }
  const parsed = parseOrder(payload);
  if (!parsed.ok)
    return { kind: 'unreadable', topic, key: deliveryKey, problem: parsed.problem, malformedJson: false };
  const { order } = parsed;
  const state = order.modifiedAt ?? `sha256:${sha256(input.body).slice(0, 32)}`;
  return { kind: 'order', topic, key: `${order.id}@${state}`, order };
}

/** Deliveries that are not an order state are kept under their Delivery-ID (or the body's hash). */
function keyOfDelivery(deliveryId: string | undefined, body: string): string {
  const id = textOf(deliveryId, 100);
  return id ? `delivery:${id}` : `body:${sha256(body).slice(0, 32)}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
