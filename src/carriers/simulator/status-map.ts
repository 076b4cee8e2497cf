import type { Substatus } from '../../domain/status.js';

interface SimulatorCode {
  readonly substatus: Substatus;
  /** The carrier's own wording, as it appears in rawDescription. */
  readonly text: string;
}

/**
 * The simulator's scan codes, documented the way a real carrier documents its tracking codes,
 * and where each lands on our status model. Two letters, so a feed reads like a carrier's EDI.
 */
export const SIMULATOR_STATUS_MAP = {
  // The sender printed a label and sent the shipment data; no parcel scanned yet.
  LC: { substatus: 'info_received.label_created', text: 'Shipment information received' },
  // A driver collected the parcel from the sender.
  PU: { substatus: 'in_transit.picked_up', text: 'Picked up' },
  // Inbound scan at the hub that serves the sender's city.
  AO: { substatus: 'in_transit.origin_facility', text: 'Arrived at origin sort facility' },
  // Held at a hub past its planned departure (missed connection, weather, late trailer).
  DY: { substatus: 'in_transit.delayed', text: 'Delayed in transit' },
  // Outbound scan: loaded onto the line-haul truck or flight toward the destination hub.
  DO: { substatus: 'in_transit.linehaul', text: 'Departed facility' },
  // Inbound scan at the hub that serves the recipient's city (the import gateway abroad).
  AD: { substatus: 'in_transit.destination_facility', text: 'Arrived at destination sort facility' },
  // Presented to import customs; a routine step that needs nobody to act.
  CC: { substatus: 'in_transit.customs', text: 'Customs clearance in progress' },
  // Customs stopped the parcel for documents or an inspection.
  CH: { substatus: 'exception.customs_hold', text: 'Held by customs' },
  // Customs released the parcel into the carrier's network.
  CR: { substatus: 'in_transit.customs', text: 'Released by customs' },
  // Arrived at the local delivery station that builds the driver's route.
  AS: { substatus: 'in_transit.destination_facility', text: 'Arrived at delivery station' },
  // The address cannot be delivered as written; the recipient is asked to confirm it.
  AX: { substatus: 'exception.address_issue', text: 'Address information incomplete; contacting recipient' },
  // The recipient confirmed or corrected the address; delivery is rescheduled.
  AC: { substatus: 'in_transit.other', text: 'Address corrected; delivery rescheduled' },
  // Loaded onto the delivery vehicle for today's route.
  OD: { substatus: 'out_for_delivery.on_vehicle', text: 'Out for delivery' },
  // Out for delivery again after a failed attempt.
  RD: { substatus: 'out_for_delivery.rescheduled', text: 'Out for delivery (second attempt)' },
  // Delivery attempted; nobody answered.
  NA: { substatus: 'attempt_failed.recipient_absent', text: 'Delivery attempted; recipient not available' },
  // Delivery attempted; the driver could not reach the door.
  NX: { substatus: 'attempt_failed.no_access', text: 'Delivery attempted; no access to delivery location' },
  // Delivery attempted; the business was closed.
  NB: { substatus: 'attempt_failed.business_closed', text: 'Delivery attempted; business closed' },
  // Handed to the recipient at the door.
  DL: { substatus: 'delivered.standard', text: 'Delivered' },
  // Handed over against a signature.
  DS: { substatus: 'delivered.signed', text: 'Delivered; signed for by recipient' },
  // Left with a neighbour.
  DN: { substatus: 'delivered.neighbour', text: 'Delivered to neighbour' },
  // Left in the safe place the recipient named.
  DP: { substatus: 'delivered.safe_place', text: 'Delivered; left in safe place' },
  // Put through the letterbox or into the mailbox.
  DM: { substatus: 'delivered.mailbox', text: 'Delivered to mailbox' },
  // The recipient refused the parcel at the door.
  RF: { substatus: 'exception.refused', text: 'Refused by recipient' },
  // The carrier opened a return to the sender.
  RS: { substatus: 'return_to_sender.initiated', text: 'Returning to sender' },
  // The return left the destination hub.
  RT: { substatus: 'return_to_sender.in_transit', text: 'Return in transit to sender' },
  // The return reached the sender.
  RA: { substatus: 'return_to_sender.delivered', text: 'Returned to sender' },
  // A trace found nothing; the carrier declares the parcel lost.
  LS: { substatus: 'exception.lost', text: 'Unable to locate parcel; declared lost' },
} as const satisfies Record<string, SimulatorCode>;

export type SimulatorRawCode = keyof typeof SIMULATOR_STATUS_MAP;

export const SIMULATOR_RAW_CODES = Object.keys(SIMULATOR_STATUS_MAP) as SimulatorRawCode[];

/** The substatus for a raw code; a code this map does not know becomes a generic in-transit scan. */
export function substatusOfSimulatorCode(code: string): Substatus {
  return Object.hasOwn(SIMULATOR_STATUS_MAP, code)
    ? SIMULATOR_STATUS_MAP[code as SimulatorRawCode].substatus
    : 'in_transit.other';
}
