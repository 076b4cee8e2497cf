import type { DomainEvent } from '../domain/domain-events.js';
import type { ChannelId } from './channel.js';
import { isTopic, TOPICS, type Topic } from './topics.js';

/** One rule: which channels a topic goes to. Carries a sample event, which drives previews. */
export interface Rule {
  readonly topic: Topic;
  readonly channels: readonly ChannelId[];
  readonly sample: DomainEvent;
  readonly description: string;
}

const WINDOW = {
  mostLikely: '2026-11-27',
  earliest: '2026-11-27',
  latest: '2026-11-28',
  confidence: 0.8,
  basis: 'sample',
  predictedAt: '2026-11-25T10:00:00.000Z',
};
const SHIPMENT = 'SAMPLE';

/** A small builder, so each default reads as one line of intent plus its sample. */
function rule(topic: Topic, description: string) {
  return {
    to: (...channels: ChannelId[]) => ({
      sample: (sample: DomainEvent): Rule => ({ topic, channels, sample, description }),
    }),
  };
}

export const DEFAULT_RULES: Readonly<Record<Topic, Rule>> = {
  shipping_confirmation: rule(
    'shipping_confirmation',
    'A parcel of an order was registered with its customer: number, carrier and link, once per parcel; one message per order and day.',
  )
    .to('email')
    .sample({
      type: 'shipment.created',
      payload: { shipmentId: SHIPMENT, status: 'info_received', substatus: 'info_received.label_created' },
    }),
  shipped: rule('shipped', 'The carrier scanned the parcel for the first time.')
    .to('email', 'sms', 'push')
    .sample({
      type: 'status.changed',
      payload: {
        shipmentId: SHIPMENT,
        from: { status: 'info_received', substatus: 'info_received.label_created' },
        to: { status: 'in_transit', substatus: 'in_transit.picked_up' },
      },
    }),
  out_for_delivery: rule('out_for_delivery', 'The parcel is on the delivery vehicle.')
    .to('email', 'sms', 'push')
    .sample({
      type: 'status.changed',
      payload: {
        shipmentId: SHIPMENT,
        from: { status: 'in_transit', substatus: 'in_transit.destination_facility' },
        to: { status: 'out_for_delivery', substatus: 'out_for_delivery.on_vehicle' },
      },
    }),
  delivered: rule('delivered', 'The parcel was delivered.')
    .to('email', 'sms', 'push')
    .sample({
      type: 'delivered',
      payload: {
        shipmentId: SHIPMENT,
        substatus: 'delivered.standard',
        deliveredAt: '2026-11-27T13:42:00.000Z',
      },
    }),
  available_for_pickup: rule('available_for_pickup', 'The parcel waits at a pickup point.')
    .to('email', 'sms', 'push')
    .sample({
      type: 'status.changed',
      payload: {
        shipmentId: SHIPMENT,
        from: { status: 'in_transit', substatus: 'in_transit.destination_facility' },
        to: { status: 'available_for_pickup', substatus: 'available_for_pickup.pickup_point' },
      },
    }),
  failed_attempt: rule('failed_attempt', 'The carrier tried to deliver and could not.')
    .to('email', 'sms', 'push')
    .sample({
      type: 'status.changed',
      payload: {
        shipmentId: SHIPMENT,
        from: { status: 'out_for_delivery', substatus: 'out_for_delivery.on_vehicle' },
        to: { status: 'attempt_failed', substatus: 'attempt_failed.recipient_absent' },
      },
    }),
  exception: rule('exception', 'Something stopped the journey.')
    .to('email', 'sms', 'push')
    .sample({
      type: 'exception.raised',
      payload: { shipmentId: SHIPMENT, substatus: 'exception.address_issue', reason: 'consignee' },
    }),
  delay: rule('delay', 'The parcel will probably arrive later than promised or estimated.')
    .to('email', 'sms', 'push')
    .sample({
      type: 'delay.detected',
      payload: {
        shipmentId: SHIPMENT,
        reason: 'carrier_estimate_slipped',
        window: WINDOW,
        promisedDate: '2026-11-26',
        detail: 'The carrier moved its estimate.',
      },
    }),
  estimate_moved: rule('estimate_moved', 'The estimated delivery moved by a day or more.')
    .to('email', 'push')
    .sample({
      type: 'eta.changed',
      payload: {
        shipmentId: SHIPMENT,
        previous: { ...WINDOW, mostLikely: '2026-11-26', earliest: '2026-11-26', latest: '2026-11-26' },
        window: WINDOW,
        shiftDays: 1,
      },
    }),
  stalled: rule('stalled', 'No scan for longer than usual.')
    .to('email', 'push')
    .sample({
      type: 'stalled',
      payload: {
        shipmentId: SHIPMENT,
        status: 'in_transit',
        substatus: 'in_transit.linehaul',
        businessDaysSilent: 3,
      },
    }),
  returned: rule('returned', 'The parcel is going back to the sender.')
    .to('email', 'sms', 'push')
    .sample({
      type: 'status.changed',
      payload: {
        shipmentId: SHIPMENT,
        from: { status: 'attempt_failed', substatus: 'attempt_failed.recipient_absent' },
        to: { status: 'return_to_sender', substatus: 'return_to_sender.in_transit' },
      },
    }),
};

/** A tenant's override, as kept in settings under `notifications.rules`. */
export type RuleOverrides = Partial<Record<Topic, { readonly channels: readonly ChannelId[] }>>;

const CHANNELS: readonly ChannelId[] = ['email', 'sms', 'push'];

/** The tenant's rules: defaults, with each overridden topic's channels replaced. Ignores junk. */
export function rulesFor(settings: Record<string, unknown>): Record<Topic, Rule> {
  const overrides = overridesIn(settings);
  const rules = { ...DEFAULT_RULES };
  for (const topic of TOPICS) {
    const channels = overrides[topic]?.channels;
    if (channels) rules[topic] = { ...DEFAULT_RULES[topic], channels };
  }
  return rules;
}

export function overridesIn(settings: Record<string, unknown>): RuleOverrides {
  const notifications = settings['notifications'];
  if (!isRecord(notifications) || !isRecord(notifications['rules'])) return {};
  const result: Partial<Record<Topic, { channels: ChannelId[] }>> = {};
  for (const [topic, value] of Object.entries(notifications['rules'])) {
    if (!isTopic(topic) || !isRecord(value) || !Array.isArray(value['channels'])) continue;
    const channels = value['channels'].filter((c): c is ChannelId => CHANNELS.includes(c as ChannelId));
    result[topic] = { channels: [...new Set(channels)] };
  }
  return result;
}

/** The tenant's daily cap, when it set one below or above the configured default. */
export function dailyCapIn(settings: Record<string, unknown>, fallback: number): number {
  const notifications = settings['notifications'];
  const cap = isRecord(notifications) ? notifications['dailyCap'] : undefined;
  return typeof cap === 'number' && Number.isInteger(cap) && cap >= 1 && cap <= 50 ? cap : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
