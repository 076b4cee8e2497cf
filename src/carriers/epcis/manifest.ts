import { Type } from 'typebox';
import type { CarrierManifest } from '../carrier.js';

/** EPCIS events arrive by capture (POST /epcis/capture); nothing is polled or configured. */
export const manifest: CarrierManifest = {
  id: 'epcis',
  name: 'GS1 EPCIS 2.0 capture',
  // pull: false, so the poller never reads the rate figures; 1 keeps them valid (positive) for
  // the contract and for GET /v1/carriers, which lists every adapter.
  capabilities: { pull: false, push: true, batchSize: 1, ratePerSecond: 1, burst: 1, concurrency: 1 },
  settings: Type.Object({}, { additionalProperties: false }),
};
