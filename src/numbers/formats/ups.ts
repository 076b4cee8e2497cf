import type { TrackingNumberFormat } from '../format.js';

const URL = 'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums={number}';
const SOURCE = 'jkeen/tracking_number_data couriers/ups.json';

export const UPS_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'ups-1z',
    carrier: 'ups',
    carrierName: 'UPS',
    service: 'UPS 1Z',
    // 1Z, 6 shipper characters, 2 service-code characters, 7 package characters, check digit.
    pattern: '1Z[0-9A-Z]{15}\\d',
    checkDigit: { algorithm: { name: 'mod10', weights: [1, 2], from: 'left' }, serial: [2, 17], at: 17 },
    url: URL,
    source: SOURCE,
  },
  {
    id: 'ups-waybill',
    carrier: 'ups',
    carrierName: 'UPS',
    service: 'UPS Waybill',
    pattern: '[AHJKTV]\\d{10}',
    checkDigit: { algorithm: { name: 'mod10', weights: [1, 2], from: 'left' }, serial: [1, 10], at: 10 },
    url: URL,
    source: SOURCE,
  },
];
