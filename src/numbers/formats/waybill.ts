import type { TrackingNumberFormat } from '../format.js';

/** Where our own numbers are tracked: Waybill's public tracking page. */
const OWN_TRACKING_URL = '/track?number={number}';

/**
 * Crockford's base-32 digits: no I, L, O or U, so a number read aloud or copied by hand
 * can't be mistaken for another.
 */
export const OWN_NUMBER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const OWN_NUMBER_PREFIX = 'WB';
export const OWN_TENANT_TAG_LENGTH = 3;
export const OWN_RANDOM_LENGTH = 16;

/** Numbers Waybill itself hands out: for merchants' own deliveries, and from the carrier simulator. */
export const WAYBILL_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 'waybill',
    carrier: 'waybill',
    carrierName: 'Waybill (own delivery)',
    service: 'Own delivery',
    // WB + tenant tag (3) + random (16), all base 32, + ISO 7064 MOD 37,36 check character.
    // No carrier format in this table starts with WB at this length; a property test holds us to it.
    pattern: 'WB[0-9A-HJKMNP-TV-Z]{19}[0-9A-Z]',
    checkDigit: { algorithm: { name: 'mod37-36' }, serial: [0, 21], at: 21 },
    url: OWN_TRACKING_URL,
    source: 'Waybill (src/numbers/issue.ts)',
  },
  {
    id: 'simulator',
    carrier: 'simulator',
    carrierName: 'Waybill carrier simulator',
    service: 'Simulated delivery',
    // The built-in simulator's numbers (src/carriers/simulator/tracking-number.ts).
    pattern: 'SIM\\d{10,14}',
    url: OWN_TRACKING_URL,
    source: 'Waybill carrier simulator',
  },
];
