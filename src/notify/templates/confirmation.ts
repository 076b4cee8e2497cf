import type { Content, ShipmentFacts } from './compose.js';
import { estimatePhrase } from './compose.js';
import { formatMessage, type MessageValues } from './format.js';
import { CATALOGS, type SupportedLocale } from './locales.js';

/**
 * The words of a shipping confirmation: the parcels of one order that were registered (the same
 * local day), each with its carrier, tracking number and estimated delivery window, and the
 * order's page as the one link. One parcel reads like any single message; several are listed.
 * `parcels` all carry the order's page as their tracking URL.
 */
export function composeConfirmation(
  parcels: readonly ShipmentFacts[],
  orderNumber: string,
  locale: SupportedLocale,
  timeZone: string,
): Content {
  const first = parcels[0];
  if (!first) throw new Error('a shipping confirmation needs at least one parcel');
  const catalog = CATALOGS[locale];
  const messages = catalog.topics.shipping_confirmation;
  const order = { brand: first.branding.name, order: orderNumber, count: parcels.length };
  const format = (message: string, values: MessageValues = {}) =>
    formatMessage(message, locale, timeZone, { ...order, ...values });
  const parcelValues = (parcel: ShipmentFacts): MessageValues => ({
    carrier: parcel.carrierName,
    number: parcel.trackingNumber,
    estimate: estimatePhrase(parcel.estimate, locale, timeZone) ?? '',
  });
  const contact = first.branding.supportEmail ?? first.branding.supportPhone ?? first.branding.supportUrl;
  const common = {
    locale,
    labels: {
      carrier: catalog.carrierLabel,
      number: catalog.numberLabel,
      estimate: catalog.estimateLabel,
      cta: catalog.confirmation.cta,
    },
    support: contact ? format(catalog.support, { contact }) : null,
    footer: format(catalog.confirmation.footer),
    unsubscribe: catalog.unsubscribe,
  };
  if (parcels.length === 1) {
    const values = parcelValues(first);
    return {
      ...common,
      subject: format(messages.subject, values),
      headline: format(messages.headline, values),
      paragraphs: [format(messages.body, values)],
      lines: [],
      sms: format(messages.sms, values),
      estimate: estimatePhrase(first.estimate, locale, timeZone),
    };
  }
  return {
    ...common,
    subject: format(catalog.confirmation.subject),
    headline: format(catalog.confirmation.headline),
    paragraphs: [format(catalog.confirmation.body)],
    lines: parcels.map((parcel) => format(messages.line, parcelValues(parcel))),
    sms: format(catalog.confirmation.sms),
    estimate: null,
    details: [],
  };
}
