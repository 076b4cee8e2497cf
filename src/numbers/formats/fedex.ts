import type { CheckDigitAlgorithm, TrackingNumberFormat } from '../format.js';

const URL = 'https://www.fedex.com/apps/fedextrack/?tracknumbers={number}';
const SOURCE =
  'jkeen/tracking_number_data couriers/fedex.json (v1.12 loosened Express 34, v1.13 added ASTRA)';
const EXPRESS: CheckDigitAlgorithm = { name: 'sum-product', weights: [3, 1, 7] };
const BARCODE: CheckDigitAlgorithm = { name: 'sum-product', weights: [1, 7, 3] };

const fedex = (format: Omit<TrackingNumberFormat, 'carrier' | 'carrierName' | 'url' | 'source'>) => ({
  carrier: 'fedex',
  carrierName: 'FedEx',
  url: URL,
  source: SOURCE,
  ...format,
});

export const FEDEX_FORMATS: readonly TrackingNumberFormat[] = [
  fedex({
    id: 'fedex-express-12',
    service: 'FedEx Express (12)',
    pattern: '\\d{12}',
    checkDigit: { algorithm: EXPRESS, serial: [0, 11], at: 11 },
  }),
  fedex({
    id: 'fedex-express-34',
    service: 'FedEx Express (34, barcode)',
    // Leading digit + 14 digits + destination ZIP (5) + serial (13) + check digit.
    pattern: '[0-8]\\d{33}',
    checkDigit: { algorithm: BARCODE, serial: [20, 33], at: 33 },
  }),
  fedex({
    id: 'fedex-astra-32',
    service: 'FedEx ASTRA (32)',
    // Characters 17–28 are an Express 12 number; 4 more digits follow it.
    pattern: '3\\d{31}',
    checkDigit: { algorithm: EXPRESS, serial: [16, 27], at: 27 },
  }),
  fedex({
    id: 'fedex-ground-15',
    service: 'FedEx Ground (15)',
    pattern: '\\d{15}',
    checkDigit: { algorithm: { name: 'mod10', weights: [1, 3], from: 'left' }, serial: [0, 14], at: 14 },
  }),
  fedex({
    id: 'fedex-ground-sscc-18',
    service: 'FedEx Ground (SSCC-18)',
    // The container type must be one the data lists: 00 carton, 01 pallet, 02 larger, 04 internal.
    pattern: '0[0124]\\d{16}',
    checkDigit: { algorithm: { name: 'mod10', weights: [3, 1], from: 'left' }, serial: [2, 17], at: 17 },
  }),
  fedex({
    id: 'fedex-ground-96-22',
    service: 'FedEx Ground 96 (22)',
    // 96 + SCNC (2) + service (3) + shipper (7) + package (7) + check digit.
    pattern: '96\\d{20}',
    checkDigit: { algorithm: { name: 'mod10', weights: [1, 3], from: 'left' }, serial: [7, 21], at: 21 },
  }),
  fedex({
    id: 'fedex-ground-gsn-34',
    service: 'FedEx Ground GSN (34)',
    // 96 + SCNC (2) + 5 + GSN (10) + 1 + serial (13) + check digit.
    pattern: '96\\d{32}',
    checkDigit: { algorithm: BARCODE, serial: [20, 33], at: 33 },
  }),
];
