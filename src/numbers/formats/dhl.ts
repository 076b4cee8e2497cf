import type { TrackingNumberFormat } from '../format.js';

const URL = 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB={number}';
const SOURCE =
  'jkeen/tracking_number_data couriers/dhl.json (v1.6.1 Piece ID, v1.8 eCommerce letters and 14 digits)';

const dhl = (format: Omit<TrackingNumberFormat, 'carrier' | 'carrierName' | 'url' | 'source'>) => ({
  carrier: 'dhl',
  carrierName: 'DHL',
  url: URL,
  source: SOURCE,
  ...format,
});

export const DHL_FORMATS: readonly TrackingNumberFormat[] = [
  dhl({
    id: 'dhl-express',
    service: 'DHL Express',
    pattern: '\\d{10,11}',
    checkDigit: { algorithm: { name: 'mod7' }, serial: [0, -1], at: -1 },
  }),
  dhl({
    id: 'dhl-express-piece-id',
    service: 'DHL Express (Piece ID)',
    pattern: 'J[A-Z]{2,3}\\d{9,10}',
  }),
  dhl({
    id: 'dhl-ecommerce',
    service: 'DHL eCommerce',
    pattern: '(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)[0-9A-Z]{10,39}',
    // The data asks for at least one digit after the prefix, so that words are not numbers.
    excludes: '[A-Z]+',
  }),
  dhl({
    id: 'dhl-ecommerce-14',
    service: 'DHL eCommerce (14)',
    // Any 14 digits and no check digit: it collides with much else, and ranks low for that.
    pattern: '\\d{14}',
  }),
];
