import type { TrackingNumberFormat } from '../format.js';

export const CANADA_POST_URL =
  'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={number}';

export const CANADA_POST_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'canada-post-16',
    carrier: 'canada-post',
    carrierName: 'Canada Post',
    service: 'Canada Post (16)',
    // 7-digit origin + 8 digits + check digit.
    pattern: '\\d{16}',
    checkDigit: { algorithm: { name: 'mod10', weights: [3, 1], from: 'left' }, serial: [0, 15], at: 15 },
    url: CANADA_POST_URL,
    source: 'jkeen/tracking_number_data couriers/canadapost.json',
  },
];
