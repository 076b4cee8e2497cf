import type { StatusMapEntry } from '../carrier.js';

/**
 * UPS Track API codes (reference: carrier-formats.md §1, from the developer.ups.com Tracking
 * appendix). Two kinds of key: the activity `status.type` letters (and the manifest codes, also
 * letters), and the three-digit `status.statusCode` (zero-padded, e.g. "011"). The appendix
 * describes most status codes only as a group, so each carries its group's wording. The parser
 * uses the status code when it knows it and falls back to the type.
 */
export const UPS_STATUS_MAP = {
  // --- status.type (appendix "Package Activity Types") ---
  // Delivered.
  D: { substatus: 'delivered.standard', meaning: 'Delivered' },
  // In transit; UPS also uses it for out-for-delivery scans, which the status code tells apart.
  I: { substatus: 'in_transit.other', meaning: 'In transit' },
  // The shipper created a label and sent billing data; UPS has no parcel yet.
  M: { substatus: 'info_received.label_created', meaning: 'Billing information received' },
  // The shipper voided the label before UPS moved the parcel.
  MV: { substatus: 'cancelled.by_retailer', meaning: 'Billing information voided' },
  // Any exception; the description names it.
  X: { substatus: 'exception.other', meaning: 'Exception' },
  // Freight: handed over at the origin container freight station.
  DO: { substatus: 'in_transit.origin_facility', meaning: 'Delivered origin CFS (freight)' },
  // Freight: arrived at the destination container freight station.
  DD: { substatus: 'in_transit.destination_facility', meaning: 'Delivered destination CFS (freight)' },
  // Freight: held in a warehouse on the way.
  W: { substatus: 'in_transit.other', meaning: 'Warehousing (freight)' },
  // UPS has no status for the number yet.
  NA: { substatus: 'pending.not_found', meaning: 'Not available' },
  // Track Alert update without a new physical scan.
  U: { substatus: 'in_transit.other', meaning: 'Updates (Track Alert only)' },
  // Picked up (older UPS XML tracking material).
  P: { substatus: 'in_transit.picked_up', meaning: 'Pickup' },

  // --- manifest codes ---
  // Electronic data received; the parcel is ready for UPS.
  DP: { substatus: 'info_received.label_created', meaning: 'Manifest: ready for UPS' },
  // Electronic data received; the parcel is ready for UPS.
  MP: { substatus: 'info_received.label_created', meaning: 'Manifest: ready for UPS' },
  // Label created for a Roadie (same-day partner) delivery.
  RD: { substatus: 'info_received.label_created', meaning: 'Manifest: Roadie label' },
  // The manifest entry was voided.
  VP: { substatus: 'cancelled.by_retailer', meaning: 'Manifest: voided' },

  // --- status.statusCode (appendix "Status/Description Codes") ---
  // Status information not available.
  '000': { substatus: 'pending.not_found', meaning: 'Status information not available' },
  // Shipment ready for UPS.
  '003': { substatus: 'info_received.label_created', meaning: 'Shipment ready for UPS' },
  // On the way (in transit group).
  '005': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Out for delivery (out-for-delivery group).
  '006': { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // The shipper voided the shipment information.
  '007': { substatus: 'cancelled.by_retailer', meaning: 'Shipment information voided' },
  // On the way (in transit group).
  '010': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Delivered.
  '011': { substatus: 'delivered.standard', meaning: 'Delivered' },
  // Customs clearance in progress (clearance group).
  '012': { substatus: 'in_transit.customs', meaning: 'Clearance in progress' },
  // Exception (exception group).
  '013': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Customs clearance completed (clearance group).
  '014': { substatus: 'in_transit.customs', meaning: 'Clearance completed' },
  // Held for the customer to collect (pickup group).
  '017': { substatus: 'available_for_pickup.pickup_point', meaning: 'Held for customer pickup' },
  // Out for delivery (out-for-delivery group).
  '021': { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery / loaded on vehicle' },
  // Delivery attempted (attempt group).
  '022': { substatus: 'attempt_failed.other', meaning: 'Delivery attempted' },
  // Delivery attempted (attempt group).
  '023': { substatus: 'attempt_failed.other', meaning: 'Delivery attempted (second)' },
  // Delivery attempted (attempt group).
  '024': { substatus: 'attempt_failed.other', meaning: 'Delivery attempted (final)' },
  // We have your package (in transit group).
  '025': { substatus: 'in_transit.other', meaning: 'We have your package / in transit' },
  // Delivered by the local post office (delivered group).
  '026': { substatus: 'delivered.standard', meaning: 'Delivered by local post office' },
  // Exception (exception group).
  '029': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '030': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // The receiver or shipper asked for a return; the parcel still moves.
  '033': { substatus: 'in_transit.other', meaning: 'Return to sender requested' },
  // Returned / returning to sender (return group).
  '034': { substatus: 'return_to_sender.in_transit', meaning: 'Returning to sender' },
  // Returned / returning to sender (return group).
  '035': { substatus: 'return_to_sender.in_transit', meaning: 'Returning to sender' },
  // Returned / returning to sender (return group).
  '036': { substatus: 'return_to_sender.in_transit', meaning: 'Returning to sender' },
  // Out for delivery (out-for-delivery group).
  '037': { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Picked up / on the way (in transit group).
  '038': { substatus: 'in_transit.other', meaning: 'Picked up / in transit' },
  // On the way (in transit group).
  '039': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Ready for pickup (pickup group).
  '040': { substatus: 'available_for_pickup.pickup_point', meaning: 'Ready for pickup' },
  // In transit to a partner (in transit group).
  '044': { substatus: 'in_transit.other', meaning: 'In transit to partner' },
  // In transit to a partner (in transit group).
  '045': { substatus: 'in_transit.other', meaning: 'In transit to partner' },
  // Exception (exception group).
  '046': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // On the way (in transit group).
  '047': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Exception (exception group).
  '048': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '049': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '050': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '051': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '052': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '053': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // In transit (in transit group).
  '057': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Exception (exception group).
  '058': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '059': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Delivery attempted (attempt group).
  '060': { substatus: 'attempt_failed.other', meaning: 'Delivery attempted' },
  // Delivery attempted; an adult signature was required (attempt group).
  '061': { substatus: 'attempt_failed.other', meaning: 'Delivery attempted (adult signature)' },
  // Delivery attempted; funds were due (attempt group).
  '062': { substatus: 'attempt_failed.other', meaning: 'Delivery attempted (funds)' },
  // Exception (exception group).
  '064': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Delivery attempted (attempt group).
  '066': { substatus: 'attempt_failed.other', meaning: 'Delivery attempted' },
  // Returned / returning to sender (return group).
  '067': { substatus: 'return_to_sender.in_transit', meaning: 'Returning to sender' },
  // Exception (exception group).
  '068': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '069': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Out for delivery / driver arriving (out-for-delivery group).
  '072': { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery / driver arriving' },
  // In transit (in transit group).
  '073': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // In transit (in transit group).
  '074': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Exception (exception group).
  '076': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Out for delivery / driver arriving (out-for-delivery group).
  '078': { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery / driver arriving' },
  // In transit (in transit group).
  '079': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Order processed; ready for UPS.
  '080': { substatus: 'info_received.label_created', meaning: 'Order processed' },
  // Returned / returning to sender (return group).
  '081': { substatus: 'return_to_sender.in_transit', meaning: 'Returning to sender' },
  // Exception (exception group).
  '083': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Customs: cleared (clearance group).
  '084': { substatus: 'in_transit.customs', meaning: 'Cleared' },
  // Exception (exception group).
  '085': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '086': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // In transit (in transit group).
  '087': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Out for delivery (out-for-delivery group).
  '089': { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Exception (exception group).
  '090': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Out for delivery (out-for-delivery group).
  '091': { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Customs clearance (clearance group).
  '092': { substatus: 'in_transit.customs', meaning: 'Clearance in progress' },
  // Returned / returning to sender (return group).
  '118': { substatus: 'return_to_sender.in_transit', meaning: 'Returning to sender' },
  // The receiver or shipper asked for a return; the parcel still moves.
  '119': { substatus: 'in_transit.other', meaning: 'Return to sender requested' },
  // Exception (exception group).
  '123': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '124': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '125': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '126': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Exception (exception group).
  '132': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Customs clearance (clearance group).
  '134': { substatus: 'in_transit.customs', meaning: 'Clearance completed' },
  // In transit (in transit group).
  '137': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Clearance information needed (exception group).
  '139': { substatus: 'exception.other', meaning: 'Exception / clearance information needed' },
  // Exception (exception group).
  '141': { substatus: 'exception.other', meaning: 'Exception / delay' },
  // Delivered to an agent (delivered group).
  '143': { substatus: 'delivered.standard', meaning: 'Delivered to agent' },
  // At the post office for collection (pickup group).
  '144': { substatus: 'available_for_pickup.post_office', meaning: 'At post office' },
  // Delivery attempted (attempt group).
  '145': { substatus: 'attempt_failed.other', meaning: 'Delivery attempted' },
  // Out for delivery (out-for-delivery group).
  '146': { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Seized: the parcel will not continue (terminal exception).
  '147': { substatus: 'exception.other', meaning: 'Seized' },
  // Package information not available.
  '148': { substatus: 'pending.not_found', meaning: 'Package information not available' },
  // Prohibited contents destroyed (terminal exception).
  '149': { substatus: 'exception.other', meaning: 'Prohibited contents destroyed' },
  // Order processed; ready for UPS.
  '157': { substatus: 'info_received.label_created', meaning: 'Order processed' },
  // On the way (in transit group).
  '158': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // On the way (in transit group).
  '159': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // In transit (in transit group).
  '160': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // Delivered to a UPS Access Point, waiting for the receiver (pickup group).
  '161': { substatus: 'available_for_pickup.pickup_point', meaning: 'Delivered to UPS Access Point' },
  // Out for delivery (out-for-delivery group).
  '162': { substatus: 'out_for_delivery.on_vehicle', meaning: 'Out for delivery' },
  // Status information not available.
  '163': { substatus: 'pending.not_found', meaning: 'Status information not available' },
  // On the way (in transit group).
  '164': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
  // On the way (in transit group).
  '165': { substatus: 'in_transit.other', meaning: 'On the way / in transit' },
} as const satisfies Record<string, StatusMapEntry>;

export type UpsCode = keyof typeof UPS_STATUS_MAP;

export function upsEntry(code: string | undefined): StatusMapEntry | undefined {
  return code !== undefined && Object.hasOwn(UPS_STATUS_MAP, code)
    ? UPS_STATUS_MAP[code as UpsCode]
    : undefined;
}
