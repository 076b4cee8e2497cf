import type { TrackingNumberFormat } from '../format.js';

export const ONTRAC_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'ontrac',
    carrier: 'ontrac',
    carrierName: 'OnTrac',
    service: 'OnTrac',
    // The data prepends 4 (for C) or 5 (for D) to the digits; that is the letter's own mod 10
    // value, so the serial simply starts at the letter.
    pattern: '[CD]\\d{14}',
    checkDigit: { algorithm: { name: 'mod10', weights: [1, 2], from: 'left' }, serial: [0, 14], at: 14 },
    url: 'https://www.ontrac.com/tracking/?number={number}',
    source: 'jkeen/tracking_number_data couriers/ontrac.json (ontrac_c, ontrac_d; URL from v1.5.1)',
  },
];
