import { Type } from 'typebox';
import type { CarrierManifest } from '../carrier.js';

/** Scans imported from a CSV file (API or CLI); nothing is polled or configured. */
export const manifest: CarrierManifest = {
  id: 'csv-events',
  name: 'CSV file of scans',
  // Never polled; the rate figures are placeholders the contract wants usable.
  capabilities: { pull: false, push: true, batchSize: 1, ratePerSecond: 1, burst: 1, concurrency: 1 },
  settings: Type.Object({}, { additionalProperties: false }),
};
