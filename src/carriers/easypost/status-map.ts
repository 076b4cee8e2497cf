import type { StatusMapEntry } from '../carrier.js';
import { statusOf, type Status, type Substatus } from '../../domain/status.js';

/**
 * EasyPost Tracker and TrackingDetail `status` values (carrier-formats.md §5). The status decides;
 * `status_detail` (below) only refines within it.
 */
export const EASYPOST_STATUS_MAP = {
  // EasyPost has no information about the number yet.
  unknown: { substatus: 'pending.registered', meaning: 'Unknown' },
  // A label exists and the carrier has the data; the parcel is not scanned yet.
  pre_transit: { substatus: 'info_received.label_created', meaning: 'Pre-transit' },
  // Moving through the carrier's network.
  in_transit: { substatus: 'in_transit.other', meaning: 'In transit' },
  // On the vehicle for delivery today.
  out_for_delivery: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Delivered.
  delivered: { substatus: 'delivered.standard', meaning: 'Delivered' },
  // Waiting for the recipient to collect it.
  available_for_pickup: { substatus: 'available_for_pickup.pickup_point', meaning: 'Available for pickup' },
  // On its way back to the shipper.
  return_to_sender: { substatus: 'return_to_sender.initiated', meaning: 'Return to sender' },
  // Something went wrong; attempt_failed when the detail is an attempted delivery (see parse.ts).
  failure: { substatus: 'exception.other', meaning: 'Failure' },
  // The shipment or label was cancelled.
  cancelled: { substatus: 'cancelled.by_carrier', meaning: 'Cancelled' },
  // A tracker error (EasyPost could not track), not a parcel event; safe exception if it comes as a scan.
  error: { substatus: 'exception.other', meaning: 'Tracker error' },
} as const satisfies Record<string, StatusMapEntry>;

/** `status_detail` values: a finer substatus, used only where it agrees with the status (see detailFits). */
export const EASYPOST_DETAIL_MAP = {
  // The carrier corrected the address.
  address_correction: { substatus: 'exception.address_issue', meaning: 'Address correction' },
  // Arrived in the destination area.
  arrived_at_destination: { substatus: 'in_transit.destination_facility', meaning: 'Arrived at destination' },
  // Arrived at a carrier facility.
  arrived_at_facility: { substatus: 'in_transit.other', meaning: 'Arrived at facility' },
  // At the pickup point, waiting for the recipient.
  arrived_at_pickup_location: {
    substatus: 'available_for_pickup.pickup_point',
    meaning: 'Arrived at pickup location',
  },
  // The carrier waits for shipment information (label data only).
  awaiting_information: { substatus: 'info_received.label_created', meaning: 'Awaiting information' },
  // Cancelled.
  cancelled: { substatus: 'cancelled.by_carrier', meaning: 'Cancelled' },
  // Damaged in the network.
  damaged: { substatus: 'exception.damaged', meaning: 'Damaged' },
  // Delayed by the carrier.
  delayed: { substatus: 'exception.carrier_delay', meaning: 'Delayed' },
  // Delivery exception; an attempted delivery when the message says so (parse.ts).
  delivery_exception: { substatus: 'exception.other', meaning: 'Delivery exception' },
  // Left a carrier facility.
  departed_facility: { substatus: 'in_transit.linehaul', meaning: 'Departed facility' },
  // Left the origin facility.
  departed_origin_facility: { substatus: 'in_transit.linehaul', meaning: 'Departed origin facility' },
  // Tracking expired without a final scan.
  expired: { substatus: 'expired.no_updates', meaning: 'Expired' },
  // A failure without more detail.
  failure: { substatus: 'exception.other', meaning: 'Failure' },
  // Held by the carrier.
  held: { substatus: 'exception.other', meaning: 'Held' },
  // Moving.
  in_transit: { substatus: 'in_transit.other', meaning: 'In transit' },
  // A label was created.
  label_created: { substatus: 'info_received.label_created', meaning: 'Label created' },
  // The carrier cannot find the parcel.
  lost: { substatus: 'exception.lost', meaning: 'Lost' },
  // Sorted to the wrong place: an operational delay at the carrier.
  missorted: { substatus: 'exception.carrier_delay', meaning: 'Missorted' },
  // On the vehicle.
  out_for_delivery: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Received at the facility serving the destination.
  received_at_destination_facility: {
    substatus: 'in_transit.destination_facility',
    meaning: 'Received at destination facility',
  },
  // Received at the origin facility.
  received_at_origin_facility: {
    substatus: 'in_transit.origin_facility',
    meaning: 'Received at origin facility',
  },
  // The recipient refused it.
  refused: { substatus: 'exception.refused', meaning: 'Refused' },
  // Being returned.
  return: { substatus: 'return_to_sender.in_transit', meaning: 'Return' },
  // A status update without a new state: the status alone decides.
  status_update: { substatus: undefined, meaning: 'Status update' },
  // Handed to the carrier that delivers (e.g. for the last mile).
  transferred_to_destination_carrier: {
    substatus: 'in_transit.linehaul',
    meaning: 'Transferred to destination carrier',
  },
  // An exception while moving.
  transit_exception: { substatus: 'exception.other', meaning: 'Transit exception' },
  // Nothing known beyond the status.
  unknown: { substatus: undefined, meaning: 'Unknown' },
  // Delayed by weather.
  weather_delay: { substatus: 'exception.weather', meaning: 'Weather delay' },
} as const satisfies Record<string, { substatus: Substatus | undefined; meaning: string }>;

export type EasypostStatus = keyof typeof EASYPOST_STATUS_MAP;
export type EasypostDetail = keyof typeof EASYPOST_DETAIL_MAP;

export function easypostStatusEntry(status: string | undefined): StatusMapEntry | undefined {
  return status !== undefined && Object.hasOwn(EASYPOST_STATUS_MAP, status)
    ? EASYPOST_STATUS_MAP[status as EasypostStatus]
    : undefined;
}

export function easypostDetailEntry(
  detail: string | undefined,
): { readonly substatus: Substatus | undefined; readonly meaning: string } | undefined {
  return detail !== undefined && Object.hasOwn(EASYPOST_DETAIL_MAP, detail)
    ? EASYPOST_DETAIL_MAP[detail as EasypostDetail]
    : undefined;
}

/**
 * A detail refines the status when it says the same thing more precisely (same status), or
 * when it is the exception's reason; a detail that contradicts the status (a "delayed" detail on
 * an in_transit scan) becomes the gentler in-transit delay, and `expired` always wins.
 */
export function refineByDetail(base: Substatus, detail: Substatus | undefined): Substatus {
  if (detail === undefined) return base;
  const from: Status = statusOf(base);
  const to: Status = statusOf(detail);
  if (to === 'expired') return detail;
  if (from === to) return detail;
  const waiting = (s: Status) => s === 'pending' || s === 'info_received';
  if (waiting(from) && waiting(to)) return detail;
  if (from === 'in_transit' && (detail === 'exception.carrier_delay' || detail === 'exception.weather')) {
    return 'in_transit.delayed';
  }
  return base;
}

/** Both enums under one map for the adapter contract: statuses as they are, details as `detail:<value>`. */
export const EASYPOST_CODES: Readonly<Record<string, StatusMapEntry>> = {
  ...EASYPOST_STATUS_MAP,
  ...Object.fromEntries(
    Object.entries(EASYPOST_DETAIL_MAP)
      .filter(([, entry]) => entry.substatus !== undefined)
      .map(([code, entry]) => [`detail:${code}`, entry as StatusMapEntry]),
  ),
};
