import type { TrackingNumberFormat } from '../format.js';

const URL = 'https://www.odfl.com/Trace/standardResult.faces?pro={number}';
const SOURCE = 'jkeen/tracking_number_data couriers/old_dominion.json (v1.7)';

export const OLD_DOMINION_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'old-dominion',
    carrier: 'old-dominion',
    carrierName: 'Old Dominion Freight Line',
    service: 'Old Dominion PRO',
    pattern: '(?:77[78]|072|780)\\d{8}',
    checkDigit: { algorithm: { name: 'luhn' }, serial: [0, 10], at: 10 },
    url: URL,
    source: SOURCE,
  },
  {
    id: 'old-dominion-guaranteed',
    carrier: 'old-dominion',
    carrierName: 'Old Dominion Freight Line',
    service: 'Old Dominion PRO (guaranteed)',
    pattern: '80\\d{9}',
    checkDigit: { algorithm: { name: 'luhn' }, serial: [0, 10], at: 10 },
    url: URL,
    source: SOURCE,
  },
];
