import type { CheckDigitAlgorithm, TrackingNumberFormat } from '../format.js';

export const USPS_URL = 'https://tools.usps.com/go/TrackConfirmAction?tLabels={number}';
// USPS Publication 199 (IMpb): the barcode may start with 420 + ZIP or ZIP+4, which routes the
// parcel but is not part of the tracking number, so it is matched and then left out. The older
// formats keep only the routing codes the data gave them: ZIP for 91 numbers (usps_91), ZIP+4 for
// 20-digit ones (usps_32V2 without application identifier).
const ZIP = '420\\d{5}';
const ZIP_PLUS_4 = '420\\d{9}';
// Every USPS format weights the rightmost serial digit ×3, whatever the serial's length.
const MOD10: CheckDigitAlgorithm = { name: 'mod10', weights: [3, 1], from: 'right' };
const SOURCE =
  'jkeen/tracking_number_data couriers/usps.json v2.0.0 (IMpb rebuilt from USPS Publication 199; ' +
  'usps_91, usps_22, usps_32V2 and fedex_smartpost folded into these, "every number these matched still decodes")';

const usps = (format: Omit<TrackingNumberFormat, 'carrier' | 'carrierName' | 'url' | 'source'>) => ({
  carrier: 'usps',
  carrierName: 'USPS',
  url: USPS_URL,
  source: SOURCE,
  ...format,
});

export const USPS_FORMATS: readonly TrackingNumberFormat[] = [
  usps({
    id: 'usps-20',
    service: 'USPS 20',
    // 2 service + 9 mailer + 8 package + check; the former "34v2" numbers are these behind 420+ZIP+4.
    pattern: '\\d{20}',
    routingCodes: [ZIP_PLUS_4],
    checkDigit: { algorithm: MOD10, serial: [0, -1], at: -1 },
  }),
  usps({
    id: 'usps-impb-n',
    service: 'USPS IMpb N',
    pattern: '94\\d{20,28}',
    routingCodes: [ZIP, ZIP_PLUS_4],
    checkDigit: { algorithm: MOD10, serial: [0, -1], at: -1 },
  }),
  usps({
    id: 'usps-impb-c',
    service: 'USPS IMpb C',
    pattern: '9[235]\\d{20,28}',
    routingCodes: [ZIP, ZIP_PLUS_4],
    checkDigit: { algorithm: MOD10, serial: [0, -1], at: -1 },
  }),
  usps({
    id: 'usps-legacy',
    service: 'USPS Legacy (91)',
    // Application identifier 91, or the same number printed without it (20 or 24 digits), in
    // which case "91" goes back in front for the check, as the data's prepend rule says.
    pattern: '91\\d{20,28}|\\d{20}|\\d{24}',
    routingCodes: [ZIP],
    checkDigit: {
      algorithm: MOD10,
      serial: [0, -1],
      at: -1,
      prepend: { text: '91', unlessStartsWith: ['91', '92', '93', '94', '95'] },
    },
  }),
  usps({
    id: 'usps-impb-c-without-92',
    service: 'USPS IMpb C, printed without 92 (FedEx Ground Economy)',
    // The former fedex_smartpost definition: SCNC (2) + service 29 + mailer (8) + package (7 or 11)
    // + check, with the 92 application identifier put back in front for the check.
    pattern: '\\d{2}29\\d{16}(?:\\d{4})?',
    checkDigit: {
      algorithm: MOD10,
      serial: [0, -1],
      at: -1,
      prepend: { text: '92', unlessStartsWith: ['92'] },
    },
  }),
];
