import type { CarrierManifest } from '../carrier.js';
import { FedexSettingsSchema } from './settings.js';

export const FEDEX_MANIFEST: CarrierManifest = {
  id: 'fedex',
  name: 'FedEx',
  capabilities: {
    pull: true,
    push: false,
    // POST /track/v1/trackingnumbers takes at most 30 trackingInfo entries.
    batchSize: 30,
    // FedEx throttles per project (documented as a per-10-seconds quota); stay well under it.
    ratePerSecond: 5,
    burst: 10,
    concurrency: 2,
  },
  settings: FedexSettingsSchema,
};
