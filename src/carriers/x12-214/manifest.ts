import { Type } from 'typebox';
import type { CarrierManifest } from '../carrier.js';

/** X12 214 files arrive by upload (API or CLI); nothing is polled and nothing is configured. */
export const manifest: CarrierManifest = {
  id: 'x12-214',
  name: 'ANSI X12 214 shipment status files',
  // pull: false, so the poller never reads the rate figures; 1 keeps them valid (positive) for
  // the contract and for GET /v1/carriers, which lists every adapter.
  capabilities: { pull: false, push: true, batchSize: 1, ratePerSecond: 1, burst: 1, concurrency: 1 },
  settings: Type.Object({}, { additionalProperties: false }),
};
