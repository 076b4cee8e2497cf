import type { StatusMapEntry } from '../carrier.js';

/**
 * USPS event codes (`trackingEvents[].eventCode`, Pub 199 Appendix G; carrier-formats.md §3c).
 * Where the reference gives a group's wording rather than one code's, the entry says so; the
 * parser then refines attempts and deliveries by the event text ("Delivered, In/At Mailbox").
 */
export const USPS_STATUS_MAP = {
  // Electronic shipping information received (manifest acknowledgement); no parcel yet.
  MA: { substatus: 'info_received.label_created', meaning: 'Manifest acknowledgement' },
  // Accepted at a USPS facility.
  '03': { substatus: 'in_transit.picked_up', meaning: 'Acceptance' },
  // Accepted / picked up by the carrier (acceptance group).
  TM: { substatus: 'in_transit.picked_up', meaning: 'Acceptance / pickup by carrier' },
  // Picked up by the carrier (acceptance group).
  PA: { substatus: 'in_transit.picked_up', meaning: 'Acceptance / pickup by carrier' },
  // Processed through a facility.
  '10': { substatus: 'in_transit.other', meaning: 'Processed' },
  // Processed (processing group).
  PC: { substatus: 'in_transit.other', meaning: 'Processed' },
  // Arrived at the delivery unit (post office).
  '07': { substatus: 'in_transit.destination_facility', meaning: 'Arrival at unit' },
  // Movement scan (processing group: processed, arrival, missent, departed, forwarded).
  '08': { substatus: 'in_transit.other', meaning: 'Processed / arrival / departed (processing group)' },
  // Missent or mis-shipped; USPS re-routes it.
  '15': { substatus: 'in_transit.other', meaning: 'Missent / mis-shipped' },
  // Movement scan (processing group).
  '19': { substatus: 'in_transit.other', meaning: 'Processed / arrival / departed (processing group)' },
  // Movement scan (processing group).
  '41': { substatus: 'in_transit.other', meaning: 'Processed / arrival / departed (processing group)' },
  // Movement scan (processing group).
  EF: { substatus: 'in_transit.other', meaning: 'Processed / arrival / departed (processing group)' },
  // Departed a facility.
  SF: { substatus: 'in_transit.linehaul', meaning: 'Departed facility' },
  // Forwarded to a new address.
  '06': { substatus: 'in_transit.rerouted', meaning: 'Forwarded' },
  // Handed to a shipping partner.
  '42': { substatus: 'in_transit.other', meaning: 'Handoff to shipping partner' },
  // Scan at a shipping partner.
  '80': { substatus: 'in_transit.other', meaning: 'Scan at shipping partner' },
  // Scan at a shipping partner.
  '81': { substatus: 'in_transit.other', meaning: 'Scan at shipping partner' },
  // Scan at a shipping partner.
  '82': { substatus: 'in_transit.other', meaning: 'Scan at shipping partner' },
  // Out for delivery.
  OF: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Delivered; the event text says where (mailbox, front door, with individual).
  '01': { substatus: 'delivered.standard', meaning: 'Delivered' },
  // Picked up by an agent of the addressee.
  '17': { substatus: 'delivered.collected', meaning: 'Picked up by agent' },
  // Picked up by the addressee at the post office.
  '43': { substatus: 'delivered.collected', meaning: 'Picked up' },
  // Arrived at the pickup point.
  '14': { substatus: 'available_for_pickup.post_office', meaning: 'Arrival at pickup point' },
  // Available for the addressee to pick up.
  '16': { substatus: 'available_for_pickup.post_office', meaning: 'Available for pickup' },
  // Delivery attempted; a notice was left.
  '02': { substatus: 'attempt_failed.other', meaning: 'Notice left' },
  // Delivery attempt (attempt group: receptacle blocked or full, no secure location, no authorized recipient, no access, business closed).
  '52': { substatus: 'attempt_failed.other', meaning: 'Delivery attempt (attempt group)' },
  // Delivery attempt (attempt group).
  '53': { substatus: 'attempt_failed.other', meaning: 'Delivery attempt (attempt group)' },
  // Delivery attempt (attempt group).
  '54': { substatus: 'attempt_failed.other', meaning: 'Delivery attempt (attempt group)' },
  // Delivery attempt (attempt group).
  '55': { substatus: 'attempt_failed.other', meaning: 'Delivery attempt (attempt group)' },
  // Delivery attempt (attempt group).
  '56': { substatus: 'attempt_failed.other', meaning: 'Delivery attempt (attempt group)' },
  // Delivery attempt (attempt group).
  '30': { substatus: 'attempt_failed.other', meaning: 'Delivery attempt (attempt group)' },
  // Delivery attempt (attempt group).
  '51': { substatus: 'attempt_failed.other', meaning: 'Delivery attempt (attempt group)' },
  // Rescheduled to the next delivery day: a delay (the reference maps it to exception).
  '71': { substatus: 'exception.carrier_delay', meaning: 'Rescheduled to next delivery day' },
  // The addressee refused the item.
  '04': { substatus: 'exception.refused', meaning: 'Refused' },
  // The address cannot be delivered to as written.
  '05': { substatus: 'exception.address_issue', meaning: 'Undeliverable as addressed' },
  // Dead letter: neither deliverable nor returnable.
  '11': { substatus: 'exception.other', meaning: 'Dead letter' },
  // The sender recalled the item.
  '44': { substatus: 'exception.other', meaning: 'Customer recall' },
  // The delivery status was not updated.
  DX: { substatus: 'exception.other', meaning: 'Delivery status not updated' },
  // Returned to sender.
  '09': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender' },
  // Returned to sender: no such number.
  '21': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: no such number' },
  // Returned to sender: insufficient address.
  '22': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: insufficient address' },
  // Returned to sender: moved, left no address.
  '23': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: moved, left no address' },
  // Returned to sender: forwarding order expired.
  '24': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: forward expired' },
  // Returned to sender: addressee unknown.
  '25': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: addressee unknown' },
  // Returned to sender: vacant.
  '26': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: vacant' },
  // Returned to sender: unclaimed.
  '27': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: unclaimed' },
  // Returned to sender: deceased.
  '28': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: deceased' },
  // Returned to sender: other reason.
  '29': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: other' },
  // Returned to sender: not picked up.
  '31': { substatus: 'return_to_sender.initiated', meaning: 'Return to sender: not picked up' },
} as const satisfies Record<string, StatusMapEntry>;

export type UspsCode = keyof typeof USPS_STATUS_MAP;

export function uspsEntry(code: string | undefined): StatusMapEntry | undefined {
  const key = code?.toUpperCase();
  return key !== undefined && Object.hasOwn(USPS_STATUS_MAP, key)
    ? USPS_STATUS_MAP[key as UspsCode]
    : undefined;
}
