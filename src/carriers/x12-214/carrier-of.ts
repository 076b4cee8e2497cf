/**
 * The carrier of a 214 is its SCAC (B10-03). Waybill's own id for a carrier it has an adapter
 * for, so the same scan by file and by API dedupes to one; otherwise the SCAC in lower case
 * (a valid carrier id: 2 to 4 letters).
 */
const KNOWN_SCACS: Readonly<Record<string, string>> = {
  // United Parcel Service.
  UPSN: 'ups',
  // FedEx Ground, FedEx Express, FedEx Freight.
  FDEG: 'fedex',
  FDEN: 'fedex',
  FXFE: 'fedex',
  // United States Postal Service.
  USPS: 'usps',
};

export const FALLBACK_CARRIER = 'x12-214';

export function carrierOfScac(scac: string | undefined): string {
  const code = scac?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{2,4}$/.test(code)) return FALLBACK_CARRIER;
  return KNOWN_SCACS[code] ?? code.toLowerCase();
}
