import type { TrackingNumberFormat } from '../format.js';

const URL = 'https://www.dpdgroup.com/nl/mydpd/my-parcels/track?lang=en&parcelNumber={number}';
const SOURCE = 'jkeen/tracking_number_data couriers/dpd.json';

export const DPD_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'dpd-28',
    carrier: 'dpd',
    carrierName: 'DPD',
    service: 'DPD (28)',
    // Destination ZIP (7) + 14 + service (3) + country (3) + check character.
    pattern: '\\d{27}[0-9A-Z]',
    checkDigit: { algorithm: { name: 'mod37-36' }, serial: [0, 27], at: 27 },
    url: URL,
    source: SOURCE,
  },
  {
    id: 'dpd-14',
    carrier: 'dpd',
    carrierName: 'DPD',
    service: 'DPD (14)',
    pattern: '\\d{14}[0-9A-Z]',
    checkDigit: { algorithm: { name: 'mod37-36' }, serial: [0, 14], at: 14 },
    url: URL,
    source: SOURCE,
  },
];
