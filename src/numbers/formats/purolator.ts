import type { TrackingNumberFormat } from '../format.js';

const URL = 'https://www.purolator.com/en/shipping/tracker?searchValue={number}';
const SOURCE = 'jkeen/tracking_number_data couriers/purolator.json (v1.12)';

export const PUROLATOR_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'purolator-12',
    carrier: 'purolator',
    carrierName: 'Purolator',
    service: 'Purolator (12)',
    pattern: '[0-5]\\d{11}',
    checkDigit: { algorithm: { name: 'luhn' }, serial: [0, 11], at: 11 },
    url: URL,
    source: SOURCE,
  },
  {
    id: 'purolator-alpha',
    carrier: 'purolator',
    carrierName: 'Purolator',
    service: 'Purolator (3 letters + 9)',
    pattern: '[A-Z]{3}\\d{9}',
    url: URL,
    source: SOURCE,
  },
];
