import { FORMATS } from '../numbers/index.js';

export interface CarrierInfo {
  readonly name: string;
  /** The carrier's own public tracking page for this number; null when it has none (or it is us). */
  readonly url: string | null;
}

const byCarrier = new Map<string, { name: string; url: string | null }>();
for (const format of FORMATS) {
  const known = byCarrier.get(format.carrier);
  if (!known) byCarrier.set(format.carrier, { name: format.carrierName, url: format.url });
  else if (known.url === null && format.url !== null) known.url = format.url;
}

/** Name and link from the format table; an unknown carrier id is shown as it is. */
export function carrierInfo(carrier: string, trackingNumber: string): CarrierInfo {
  const known = byCarrier.get(carrier);
  if (!known) return { name: carrier, url: null };
  // Our own deliveries and the simulator point back at this page: no outside link to offer.
  const url =
    known.url !== null && /^https:\/\//.test(known.url)
      ? known.url.replace('{number}', encodeURIComponent(trackingNumber))
      : null;
  return { name: known.name, url };
}
