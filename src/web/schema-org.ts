import type { Status } from '../domain/status.js';
import type { PageView } from './page-view.js';

// schema.org ParcelDelivery (https://schema.org/ParcelDelivery), the markup mail clients and
// search engines read. Public fields only: no address, no order contents.

const DELIVERY_STATUS: Partial<Record<Status, string>> = {
  in_transit: 'https://schema.org/OrderInTransit',
  out_for_delivery: 'https://schema.org/OrderInTransit',
  available_for_pickup: 'https://schema.org/OrderPickupAvailable',
  delivered: 'https://schema.org/OrderDelivered',
  exception: 'https://schema.org/OrderProblem',
  attempt_failed: 'https://schema.org/OrderProblem',
  return_to_sender: 'https://schema.org/OrderReturned',
  cancelled: 'https://schema.org/OrderCancelled',
  info_received: 'https://schema.org/OrderProcessing',
  pending: 'https://schema.org/OrderProcessing',
};

export function parcelDelivery(view: PageView): Record<string, unknown> {
  const { shipment } = view;
  return {
    '@context': 'https://schema.org',
    '@type': 'ParcelDelivery',
    trackingNumber: shipment.trackingNumber,
    ...(view.carrier.url ? { trackingUrl: view.carrier.url } : {}),
    carrier: { '@type': 'Organization', name: view.carrier.name },
    provider: { '@type': 'Organization', name: view.carrier.name },
    ...(shipment.estimate && shipment.status !== 'delivered'
      ? {
          expectedArrivalFrom: shipment.estimate.earliest,
          expectedArrivalUntil: shipment.estimate.latest,
        }
      : {}),
    ...(DELIVERY_STATUS[shipment.status]
      ? {
          partOfOrder: {
            '@type': 'Order',
            orderStatus: DELIVERY_STATUS[shipment.status],
            seller: { '@type': 'Organization', name: view.branding.name },
          },
        }
      : {}),
  };
}
