import type { TrackingNumberFormat } from '../format.js';

const SOURCE = 'jkeen/tracking_number_data couriers/lasership.json';

// LaserShip is part of OnTrac now and publishes no tracking URL for these numbers; none carries a check digit.
const lasership = (id: string, service: string, pattern: string): TrackingNumberFormat => ({
  id,
  carrier: 'lasership',
  carrierName: 'LaserShip',
  service,
  pattern,
  url: null,
  source: SOURCE,
});

export const LASERSHIP_FORMATS: readonly TrackingNumberFormat[] = [
  lasership('lasership-l', 'LaserShip L', 'L[AIEHNX][1-3]\\d{7}'),
  lasership('lasership-1ls7', 'LaserShip 1LS7 (15)', '1LS7[12]\\d{10}'),
  // Printed with a "-1" suffix (18 characters); normalising drops the dash, leaving its 1.
  lasership('lasership-1ls7-18', 'LaserShip 1LS7 (18)', '1LS7[12]\\d{2}01[1-4]\\d{6}1'),
  lasership('lasership-1lscx', 'LaserShip 1LSCX', '1LSCX[0-9A-Z]{10}'),
];
