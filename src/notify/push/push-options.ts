import { createHash } from 'node:crypto';
import type { RenderedMessage } from '../channel.js';

/** Topics whose news cannot wait for the phone's next batch: "on the van", "delivered". */
const URGENT = new Set(['out_for_delivery', 'delivered']);

/**
 * RFC 8030 Urgency: high for out-for-delivery and delivered (the phone wakes for them), normal
 * for the rest, which may wait for the device to be awake anyway.
 */
export function urgencyOf(message: RenderedMessage): 'high' | 'normal' {
  if (message.eventType === 'delivered') return 'high';
  const topics = message.data['topics'];
  if (Array.isArray(topics) && topics.some((topic) => typeof topic === 'string' && URGENT.has(topic)))
    return 'high';
  const to = message.data['status'];
  return typeof to === 'string' && URGENT.has(to) ? 'high' : 'normal';
}

/**
 * RFC 8030 Topic: one per shipment, so a push service still holding an undelivered "in transit"
 * replaces it with "out for delivery" instead of delivering both. At most 32 characters of the
 * URL-safe base64 alphabet: a ULID fits as is; anything else is hashed into that shape.
 */
export function topicOf(shipmentId: string): string {
  if (/^[A-Za-z0-9_-]{1,32}$/.test(shipmentId)) return shipmentId;
  return createHash('sha256').update(shipmentId).digest('base64url').slice(0, 32);
}

/** The JSON the service worker receives: what it needs to show the notification and open the page. */
export function pushPayload(message: RenderedMessage): string {
  const text = (key: string, fallback: string) => {
    const value = message.data[key];
    return typeof value === 'string' ? value : fallback;
  };
  return JSON.stringify({
    title: text('title', message.subject),
    body: text('body', message.text),
    url: text('url', ''),
    tag: text('tag', `waybill-${message.recipient.shipmentId}`),
  });
}
