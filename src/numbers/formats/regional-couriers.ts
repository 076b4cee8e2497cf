import type { TrackingNumberFormat } from '../format.js';

// Couriers with one format each and no check digit: the prefix is all there is to recognise them by.
export const REGIONAL_COURIER_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'spee-dee-20',
    carrier: 'spee-dee',
    carrierName: 'Spee-Dee Delivery',
    service: 'Spee-Dee (20)',
    pattern: 'SP\\d{18}',
    url: 'https://www.speedeedelivery.com/track/?tracking={number}',
    source: 'jkeen/tracking_number_data couriers/speedee.json (v1.12)',
  },
  {
    id: 'gofo-us',
    carrier: 'gofo',
    carrierName: 'GOFO Express',
    service: 'GOFO Express (US)',
    pattern: 'GFUS\\d{14}',
    url: 'https://www.gofoexpress.com/tracking.html?searchID={number}',
    source: 'jkeen/tracking_number_data couriers/gofo.json (v1.12)',
  },
  {
    id: 'landmark-ltn',
    carrier: 'landmark',
    carrierName: 'Landmark Global',
    service: 'Landmark Global LTN',
    pattern: 'LTN\\d{8}N1',
    url: 'https://track.landmarkglobal.com/?search={number}',
    source: 'jkeen/tracking_number_data couriers/landmark.json',
  },
  {
    id: 'yodel',
    carrier: 'yodel',
    carrierName: 'Yodel',
    service: 'Yodel (JD/JJD)',
    pattern: 'J?JD\\d{16}',
    url: 'https://www.yodel.co.uk/tracking/{number}',
    source: 'jkeen/tracking_number_data couriers/yodel.json (v1.13)',
  },
  {
    id: 'yunexpress',
    carrier: 'yunexpress',
    carrierName: 'YunExpress',
    service: 'YunExpress',
    pattern: 'YT\\d{16}',
    url: 'https://www.yuntrack.com/parcelTracking?id={number}',
    source: 'jkeen/tracking_number_data couriers/yunexpress.json (v1.12)',
  },
];
