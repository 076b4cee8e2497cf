/**
 * Shopify's tracking company names (exact, case-sensitive strings: shop-platforms.md §2, the
 * "Supported tracking companies" list of FulfillmentTrackingInfo) → Waybill's carrier ids: the
 * ids of the registry's adapters and of the tracking-number formats (src/numbers/formats; the UPU
 * S10 postal operators are `post-<country>`). A name not here, or a custom one the merchant typed,
 * leaves the carrier to detection from the number.
 */
export const SHOPIFY_TRACKING_COMPANIES: Readonly<Record<string, string>> = {
  UPS: 'ups',
  USPS: 'usps',
  FedEx: 'fedex',
  'DHL Express': 'dhl',
  'DHL eCommerce': 'dhl',
  'DHL eCommerce Asia': 'dhl',
  'Deutsche Post': 'post-de',
  DPD: 'dpd',
  'DPD UK': 'dpd',
  'DPD Local': 'dpd',
  'Canada Post': 'canada-post',
  Purolator: 'purolator',
  Canpar: 'canpar',
  'Royal Mail': 'post-gb',
  'Australia Post': 'post-au',
  'China Post': 'post-cn',
  'Amazon Logistics US': 'amazon',
  'Amazon Logistics UK': 'amazon',
  Amazon: 'amazon',
  OnTrac: 'ontrac',
  LaserShip: 'lasership',
  Yodel: 'yodel',
  YunExpress: 'yunexpress',
};

/** The carrier id for a tracking company name, or undefined: the number decides. */
export function carrierOfTrackingCompany(name: unknown): string | undefined {
  return typeof name === 'string' && Object.hasOwn(SHOPIFY_TRACKING_COMPANIES, name)
    ? SHOPIFY_TRACKING_COMPANIES[name]
    : undefined;
}
