import type { StatusMapEntry } from '../carrier.js';

/**
 * AT701 shipment status codes (X12 element 1650, version 004010) and where each lands on our
 * status model. Codes that only announce a plan (an estimated arrival) are not scans: they are in
 * ESTIMATE_CODES below. Trading partners use subsets; a code missing here is kept raw and
 * mapped to `in_transit.other` (see UNMAPPED_SUBSTATUS).
 */
export const X12_STATUS_MAP = {
  // Shipment acknowledged: the carrier has the tender, nothing moved yet.
  XB: { substatus: 'info_received.label_created', meaning: 'Shipment acknowledged' },
  // Paperwork received, but neither freight nor equipment yet.
  OO: {
    substatus: 'info_received.label_created',
    meaning: 'Paperwork received - did not receive shipment or equipment',
  },
  // The driver is at the shipper, freight not yet on board.
  X3: { substatus: 'info_received.awaiting_pickup', meaning: 'Arrived at pick-up location' },
  X8: { substatus: 'info_received.awaiting_pickup', meaning: 'Arrived at pick-up location loading dock' },
  L1: { substatus: 'info_received.awaiting_pickup', meaning: 'Loading' },
  // Freight is on the carrier's equipment at, or leaving, the pick-up location.
  CP: { substatus: 'in_transit.picked_up', meaning: 'Completed loading at pick-up location' },
  AF: { substatus: 'in_transit.picked_up', meaning: 'Carrier departed pick-up location with shipment' },
  // Terminal and gate movements inside the network.
  X4: { substatus: 'in_transit.other', meaning: 'Arrived at terminal location' },
  P1: { substatus: 'in_transit.linehaul', meaning: 'Departed terminal location' },
  I1: { substatus: 'in_transit.other', meaning: 'In-gate' },
  OA: { substatus: 'in_transit.linehaul', meaning: 'Out-gate' },
  AM: { substatus: 'in_transit.linehaul', meaning: 'Loaded on truck' },
  CL: { substatus: 'in_transit.other', meaning: 'Trailer closed out' },
  BC: { substatus: 'in_transit.other', meaning: 'Storage in transit' },
  // Hand-overs between carriers (interline).
  R1: { substatus: 'in_transit.other', meaning: 'Received from prior carrier' },
  BA: { substatus: 'in_transit.other', meaning: 'Connecting line or cartage pick-up' },
  J1: { substatus: 'in_transit.linehaul', meaning: 'Delivered to connecting line' },
  // Rail intermodal ramps.
  RL: { substatus: 'in_transit.linehaul', meaning: 'Rail departure from origin intermodal ramp' },
  AR: {
    substatus: 'in_transit.destination_facility',
    meaning: 'Rail arrival at destination intermodal ramp',
  },
  // Redirected on the way.
  AN: { substatus: 'in_transit.rerouted', meaning: 'Diverted to another destination' },
  AI: { substatus: 'in_transit.rerouted', meaning: 'Shipment has been reconsigned' },
  // Customs as a routine step; a hold is PR below.
  K1: { substatus: 'in_transit.customs', meaning: 'Arrived at customs' },
  // Freight waits at the destination terminal for a delivery run (C1/B5 reasons: for pick-up).
  AV: { substatus: 'in_transit.destination_facility', meaning: 'Available for delivery' },
  // On the way to, or at, the consignee: the delivery run has started.
  X6: { substatus: 'out_for_delivery.on_vehicle', meaning: 'En route to delivery location' },
  AJ: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Tendered for delivery' },
  X1: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Arrived at delivery location' },
  X5: { substatus: 'out_for_delivery.on_vehicle', meaning: 'Arrived at delivery location loading dock' },
  S1: { substatus: 'out_for_delivery.on_vehicle', meaning: "Trailer spotted at consignee's location" },
  // Unloaded at the consignee: delivered.
  D1: { substatus: 'delivered.standard', meaning: 'Completed unloading at delivery location' },
  // Left the consignee. With a normal reason that means delivered; with an exception reason
  // (missed delivery, refused, closed) the delivery did not happen (see parse.ts).
  CD: { substatus: 'delivered.standard', meaning: 'Carrier departed delivery location' },
  // The delivery was tried and did not complete.
  AH: { substatus: 'attempt_failed.other', meaning: 'Attempted delivery' },
  AP: { substatus: 'attempt_failed.other', meaning: 'Delivery not completed' },
  // Exceptions.
  A7: { substatus: 'exception.refused', meaning: 'Refused by consignee' },
  A9: { substatus: 'exception.damaged', meaning: 'Shipment damaged' },
  SD: { substatus: 'exception.carrier_delay', meaning: 'Shipment delayed' },
  PR: { substatus: 'exception.customs_hold', meaning: 'U.S. customs hold at in-bond location' },
  // Going back to the shipper.
  A3: { substatus: 'return_to_sender.initiated', meaning: 'Shipment returned to shipper' },
  // Cancelled; the carrier reports it, usually at the shipper's request.
  CA: { substatus: 'cancelled.by_carrier', meaning: 'Shipment cancelled' },
} as const satisfies Record<string, StatusMapEntry>;

export type X12StatusCode = keyof typeof X12_STATUS_MAP;

/** The safe landing for a code we do not know: still moving, nothing concluded. */
export const UNMAPPED_SUBSTATUS = 'in_transit.other' as const;

/**
 * Codes that announce a plan, not something that happened: their AT705/AT706 is a future time.
 * They never become scans; a delivery estimate is carried on the transaction's scans instead.
 */
export const ESTIMATE_CODES: Readonly<Record<string, { meaning: string; delivery: boolean }>> = {
  // Estimated delivery: becomes the carrier's delivery estimate.
  AG: { meaning: 'Estimated delivery', delivery: true },
  // Estimated arrival at the consignee: also a delivery estimate.
  X2: { meaning: "Estimated date and/or time of arrival at consignee's location", delivery: true },
  // Pick-up appointment or estimate: a plan for the start of the journey.
  AA: { meaning: 'Pick-up appointment date and/or time', delivery: false },
  // Terminal estimates: plans inside the network.
  B6: { meaning: 'Estimated to arrive at carrier terminal', delivery: false },
  C1: { meaning: 'Estimated to depart terminal location', delivery: false },
};

/** Codes whose place is the consignee, when the AT7 has no MS1 of its own. */
export const AT_DELIVERY_LOCATION: ReadonlySet<string> = new Set([
  'X1',
  'X5',
  'S1',
  'D1',
  'CD',
  'AH',
  'AP',
  'A7',
]);

/** Codes whose place is the shipper, when the AT7 has no MS1 of its own. */
export const AT_PICKUP_LOCATION: ReadonlySet<string> = new Set(['X3', 'X8', 'L1', 'CP', 'AF']);
