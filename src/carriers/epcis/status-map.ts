import type { StatusMapEntry } from '../carrier.js';

/**
 * CBV 2.0 business steps (bizStep) and where a parcel stands after each. EPCIS describes
 * supply-chain steps, not parcel tracking, so only the logistics steps say much; the warehouse
 * and manufacturing steps mean "somewhere on the way" (`in_transit.other`). `receiving` is
 * `delivered` only at the shipment's destination (see parse.ts).
 */
export const BIZ_STEP_MAP = {
  // Objects get their identity (a label, an RFID tag): the shipment data exists.
  commissioning: { substatus: 'info_received.label_created', meaning: 'Commissioning' },
  encoding: { substatus: 'info_received.label_created', meaning: 'Encoding' },
  creating_class_instance: { substatus: 'info_received.label_created', meaning: 'Creating class instance' },
  // Preparing the outbound shipment at the sender.
  picking: { substatus: 'info_received.label_created', meaning: 'Picking' },
  packing: { substatus: 'info_received.label_created', meaning: 'Packing' },
  staging_outbound: { substatus: 'info_received.awaiting_pickup', meaning: 'Staging outbound' },
  loading: { substatus: 'info_received.awaiting_pickup', meaning: 'Loading' },
  consigning: { substatus: 'info_received.awaiting_pickup', meaning: 'Consigning' },
  // The carrier takes possession.
  shipping: { substatus: 'in_transit.picked_up', meaning: 'Shipping' },
  accepting: { substatus: 'in_transit.picked_up', meaning: 'Accepting' },
  collecting: { substatus: 'in_transit.picked_up', meaning: 'Collecting' },
  // Moving between places.
  departing: { substatus: 'in_transit.linehaul', meaning: 'Departing' },
  transporting: { substatus: 'in_transit.linehaul', meaning: 'Transporting' },
  arriving: { substatus: 'in_transit.other', meaning: 'Arriving' },
  entering_exiting: { substatus: 'in_transit.other', meaning: 'Entering or exiting a location' },
  unloading: { substatus: 'in_transit.destination_facility', meaning: 'Unloading' },
  // Received somewhere on the way; at the destination, delivered (parse.ts decides).
  receiving: { substatus: 'in_transit.destination_facility', meaning: 'Receiving' },
  // Inspections and sampling on the way, such as at a border.
  inspecting: { substatus: 'in_transit.other', meaning: 'Inspecting' },
  sampling: { substatus: 'in_transit.other', meaning: 'Sampling' },
  sensor_reporting: { substatus: 'in_transit.other', meaning: 'Sensor reporting' },
  // Set aside for review: the journey stopped.
  holding: { substatus: 'exception.other', meaning: 'Holding' },
  // Destroyed on the way.
  destroying: { substatus: 'exception.damaged', meaning: 'Destroying' },
  // The earlier shipping event is void: the shipment did not go.
  void_shipping: { substatus: 'cancelled.by_retailer', meaning: 'Void shipping' },
  // Warehouse, shop and manufacturing steps: nothing about the journey itself.
  assembling: { substatus: 'in_transit.other', meaning: 'Assembling' },
  cycle_counting: { substatus: 'in_transit.other', meaning: 'Cycle counting' },
  decommissioning: { substatus: 'in_transit.other', meaning: 'Decommissioning' },
  disassembling: { substatus: 'in_transit.other', meaning: 'Disassembling' },
  dispensing: { substatus: 'in_transit.other', meaning: 'Dispensing' },
  installing: { substatus: 'in_transit.other', meaning: 'Installing' },
  killing: { substatus: 'in_transit.other', meaning: 'Killing (an RFID tag)' },
  other: { substatus: 'in_transit.other', meaning: 'Other' },
  removing: { substatus: 'in_transit.other', meaning: 'Removing' },
  repackaging: { substatus: 'in_transit.other', meaning: 'Repackaging' },
  repairing: { substatus: 'in_transit.other', meaning: 'Repairing' },
  replacing: { substatus: 'in_transit.other', meaning: 'Replacing' },
  reserving: { substatus: 'in_transit.other', meaning: 'Reserving' },
  retail_selling: { substatus: 'in_transit.other', meaning: 'Retail selling' },
  stocking: { substatus: 'in_transit.other', meaning: 'Stocking' },
  stock_taking: { substatus: 'in_transit.other', meaning: 'Stock taking' },
  storing: { substatus: 'in_transit.other', meaning: 'Storing' },
  unpacking: { substatus: 'in_transit.other', meaning: 'Unpacking' },
} as const satisfies Record<string, StatusMapEntry>;

/**
 * CBV 2.0 dispositions. The ones in OVERRIDING_DISPOSITIONS say the parcel is damaged, gone or
 * going back, whatever the business step; the others only stand in when there is no bizStep.
 */
export const DISPOSITION_MAP = {
  // Damaged or gone: the carrier must act.
  damaged: { substatus: 'exception.damaged', meaning: 'Damaged' },
  destroyed: { substatus: 'exception.damaged', meaning: 'Destroyed' },
  stolen: { substatus: 'exception.lost', meaning: 'Stolen' },
  disposed: { substatus: 'exception.lost', meaning: 'Disposed' },
  recalled: { substatus: 'exception.other', meaning: 'Recalled' },
  // Going back to the sender.
  returned: { substatus: 'return_to_sender.initiated', meaning: 'Returned' },
  // On the move, or at a stage of handling.
  in_transit: { substatus: 'in_transit.other', meaning: 'In transit' },
  in_progress: { substatus: 'in_transit.other', meaning: 'In progress' },
  container_closed: { substatus: 'info_received.awaiting_pickup', meaning: 'Container closed' },
  container_open: { substatus: 'in_transit.other', meaning: 'Container open' },
  active: { substatus: 'info_received.label_created', meaning: 'Active' },
  encoded: { substatus: 'info_received.label_created', meaning: 'Encoded' },
  // Product states at a site; nothing about the journey. (`expired` is shelf life, not tracking expiry.)
  available: { substatus: 'in_transit.other', meaning: 'Available' },
  completeness_inferred: { substatus: 'in_transit.other', meaning: 'Completeness inferred' },
  completeness_verified: { substatus: 'in_transit.other', meaning: 'Completeness verified' },
  conformant: { substatus: 'in_transit.other', meaning: 'Conformant' },
  dispensed: { substatus: 'in_transit.other', meaning: 'Dispensed' },
  expired: { substatus: 'in_transit.other', meaning: 'Expired (shelf life)' },
  inactive: { substatus: 'in_transit.other', meaning: 'Inactive' },
  mismatch_class: { substatus: 'in_transit.other', meaning: 'Mismatch class' },
  mismatch_instance: { substatus: 'in_transit.other', meaning: 'Mismatch instance' },
  mismatch_quantity: { substatus: 'in_transit.other', meaning: 'Mismatch quantity' },
  needs_replacement: { substatus: 'in_transit.other', meaning: 'Needs replacement' },
  no_pedigree_match: { substatus: 'in_transit.other', meaning: 'No pedigree match' },
  non_conformant: { substatus: 'in_transit.other', meaning: 'Non-conformant' },
  non_sellable_other: { substatus: 'in_transit.other', meaning: 'Non-sellable (other)' },
  partially_dispensed: { substatus: 'in_transit.other', meaning: 'Partially dispensed' },
  reserved: { substatus: 'in_transit.other', meaning: 'Reserved' },
  retail_sold: { substatus: 'in_transit.other', meaning: 'Retail sold' },
  sellable_accessible: { substatus: 'in_transit.other', meaning: 'Sellable, accessible' },
  sellable_not_accessible: { substatus: 'in_transit.other', meaning: 'Sellable, not accessible' },
  unavailable: { substatus: 'in_transit.other', meaning: 'Unavailable' },
  unknown: { substatus: 'in_transit.other', meaning: 'Unknown' },
} as const satisfies Record<string, StatusMapEntry>;

export const OVERRIDING_DISPOSITIONS: ReadonlySet<string> = new Set([
  'damaged',
  'destroyed',
  'stolen',
  'disposed',
  'recalled',
  'returned',
]);

/** The safe landing for a bizStep we do not know (an extension URI). */
export const UNMAPPED_SUBSTATUS = 'in_transit.other' as const;

/** One map for the adapter contract: business steps by name, dispositions as `disposition:<name>`. */
export const EPCIS_STATUS_MAP: Readonly<Record<string, StatusMapEntry>> = {
  ...BIZ_STEP_MAP,
  ...Object.fromEntries(
    Object.entries(DISPOSITION_MAP).map(([name, entry]) => [`disposition:${name}`, entry]),
  ),
};

/** `shipping`, `https://ref.gs1.org/cbv/BizStep-shipping` and `urn:epcglobal:cbv:bizstep:shipping` are one value. */
export function cbvName(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) return undefined;
  const web = /^https?:\/\/ref\.gs1\.org\/cbv\/(?:BizStep|Disp)-([A-Za-z_]+)$/.exec(value);
  if (web) return web[1];
  const urn = /^urn:epcglobal:cbv:(?:bizstep|disp):([A-Za-z_]+)$/.exec(value);
  if (urn) return urn[1];
  return value;
}
