import type { StatusMapEntry } from '../carrier.js';

/**
 * DHL Shipment Tracking – Unified API `statusCode` values (carrier-formats.md §4). DHL has no
 * stable detailed code list (texts vary by business unit and language), so the parser refines
 * `transit`, `delivered` and `failure` by the event's words and the shipment's `returnFlag`.
 */
export const DHL_STATUS_MAP = {
  // DHL has the shipment data (label printed) but not the parcel.
  'pre-transit': { substatus: 'info_received.label_created', meaning: 'Pre-transit' },
  // Moving through DHL's network; refined to out for delivery, pickup or return by the text.
  transit: { substatus: 'in_transit.other', meaning: 'Transit' },
  // Delivered; a return flag makes it a return that reached the sender.
  delivered: { substatus: 'delivered.standard', meaning: 'Delivered' },
  // Something went wrong; refined to a failed attempt or a return by the text.
  failure: { substatus: 'exception.other', meaning: 'Failure' },
  // DHL has no usable status for the shipment.
  unknown: { substatus: 'pending.registered', meaning: 'Unknown' },
} as const satisfies Record<string, StatusMapEntry>;

export type DhlCode = keyof typeof DHL_STATUS_MAP;

export function dhlEntry(code: string | undefined): StatusMapEntry | undefined {
  const key = code?.toLowerCase();
  return key !== undefined && Object.hasOwn(DHL_STATUS_MAP, key) ? DHL_STATUS_MAP[key as DhlCode] : undefined;
}
