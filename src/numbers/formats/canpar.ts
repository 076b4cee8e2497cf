import type { TrackingNumberFormat } from '../format.js';

export const CANPAR_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'canpar-22',
    carrier: 'canpar',
    carrierName: 'Canpar',
    service: 'Canpar (22)',
    pattern: '[CDKLSUXZ]\\d{21}',
    url: 'https://www.canpar.com/en/track/tracking.jsp?reference={number}&locale=en',
    source: 'jkeen/tracking_number_data couriers/canpar.json (v1.12)',
  },
];
