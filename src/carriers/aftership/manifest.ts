import type { CarrierManifest } from '../carrier.js';
import { AftershipSettingsSchema } from './settings.js';

export const AFTERSHIP_MANIFEST: CarrierManifest = {
  id: 'aftership',
  name: 'AfterShip',
  capabilities: {
    // Webhooks only: AfterShip pushes every tracking update; we never poll it.
    pull: false,
    push: true,
    batchSize: 1,
    ratePerSecond: 1,
    burst: 1,
    concurrency: 1,
  },
  settings: AftershipSettingsSchema,
};
