import type { DomainEvent, DomainEventType } from '../domain/domain-events.js';

/**
 * What a customer message is about. Several domain events can say the same thing (a `stalled`
 * event and a `delay.detected` with reason `stalled`), so dedupe and caps count topics, not events.
 */
export const TOPICS = [
  'shipping_confirmation',
  'shipped',
  'out_for_delivery',
  'delivered',
  'available_for_pickup',
  'failed_attempt',
  'exception',
  'delay',
  'estimate_moved',
  'stalled',
  'returned',
] as const;
export type Topic = (typeof TOPICS)[number];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** The event types that can fire a topic: the dispatcher ignores the rest without a read. */
export const NOTIFYING_EVENT_TYPES: ReadonlySet<DomainEventType> = new Set([
  'shipment.created',
  'status.changed',
  'delivered',
  'exception.raised',
  'stalled',
  'eta.changed',
  'delay.detected',
]);

/** The topic a domain event is about, or null when customers need not hear of it. */
export function topicOf(event: DomainEvent): Topic | null {
  switch (event.type) {
    // Only for the recipients the parcel was registered with, as part of an order (see
    // confirmation/audience.ts): a number registered alone has nobody to tell yet.
    case 'shipment.created':
      return 'shipping_confirmation';
    case 'status.changed': {
      const { from, to } = event.payload;
      if (to.status === 'in_transit' && (from.status === 'pending' || from.status === 'info_received'))
        return 'shipped';
      if (to.status === 'out_for_delivery') return 'out_for_delivery';
      if (to.status === 'available_for_pickup') return 'available_for_pickup';
      if (to.status === 'attempt_failed') return 'failed_attempt';
      if (to.status === 'return_to_sender') return 'returned';
      // delivered and exception have their own events, which carry what the message needs.
      return null;
    }
    case 'delivered':
      return 'delivered';
    case 'exception.raised':
      return 'exception';
    case 'stalled':
      return 'stalled';
    case 'delay.detected':
      return event.payload.reason === 'stalled' ? 'stalled' : 'delay';
    case 'eta.changed': {
      const shift = event.payload.shiftDays;
      // The first estimate is not news, and moves of less than a day are noise.
      return shift !== null && Math.abs(shift) >= 1 ? 'estimate_moved' : null;
    }
    default:
      return null;
  }
}
