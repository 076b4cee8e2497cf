import type { TrackingNumberFormat } from '../format.js';

// Amazon has no public tracking page: its numbers are tracked inside the buyer's account.
const SOURCE = 'jkeen/tracking_number_data couriers/amazon.json';

export const AMAZON_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'amazon-logistics',
    carrier: 'amazon',
    carrierName: 'Amazon',
    service: 'Amazon Logistics',
    pattern: 'TB[ACM]\\d{12}',
    url: null,
    source: SOURCE,
  },
  {
    id: 'amazon-international',
    carrier: 'amazon',
    carrierName: 'Amazon',
    service: 'Amazon International',
    pattern: '[AFC]\\d{10}',
    url: null,
    source: SOURCE,
  },
];
