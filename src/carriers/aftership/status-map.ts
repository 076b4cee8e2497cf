import type { StatusMapEntry } from '../carrier.js';

/**
 * AfterShip delivery statuses (`tag`) and sub-statuses (`subtag`), carrier-formats.md §6 and
 * AfterShip's "Delivery Sub-statuses" page. The parser maps on the subtag when it knows it and
 * falls back to the tag (a `Pending_007` we have not listed is still a Pending). Where the
 * reference marks the numbering unverified, the meaning is AfterShip's published wording.
 */
export const AFTERSHIP_STATUS_MAP = {
  // --- tags ---
  // AfterShip has the number but no carrier information yet.
  Pending: { substatus: 'pending.registered', meaning: 'Pending' },
  // The carrier has the shipment data, not the parcel.
  InfoReceived: { substatus: 'info_received.label_created', meaning: 'Info received' },
  // On its way.
  InTransit: { substatus: 'in_transit.other', meaning: 'In transit' },
  // On the vehicle for delivery.
  OutForDelivery: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Waiting at a pickup point.
  AvailableForPickup: { substatus: 'available_for_pickup.pickup_point', meaning: 'Available for pickup' },
  // Delivered.
  Delivered: { substatus: 'delivered.standard', meaning: 'Delivered' },
  // The carrier tried to deliver and could not.
  AttemptFail: { substatus: 'attempt_failed.other', meaning: 'Failed attempt' },
  // Held, returned or otherwise off the normal path.
  Exception: { substatus: 'exception.other', meaning: 'Exception' },
  // No update for a long time; AfterShip stopped tracking.
  Expired: { substatus: 'expired.no_updates', meaning: 'Expired' },

  // --- subtags ---
  // The shipment is new; no information yet.
  Pending_001: { substatus: 'pending.registered', meaning: 'No information yet' },
  // The carrier received the electronic request (label data).
  InfoReceived_001: { substatus: 'info_received.label_created', meaning: 'Info received' },
  // In transit.
  InTransit_001: { substatus: 'in_transit.other', meaning: 'In transit' },
  // The carrier accepted the parcel (acceptance scan).
  InTransit_002: { substatus: 'in_transit.picked_up', meaning: 'Acceptance scan' },
  // Arrived at a facility.
  InTransit_003: { substatus: 'in_transit.other', meaning: 'Arrival scan' },
  // Arrived in the destination country.
  InTransit_004: {
    substatus: 'in_transit.destination_facility',
    meaning: 'Arrived at the destination country',
  },
  // Customs clearance completed.
  InTransit_005: { substatus: 'in_transit.customs', meaning: 'Customs clearance completed' },
  // Customs clearance started, a normal step.
  InTransit_006: { substatus: 'in_transit.customs', meaning: 'Customs clearance started' },
  // Left a facility.
  InTransit_007: { substatus: 'in_transit.linehaul', meaning: 'Departure scan' },
  // An earlier problem was resolved; moving again.
  InTransit_008: { substatus: 'in_transit.other', meaning: 'Problem resolved' },
  // Forwarded to a different delivery address.
  InTransit_009: { substatus: 'in_transit.rerouted', meaning: 'Forwarded to a different delivery address' },
  // Out for delivery.
  OutForDelivery_001: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // The carrier contacted the customer before delivery.
  OutForDelivery_003: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Customer contacted' },
  // A delivery appointment was scheduled.
  OutForDelivery_004: {
    substatus: 'out_for_delivery.rescheduled',
    meaning: 'Delivery appointment scheduled',
  },
  // Waiting at a pickup point for the customer.
  AvailableForPickup_001: { substatus: 'available_for_pickup.pickup_point', meaning: 'Available for pickup' },
  // Delivered.
  Delivered_001: { substatus: 'delivered.standard', meaning: 'Shipment delivered successfully' },
  // Collected by the customer.
  Delivered_002: { substatus: 'delivered.collected', meaning: 'Package picked up by the customer' },
  // Delivered and signed for.
  Delivered_003: {
    substatus: 'delivered.signed',
    meaning: 'Package delivered to and signed by the customer',
  },
  // Delivered and cash on delivery collected.
  Delivered_004: {
    substatus: 'delivered.standard',
    meaning: 'Package delivered and cash collected on delivery',
  },
  // Left with a neighbour (newer API versions).
  Delivered_005: { substatus: 'delivered.neighbour', meaning: 'Package delivered to a neighbour' },
  // A failed attempt.
  AttemptFail_001: { substatus: 'attempt_failed.other', meaning: 'Failed attempt' },
  // Nobody was available.
  AttemptFail_002: { substatus: 'attempt_failed.recipient_absent', meaning: 'Customer not available' },
  // The business was closed.
  AttemptFail_003: { substatus: 'attempt_failed.business_closed', meaning: 'Business closed' },
  // A generic exception.
  Exception_001: { substatus: 'exception.other', meaning: 'Exception' },
  // The customer moved.
  Exception_002: { substatus: 'exception.address_issue', meaning: 'Customer moved' },
  // The customer refused the delivery.
  Exception_003: { substatus: 'exception.refused', meaning: 'Customer refused delivery' },
  // Delayed by customs.
  Exception_004: { substatus: 'exception.customs_hold', meaning: 'Delayed (customs clearance)' },
  // Delayed by something outside anyone's control.
  Exception_005: { substatus: 'exception.weather', meaning: 'Delayed (external factors)' },
  // Held until duties or fees are paid.
  Exception_006: { substatus: 'exception.payment_due', meaning: 'Held for payment' },
  // The address is wrong.
  Exception_007: { substatus: 'exception.address_issue', meaning: 'Incorrect address' },
  // The carrier missed the pickup.
  Exception_008: { substatus: 'exception.carrier_delay', meaning: 'Pick up missed' },
  // The carrier rejected the parcel.
  Exception_009: { substatus: 'exception.missing_documents', meaning: 'Rejected by carrier' },
  // Being returned to the sender.
  Exception_010: { substatus: 'return_to_sender.in_transit', meaning: 'Returning to sender' },
  // Back at the sender.
  Exception_011: { substatus: 'return_to_sender.delivered', meaning: 'Returned to sender' },
  // Damaged.
  Exception_012: { substatus: 'exception.damaged', meaning: 'Shipment damage' },
  // Lost.
  Exception_013: { substatus: 'exception.lost', meaning: 'Shipment lost' },
  // Tracking expired.
  Expired_001: { substatus: 'expired.no_updates', meaning: 'No recent updates' },
} as const satisfies Record<string, StatusMapEntry>;

export type AftershipCode = keyof typeof AFTERSHIP_STATUS_MAP;

export function aftershipEntry(code: string | undefined): StatusMapEntry | undefined {
  return code !== undefined && Object.hasOwn(AFTERSHIP_STATUS_MAP, code)
    ? AFTERSHIP_STATUS_MAP[code as AftershipCode]
    : undefined;
}

// Some integrations lower-case the codes; match those too.
const BY_LOWER = new Map(
  Object.entries(AFTERSHIP_STATUS_MAP).map(([code, entry]) => [code.toLowerCase(), entry]),
);

/** The entry for a code as AfterShip spells it, or in any letter case. */
export function aftershipEntryAnyCase(code: string | undefined): StatusMapEntry | undefined {
  return aftershipEntry(code) ?? (code !== undefined ? BY_LOWER.get(code.toLowerCase()) : undefined);
}
