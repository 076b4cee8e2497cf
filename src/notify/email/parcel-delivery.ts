import type { ShipmentFacts } from '../templates/compose.js';

// schema.org ParcelDelivery (carrier-formats.md §10): the markup Gmail turns into a package card.
// Gmail wants carrier, deliveryAddress, expectedArrivalUntil, itemShipped and partOfOrder; we
// give what we know, never a street address (Waybill does not keep one).

const ORDER_STATUS: Record<string, string> = {
  pending: 'OrderProcessing',
  info_received: 'OrderProcessing',
  in_transit: 'OrderInTransit',
  out_for_delivery: 'OrderInTransit',
  available_for_pickup: 'OrderPickupAvailable',
  attempt_failed: 'OrderProblem',
  delivered: 'OrderDelivered',
  exception: 'OrderProblem',
  return_to_sender: 'OrderReturned',
  cancelled: 'OrderCancelled',
  expired: 'OrderProblem',
};

/**
 * `shipped`: the message is a shipping confirmation, so a parcel the carrier has not scanned yet
 * counts as in transit (the merchant handed it over), not as an order still being processed.
 */
export function parcelDeliveryJsonLd(
  facts: ShipmentFacts,
  options: { readonly shipped?: boolean } = {},
): Record<string, unknown> {
  const destination = facts.destination;
  const status =
    options.shipped && (facts.status === 'pending' || facts.status === 'info_received')
      ? 'in_transit'
      : facts.status;
  const window = facts.status === 'delivered' ? null : facts.estimate;
  return {
    '@context': 'https://schema.org',
    '@type': 'ParcelDelivery',
    carrier: { '@type': 'Organization', name: facts.carrierName },
    provider: { '@type': 'Organization', name: facts.carrierName },
    trackingNumber: facts.trackingNumber,
    trackingUrl: facts.trackingUrl,
    ...(destination
      ? {
          deliveryAddress: {
            '@type': 'PostalAddress',
            ...(destination.city ? { addressLocality: destination.city } : {}),
            ...(destination.region ? { addressRegion: destination.region } : {}),
            ...(destination.country ? { addressCountry: destination.country } : {}),
          },
        }
      : {}),
    ...(window ? { expectedArrivalFrom: window.earliest, expectedArrivalUntil: window.latest } : {}),
    itemShipped: {
      '@type': 'Product',
      name: facts.orderRef ? `${facts.branding.name} ${facts.orderRef}` : facts.branding.name,
    },
    partOfOrder: {
      '@type': 'Order',
      orderNumber: facts.orderRef ?? facts.trackingNumber,
      orderStatus: `https://schema.org/${ORDER_STATUS[status] ?? 'OrderInTransit'}`,
      merchant: { '@type': 'Organization', name: facts.branding.name },
    },
  };
}
