import { orderedAtProblem } from '../../ingest/ordered-at.js';
import { checkRecipientInput } from '../../notify/recipient-input.js';
import type { OrderInput, ParcelInput } from '../../orders/order-input.js';
import type { NumberInNotes } from './notes.js';
import type { WooOrder } from './parse-order.js';
import { carrierForProvider } from './tracking-providers.js';

// A WooCommerce order → Waybill's OrderInput. Pure: the clock and the notes are handed in.

/** Orders in these statuses register nothing new: they will not ship (or are not orders yet). */
const NOT_SHIPPING: Readonly<Record<string, string>> = {
  cancelled: 'cancelled',
  refunded: 'refunded',
  failed: 'failed (payment)',
  trash: 'in the trash',
  'checkout-draft': 'a checkout draft, not an order yet',
};

/** Why this order registers nothing, or undefined when it is one to track. */
export function notShippingReason(order: WooOrder): string | undefined {
  const status = order.status;
  return Object.hasOwn(NOT_SHIPPING, status) ? `order ${order.number} is ${NOT_SHIPPING[status]}` : undefined;
}

export interface OrderSourceSite {
  readonly tenantId: string;
  readonly siteUrl: string;
}

/** Where an order's tracking numbers came from, for the order's context and the webhook log. */
export type TrackingSource = 'shipment-tracking' | 'notes' | 'none';

export interface WooOrderInput {
  readonly input: OrderInput;
  readonly trackingFrom: TrackingSource;
}

/**
 * The order as Waybill stores it. Parcels come from the Shipment Tracking items (the provider
 * names the carrier when Waybill knows it; a custom provider leaves it to the number), or else
 * from the numbers found in the order notes. Values Waybill would refuse (an email that is not
 * one, an order time in the future) are left out rather than failing the order.
 */
export function orderInputFor(
  order: WooOrder,
  site: OrderSourceSite,
  now: Date,
  inNotes: readonly NumberInNotes[] = [],
): WooOrderInput {
  const destination = destinationOf(order);
  const email = usableEmail(order.billing.email);
  const phone = order.billing.phone || order.shipping.phone;
  const fromMeta: ParcelInput[] = order.trackingItems.map((item) => ({
    trackingNumber: item.trackingNumber,
    carrier: item.provider === '' ? undefined : carrierForProvider(item.provider),
  }));
  const fromNotes: ParcelInput[] = inNotes.map((found) => ({ trackingNumber: found.trackingNumber }));
  const trackingFrom: TrackingSource =
    fromMeta.length > 0 ? 'shipment-tracking' : fromNotes.length > 0 ? 'notes' : 'none';
  // SMS only on an explicit opt-in and a number that reads as a phone number where it ships to
  // (ingestOrder reads it the same way and would refuse the order otherwise).
  const smsOptIn =
    order.smsOptIn !== null &&
    phone !== '' &&
    checkRecipientInput({ channel: 'sms', address: phone, locale: 'en' }, destination?.country).ok
      ? order.smsOptIn
      : null;
  const consent: { email?: string; sms?: string } = {};
  if (email !== undefined)
    consent.email = `WooCommerce order ${order.number}: shipping updates to the billing email`;
  if (smsOptIn !== null)
    consent.sms = `WooCommerce order ${order.number}: SMS shipping updates, opted in at checkout (order meta ${smsOptIn.key} = ${smsOptIn.value})`;
  const name = fullName(order.shipping) || fullName(order.billing);
  return {
    trackingFrom,
    input: {
      tenantId: site.tenantId,
      source: 'woocommerce',
      sourceRef: order.id,
      orderNumber: order.number,
      customer: { email: email ?? null, phone: phone || null, name: name || null },
      orderedAt:
        order.createdAt !== null && orderedAtProblem(order.createdAt, now) === undefined
          ? order.createdAt
          : null,
      destination,
      consent,
      context: {
        platform: 'WooCommerce',
        site: site.siteUrl,
        status: order.status,
        trackingFrom: trackingFromText(trackingFrom, inNotes),
      },
      parcels: trackingFrom === 'shipment-tracking' ? fromMeta : fromNotes,
    },
  };
}

function usableEmail(email: string): string | undefined {
  if (email === '') return undefined;
  return checkRecipientInput({ channel: 'email', address: email, locale: 'en' }).ok ? email : undefined;
}

function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

function destinationOf(order: WooOrder): NonNullable<OrderInput['destination']> | null {
  const { postcode, city, state, country } = order.shipping;
  const destination: { postalCode?: string; city?: string; region?: string; country?: string } = {};
  if (postcode) destination.postalCode = postcode;
  if (city) destination.city = city;
  if (state) destination.region = state;
  if (/^[A-Z]{2}$/.test(country)) destination.country = country;
  return Object.keys(destination).length > 0 ? destination : null;
}

function trackingFromText(source: TrackingSource, inNotes: readonly NumberInNotes[]): string {
  if (source === 'shipment-tracking') return 'the Shipment Tracking items';
  if (source === 'none') return 'none yet';
  const found = inNotes.map((n) => `${n.trackingNumber} (confidence ${n.confidence})`).join(', ');
  return `the order notes: ${found}`;
}
