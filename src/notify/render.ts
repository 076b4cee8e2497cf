import type { ChannelId, Recipient, RenderedMessage } from './channel.js';
import { isConfirmation } from './confirmation/parcels.js';
import { parcelDeliveryJsonLd } from './email/parcel-delivery.js';
import { fitToSegments } from './sms/segments.js';
import { composeContent, type FiredTopic, type ShipmentFacts } from './templates/compose.js';
import { composeConfirmation } from './templates/confirmation.js';
import { emailBody } from './templates/email-body.js';
import { resolveLocale } from './templates/locales.js';

export interface RenderInput {
  readonly idempotencyKey: string;
  readonly recipient: Recipient;
  readonly topics: readonly FiredTopic[];
  readonly facts: ShipmentFacts;
  readonly unsubscribeUrl: string;
  readonly now: Date;
  readonly defaultLocale: string;
  /** Zone for dates when the recipient gave none: the destination's. */
  readonly fallbackZone: string;
  /**
   * A shipping confirmation's order and the parcels it lists (`facts` is the first). Without it a
   * confirmation lists `facts` alone under its order reference.
   */
  readonly confirmation?:
    { readonly orderNumber: string; readonly parcels: readonly ShipmentFacts[] } | undefined;
}

/** SMS at most two segments: past that the cost doubles again and phones split the text. */
export const MAX_SMS_SEGMENTS = 2;

/** The message one recipient gets, laid out for their channel. Pure: previews use it too. */
export function renderMessage(input: RenderInput): RenderedMessage {
  const { recipient, facts } = input;
  const locale = resolveLocale(recipient.locale, input.defaultLocale);
  const zone = recipient.timeZone ?? input.fallbackZone;
  const confirmation = isConfirmation(input.topics)
    ? {
        orderNumber: input.confirmation?.orderNumber ?? facts.orderRef ?? facts.trackingNumber,
        parcels: input.confirmation?.parcels ?? [facts],
      }
    : undefined;
  const content = confirmation
    ? composeConfirmation(confirmation.parcels, confirmation.orderNumber, locale, zone)
    : composeContent(input.topics, facts, locale, zone, input.now);
  const latest = input.topics.at(-1);
  const eventType = latest?.event.type ?? 'unknown';
  const base = { idempotencyKey: input.idempotencyKey, recipient, eventType, subject: content.subject };
  const channel: ChannelId = recipient.channel;
  if (channel === 'email') {
    // A confirmation of several parcels carries one ParcelDelivery per parcel.
    const cards = confirmation?.parcels.map((parcel) => parcelDeliveryJsonLd(parcel, { shipped: true }));
    const jsonLd = cards ? (cards.length === 1 ? cards[0] : cards) : parcelDeliveryJsonLd(facts);
    const body = emailBody(content, facts, input.unsubscribeUrl, jsonLd);
    return {
      ...base,
      text: body.text,
      html: body.html,
      // RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs here.
      headers: {
        'List-Unsubscribe': `<${input.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Content-Language': locale,
      },
      data: { locale, topics: input.topics.map((t) => t.topic) },
    };
  }
  if (channel === 'sms') {
    return {
      ...base,
      text: fitToSegments(content.sms, facts.trackingUrl, MAX_SMS_SEGMENTS),
      data: { locale, topics: input.topics.map((t) => t.topic) },
    };
  }
  const body = content.lines.length > 1 ? content.lines.join(' ') : (content.paragraphs[0] ?? content.sms);
  return {
    ...base,
    subject: content.headline,
    text: body,
    data: {
      title: content.headline,
      body,
      url: facts.trackingUrl,
      // One notification per shipment on the device: a newer one replaces the older.
      tag: `waybill-${facts.trackingNumber}`,
      locale,
      topics: input.topics.map((t) => t.topic),
    },
  };
}
