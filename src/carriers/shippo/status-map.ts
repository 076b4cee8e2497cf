import type { StatusMapEntry } from '../carrier.js';
import { statusOf, type Substatus } from '../../domain/status.js';

/** Shippo `tracking_status.status` values (carrier-formats.md §7). */
export const SHIPPO_STATUS_MAP = {
  // The label exists; the carrier has not scanned the parcel.
  PRE_TRANSIT: { substatus: 'info_received.label_created', meaning: 'Pre-transit' },
  // Moving; the substatus refines it.
  TRANSIT: { substatus: 'in_transit.other', meaning: 'In transit' },
  // Delivered.
  DELIVERED: { substatus: 'delivered.standard', meaning: 'Delivered' },
  // Returned, or on its way back, to the sender.
  RETURNED: { substatus: 'return_to_sender.initiated', meaning: 'Returned' },
  // Delivery failed (lost, damaged, undeliverable…); the substatus says why.
  FAILURE: { substatus: 'exception.other', meaning: 'Failure' },
  // Shippo has no information yet.
  UNKNOWN: { substatus: 'pending.registered', meaning: 'Unknown' },
} as const satisfies Record<string, StatusMapEntry>;

interface SubstatusEntry {
  readonly substatus: Substatus | undefined;
  readonly meaning: string;
  /** The reference's refinements change the status itself; the others only sharpen it within its status. */
  readonly overrides?: true;
}

/** `tracking_status.substatus.code` values, from Shippo's event definitions. */
export const SHIPPO_SUBSTATUS_MAP = {
  // The carrier received the shipment information.
  information_received: { substatus: 'info_received.label_created', meaning: 'Information received' },
  // There is a problem with the address.
  address_issue: { substatus: 'exception.address_issue', meaning: 'Address issue', overrides: true },
  // The recipient should contact the carrier.
  contact_carrier: { substatus: 'exception.other', meaning: 'Contact carrier' },
  // Delayed.
  delayed: { substatus: 'exception.carrier_delay', meaning: 'Delayed', overrides: true },
  // The carrier attempted delivery.
  delivery_attempted: { substatus: 'attempt_failed.other', meaning: 'Delivery attempted', overrides: true },
  // The delivery was moved to another day.
  delivery_rescheduled: { substatus: 'in_transit.delayed', meaning: 'Delivery rescheduled' },
  // A delivery day is scheduled.
  delivery_scheduled: { substatus: 'in_transit.other', meaning: 'Delivery scheduled' },
  // The driver could not reach the door.
  location_inaccessible: {
    substatus: 'attempt_failed.no_access',
    meaning: 'Location inaccessible',
    overrides: true,
  },
  // A notice was left after a missed delivery.
  notice_left: { substatus: 'attempt_failed.recipient_absent', meaning: 'Notice left', overrides: true },
  // On the vehicle.
  out_for_delivery: {
    substatus: 'out_for_delivery.on_vehicle',
    meaning: 'Out for delivery',
    overrides: true,
  },
  // The carrier accepted the parcel.
  package_accepted: { substatus: 'in_transit.picked_up', meaning: 'Package accepted' },
  // Arrived at a facility.
  package_arrived: { substatus: 'in_transit.other', meaning: 'Package arrived' },
  // Damaged.
  package_damaged: { substatus: 'exception.damaged', meaning: 'Package damaged', overrides: true },
  // Left a facility.
  package_departed: { substatus: 'in_transit.linehaul', meaning: 'Package departed' },
  // Disposed of by the carrier: it will not arrive.
  package_disposed: { substatus: 'exception.lost', meaning: 'Package disposed', overrides: true },
  // Forwarded to another address.
  package_forwarded: { substatus: 'in_transit.rerouted', meaning: 'Package forwarded' },
  // Held by the carrier.
  package_held: { substatus: 'exception.other', meaning: 'Package held' },
  // Lost.
  package_lost: { substatus: 'exception.lost', meaning: 'Package lost', overrides: true },
  // Cannot be delivered.
  package_undeliverable: { substatus: 'exception.other', meaning: 'Package undeliverable' },
  // Waiting for the recipient to collect.
  pickup_available: {
    substatus: 'available_for_pickup.pickup_point',
    meaning: 'Pickup available',
    overrides: true,
  },
  // The recipient asked for another delivery day.
  reschedule_delivery: { substatus: 'in_transit.other', meaning: 'Reschedule delivery' },
  // Going back to the sender.
  return_to_sender: {
    substatus: 'return_to_sender.in_transit',
    meaning: 'Return to sender',
    overrides: true,
  },
  // Anything else: the status alone decides.
  other: { substatus: undefined, meaning: 'Other' },
} as const satisfies Record<string, SubstatusEntry>;

type ShippoStatus = keyof typeof SHIPPO_STATUS_MAP;
type ShippoSubstatus = keyof typeof SHIPPO_SUBSTATUS_MAP;

export function shippoStatusEntry(status: string | undefined): StatusMapEntry | undefined {
  const key = status?.toUpperCase();
  return key !== undefined && Object.hasOwn(SHIPPO_STATUS_MAP, key)
    ? SHIPPO_STATUS_MAP[key as ShippoStatus]
    : undefined;
}

export function shippoSubstatusEntry(code: string | undefined): SubstatusEntry | undefined {
  const key = code?.toLowerCase();
  return key !== undefined && Object.hasOwn(SHIPPO_SUBSTATUS_MAP, key)
    ? SHIPPO_SUBSTATUS_MAP[key as ShippoSubstatus]
    : undefined;
}

/** The substatus: the reference's refinements replace the status; the others apply within it. */
export function shippoSubstatus(base: Substatus, refinement: SubstatusEntry | undefined): Substatus {
  if (!refinement?.substatus) return base;
  if (refinement.overrides) return refinement.substatus;
  const waiting = (s: string) => s === 'pending' || s === 'info_received';
  const from = statusOf(base);
  const to = statusOf(refinement.substatus);
  return from === to || (waiting(from) && waiting(to)) ? refinement.substatus : base;
}

/** Both enums under one map for the adapter contract (statuses are upper case, substatus codes lower case). */
export const SHIPPO_CODES: Readonly<Record<string, StatusMapEntry>> = {
  ...SHIPPO_STATUS_MAP,
  ...Object.fromEntries(
    Object.entries(SHIPPO_SUBSTATUS_MAP)
      .filter(([, entry]) => entry.substatus !== undefined)
      .map(([code, entry]) => [code, { substatus: entry.substatus as Substatus, meaning: entry.meaning }]),
  ),
};
