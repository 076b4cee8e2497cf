import type { StatusMapEntry } from '../carrier.js';

/**
 * FedEx Track API status codes (`latestStatusDetail.code`, `scanEvents[].eventType`,
 * `derivedStatusCode`), from the FedEx "Tracking Status Codes" table (carrier-formats.md §2).
 * `DE` is refined by the parser: an attempted delivery becomes attempt_failed.
 */
export const FEDEX_STATUS_MAP = {
  // The shipper created the shipment; FedEx has data, no parcel.
  OC: { substatus: 'info_received.label_created', meaning: 'Order created' },
  // A FedEx courier is on the way to collect the parcel.
  EP: { substatus: 'info_received.awaiting_pickup', meaning: 'Enroute to pickup' },
  // Collected from the shipper.
  PU: { substatus: 'in_transit.picked_up', meaning: 'Picked up' },
  // Collected from the shipper; the details say more.
  PX: { substatus: 'in_transit.picked_up', meaning: 'Picked up (see details)' },
  // FedEx sent the shipment data to USPS for the last mile (SmartPost).
  OX: { substatus: 'in_transit.other', meaning: 'Shipment information sent to USPS' },
  // At an airport.
  AA: { substatus: 'in_transit.other', meaning: 'At airport' },
  // At a Canada Post facility.
  AC: { substatus: 'in_transit.other', meaning: 'At Canada Post facility' },
  // At the local FedEx facility that will deliver it.
  AF: { substatus: 'in_transit.destination_facility', meaning: 'At local FedEx facility' },
  // The shipment is arriving on time.
  AO: { substatus: 'in_transit.other', meaning: 'Shipment arriving on-time' },
  // At the pickup location.
  AP: { substatus: 'in_transit.other', meaning: 'At pickup' },
  // Arrived at a FedEx location.
  AR: { substatus: 'in_transit.other', meaning: 'Arrived at' },
  // At a USPS facility.
  AX: { substatus: 'in_transit.other', meaning: 'At USPS facility' },
  // The delivery location changed.
  CH: { substatus: 'in_transit.rerouted', meaning: 'Location changed' },
  // Departed a FedEx location.
  DP: { substatus: 'in_transit.linehaul', meaning: 'Departed' },
  // A vehicle was furnished but not used.
  DR: { substatus: 'in_transit.other', meaning: 'Vehicle furnished but not used' },
  // A vehicle was dispatched.
  DS: { substatus: 'in_transit.other', meaning: 'Vehicle dispatched' },
  // Enroute to the airport; also "export approved" (regulatory), a normal step.
  EA: { substatus: 'in_transit.other', meaning: 'Enroute to airport / export approved' },
  // Enroute to the origin airport.
  EO: { substatus: 'in_transit.other', meaning: 'Enroute to origin airport' },
  // At the FedEx destination facility.
  FD: { substatus: 'in_transit.destination_facility', meaning: 'At FedEx destination' },
  // In transit.
  IT: { substatus: 'in_transit.other', meaning: 'In transit' },
  // In transit; the details say more.
  IX: { substatus: 'in_transit.other', meaning: 'In transit (see details)' },
  // Left the origin location.
  LO: { substatus: 'in_transit.linehaul', meaning: 'Left origin' },
  // At the FedEx origin facility.
  OF: { substatus: 'in_transit.origin_facility', meaning: 'At FedEx origin facility' },
  // A movement scan the table lists as "Ow".
  OW: { substatus: 'in_transit.other', meaning: 'Movement scan ("Ow" in the FedEx table)' },
  // On a plane in flight.
  PF: { substatus: 'in_transit.linehaul', meaning: 'Plane in flight' },
  // The plane landed.
  PL: { substatus: 'in_transit.other', meaning: 'Plane landed' },
  // In progress.
  PM: { substatus: 'in_transit.other', meaning: 'In progress' },
  // At a sort facility.
  SF: { substatus: 'in_transit.other', meaning: 'At sort facility' },
  // A multi-piece shipment split; pieces travel apart.
  SP: { substatus: 'in_transit.other', meaning: 'Split status' },
  // Transferred between FedEx operations.
  TR: { substatus: 'in_transit.other', meaning: 'Transfer' },
  // Customs released the shipment.
  CC: { substatus: 'in_transit.customs', meaning: 'Cleared customs' },
  // Customs clearance is under way, a normal step.
  CP: { substatus: 'in_transit.customs', meaning: 'Clearance in progress' },
  // At the delivery address.
  AD: { substatus: 'out_for_delivery.on_vehicle', meaning: 'At delivery' },
  // Enroute to delivery.
  ED: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Enroute to delivery' },
  // On the FedEx vehicle for delivery.
  OD: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Delivered.
  DL: { substatus: 'delivered.standard', meaning: 'Delivered' },
  // Held at a FedEx location at the recipient's request.
  HL: { substatus: 'available_for_pickup.pickup_point', meaning: 'Hold at location' },
  // Ready for the recipient to collect.
  HP: { substatus: 'available_for_pickup.pickup_point', meaning: 'Ready for recipient pickup' },
  // Delivery exception; attempt_failed when FedEx attempted delivery (see parse.ts).
  DE: { substatus: 'exception.other', meaning: 'Delivery exception' },
  // Shipment exception.
  SE: { substatus: 'exception.other', meaning: 'Shipment exception' },
  // Customs clearance is delayed.
  CD: { substatus: 'exception.customs_hold', meaning: 'Clearance delay' },
  // Delivery is delayed.
  DD: { substatus: 'exception.carrier_delay', meaning: 'Delivery delay' },
  // Delayed.
  DY: { substatus: 'exception.carrier_delay', meaning: 'Delay' },
  // Pickup is delayed.
  PD: { substatus: 'exception.carrier_delay', meaning: 'Pickup delay' },
  // Returning to the shipper.
  RS: { substatus: 'return_to_sender.initiated', meaning: 'Return to shipper' },
  // The shipment was cancelled.
  CA: { substatus: 'cancelled.by_retailer', meaning: 'Shipment cancelled' },
  // The recipient asked for a delivery change (FedEx Delivery Manager).
  RR: { substatus: 'in_transit.rerouted', meaning: 'CDO requested' },
  // The recipient changed a delivery request.
  RM: { substatus: 'in_transit.rerouted', meaning: 'CDO modified' },
  // The recipient cancelled a delivery request; the parcel moves as before.
  RC: { substatus: 'in_transit.other', meaning: 'CDO cancelled' },
  // A return-label link was e-mailed; informational.
  RP: { substatus: 'pending.registered', meaning: 'Return label link emailed to return sender' },
  // The return-label link was cancelled; informational.
  LP: { substatus: 'pending.registered', meaning: 'Return label link cancelled by shipment originator' },
  // The return-label link is about to expire; informational.
  RG: { substatus: 'pending.registered', meaning: 'Return label link expiring soon' },
  // The return-label link expired: the reference maps this to expired.
  RD: { substatus: 'expired.no_updates', meaning: 'Return label link expired' },
} as const satisfies Record<string, StatusMapEntry>;

export type FedexCode = keyof typeof FEDEX_STATUS_MAP;

export function fedexEntry(code: string | undefined): StatusMapEntry | undefined {
  const key = code?.toUpperCase();
  return key !== undefined && Object.hasOwn(FEDEX_STATUS_MAP, key)
    ? FEDEX_STATUS_MAP[key as FedexCode]
    : undefined;
}
