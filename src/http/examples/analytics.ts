import type { Static } from 'typebox';
import type { EtaAccuracySchema } from '../routes/api/analytics.js';

/** November: 1,150 deliveries with an estimate, most of them UPS Ground inside the US. */
export const etaAccuracyExample: Static<typeof EtaAccuracySchema> = {
  from: '2026-11-01',
  to: '2026-11-30',
  n: 1150,
  maeDays: 0.42,
  coverage: { hits: 1012, total: 1150, rate: 0.88 },
  byCarrier: [
    { carrier: 'ups', n: 980, maeDays: 0.38, coverage: { hits: 871, total: 980, rate: 0.889 } },
    { carrier: 'usps', n: 170, maeDays: 0.65, coverage: { hits: 141, total: 170, rate: 0.829 } },
  ],
  byLane: [
    {
      carrier: 'ups',
      service: 'UPS Ground',
      lane: 'US→US',
      n: 940,
      maeDays: 0.36,
      coverage: { hits: 838, total: 940, rate: 0.891 },
    },
  ],
  calibration: [
    { decile: 8, n: 310, predicted: 0.85, observed: 0.83 },
    { decile: 9, n: 655, predicted: 0.95, observed: 0.94 },
  ],
};
