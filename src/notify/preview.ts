import type { Branding } from '../domain/branding.js';
import type { ChannelId, RenderedMessage } from './channel.js';
import { renderMessage } from './render.js';
import type { Rule } from './rules.js';
import { countSegments, type SegmentCount } from './sms/segments.js';
import type { ShipmentFacts } from './templates/compose.js';
import { orderPageUrl } from '../web/order-page-url.js';

export interface Preview {
  readonly message: RenderedMessage;
  readonly segments: SegmentCount | null;
}

/** A rule's message rendered from its sample event, with the tenant's branding: what customers will see. */
export function previewRule(
  rule: Rule,
  options: {
    readonly channel: ChannelId;
    readonly locale: string;
    readonly timeZone: string;
    readonly branding: Branding;
    readonly publicBaseUrl: string;
    readonly now: Date;
  },
): Preview {
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  const facts: ShipmentFacts = {
    branding: options.branding,
    carrierName: 'UPS',
    trackingNumber: '1Z999AA10123456784',
    // A shipping confirmation links to the order's page, every other message to the parcel's.
    trackingUrl:
      rule.topic === 'shipping_confirmation'
        ? orderPageUrl(base, 'SAMPLE-ORDER-TOKEN-PREVIEW-00')
        : `${base}/t/SAMPLE-TOKEN-PREVIEW-0000`,
    estimate:
      'window' in rule.sample.payload
        ? rule.sample.payload.window
        : {
            mostLikely: '2026-11-27',
            earliest: '2026-11-27',
            latest: '2026-11-28',
            confidence: 0.8,
            basis: 'sample',
            predictedAt: '2026-11-25T10:00:00.000Z',
          },
    lastEventAt: '2026-11-23T09:00:00.000Z',
    status: statusOf(rule),
    destination: { city: 'Austin', region: 'TX', country: 'US' },
    orderRef: '10482',
  };
  const message = renderMessage({
    idempotencyKey: 'preview',
    recipient: {
      id: 'preview',
      tenantId: 'preview',
      shipmentId: 'SAMPLE',
      channel: options.channel,
      address: options.channel === 'sms' ? '+15125550143' : 'customer@example.com',
      details: {},
      locale: options.locale,
      timeZone: options.timeZone,
    },
    topics: [{ topic: rule.topic, event: rule.sample, at: '2026-11-26T14:05:00.000Z' }],
    facts,
    unsubscribeUrl: `${base}/u/SAMPLE-UNSUBSCRIBE-TOKEN`,
    now: options.now,
    defaultLocale: 'en',
    fallbackZone: options.timeZone,
  });
  return { message, segments: options.channel === 'sms' ? countSegments(message.text) : null };
}

function statusOf(rule: Rule): string {
  const { sample } = rule;
  if (sample.type === 'status.changed') return sample.payload.to.status;
  if (sample.type === 'delivered') return 'delivered';
  if (sample.type === 'exception.raised') return 'exception';
  return 'in_transit';
}
