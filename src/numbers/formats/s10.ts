import type { LookupEntry, TrackingNumberFormat } from '../format.js';
import { CANADA_POST_URL } from './canada-post.js';
import { S10_POSTAL_OPERATORS } from './s10-postal-operators.js';
import { USPS_URL } from './usps.js';

// What the first letter of the service indicator says (tracking_number_data's S10 service lookup;
// Wikipedia "S10 (UPU standard)"). J, K, S, T and W are reserved and so not accepted at all.
const SERVICE_BY_FIRST_LETTER: Readonly<Record<string, string>> = {
  A: 'domestic or bilateral',
  B: 'domestic or bilateral',
  C: 'parcel post',
  D: 'domestic or bilateral',
  E: 'EMS',
  G: 'domestic or bilateral',
  H: 'e-commerce parcel',
  L: 'tracked letter',
  M: 'M-bag',
  N: 'domestic or bilateral',
  P: 'domestic or bilateral',
  Q: 'business reply (IBRS)',
  R: 'registered letter',
  U: 'letter post',
  V: 'insured letter',
  Z: 'domestic or bilateral',
};

// Operators Waybill already knows as carriers keep their carrier id, so both kinds of number meet.
const KNOWN_OPERATORS: Readonly<Record<string, Omit<LookupEntry, 'label'>>> = {
  US: { carrier: 'usps', carrierName: 'USPS', url: USPS_URL },
  CA: { carrier: 'canada-post', carrierName: 'Canada Post', url: CANADA_POST_URL },
};

const serviceIndicators = new Map<string, LookupEntry>(
  Object.entries(SERVICE_BY_FIRST_LETTER).map(([letter, kind]) => [
    letter,
    { label: kind, service: `UPU S10 ${kind}` },
  ]),
);

const operators = new Map<string, LookupEntry>(
  S10_POSTAL_OPERATORS.map(([code, country, operator]) => [
    code,
    // No tracking URL template is published for most operators, so most have none.
    KNOWN_OPERATORS[code] !== undefined
      ? { label: `${country}: ${operator}`, ...KNOWN_OPERATORS[code] }
      : {
          label: `${country}: ${operator}`,
          carrier: `post-${code.toLowerCase()}`,
          carrierName: operator,
          url: null,
        },
  ]),
);

export const S10_FORMATS: readonly TrackingNumberFormat[] = [
  {
    id: 's10',
    carrier: 'upu',
    carrierName: 'Postal operator (UPU S10)',
    service: 'UPU S10',
    // Service indicator (2 letters) + serial (8) + check digit + ISO 3166 country of the issuing post.
    pattern: '(?:[CEHLMRUV][A-Z]|Q[A-M]|[BDNPZ][A-Z]|A[V-Z]|G[AD])\\d{9}[A-Z]{2}',
    checkDigit: { algorithm: { name: 's10' }, serial: [2, 10], at: 10 },
    lookups: [
      { name: 'service indicator', at: [0, 1], entries: serviceIndicators },
      { name: 'postal operator', at: [11, 13], entries: operators },
    ],
    url: null,
    source:
      'UPU S10-12 via Wikipedia "S10 (UPU standard)"; operators and service indicators from ' +
      'jkeen/tracking_number_data couriers/s10.json',
  },
];
