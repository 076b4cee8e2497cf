import type { Status, Substatus } from '../../domain/status.js';
import { statusOf } from '../../domain/status.js';

/** Shopify's FulfillmentEventStatus values (shop-platforms.md §2); which exist depends on the API version. */
export type FulfillmentEventStatus =
  | 'ATTEMPTED_DELIVERY'
  | 'CARRIER_PICKED_UP'
  | 'CONFIRMED'
  | 'DELAYED'
  | 'DELIVERED'
  | 'FAILURE'
  | 'IN_TRANSIT'
  | 'LABEL_PRINTED'
  | 'LABEL_PURCHASED'
  | 'OUT_FOR_DELIVERY'
  | 'READY_FOR_PICKUP';

/** `unstable` is newer than every dated version; versions compare as their YYYY-MM text. */
function atLeast(apiVersion: string, version: string): boolean {
  return apiVersion === 'unstable' || apiVersion >= version;
}

/** By status; substatuses with a status of their own in newer versions are handled before. */
const BY_STATUS: Readonly<Record<Status, FulfillmentEventStatus | undefined>> = {
  // Registered with us: nothing the carrier said yet, so nothing to tell Shopify.
  pending: undefined,
  // The carrier has the label data but not the parcel: Shopify's "carrier is aware of it".
  info_received: 'CONFIRMED',
  in_transit: 'IN_TRANSIT',
  out_for_delivery: 'OUT_FOR_DELIVERY',
  available_for_pickup: 'READY_FOR_PICKUP',
  attempt_failed: 'ATTEMPTED_DELIVERY',
  delivered: 'DELIVERED',
  // Shopify has no status for "something stopped the journey" but its failure.
  exception: 'FAILURE',
  // Going back to the sender: it will not be delivered.
  return_to_sender: 'FAILURE',
  // We stopped following it; the carrier said nothing final, so neither do we.
  expired: undefined,
  cancelled: 'FAILURE',
};

/**
 * The FulfillmentEventStatus for a Waybill substatus in the pinned API version, or undefined when
 * there is nothing to post. DELAYED exists from 2025-01 and CARRIER_PICKED_UP from 2026-01;
 * before them the same changes post as IN_TRANSIT (delays the carrier causes are not failures).
 */
export function fulfillmentEventStatus(
  substatus: Substatus,
  apiVersion: string,
): FulfillmentEventStatus | undefined {
  switch (substatus) {
    case 'in_transit.picked_up':
      return atLeast(apiVersion, '2026-01') ? 'CARRIER_PICKED_UP' : 'IN_TRANSIT';
    case 'in_transit.delayed':
    case 'exception.carrier_delay':
    case 'exception.weather':
      return atLeast(apiVersion, '2025-01') ? 'DELAYED' : 'IN_TRANSIT';
    default:
      return BY_STATUS[statusOf(substatus)];
  }
}
