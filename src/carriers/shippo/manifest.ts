import type { CarrierManifest } from '../carrier.js';
import { ShippoSettingsSchema } from './settings.js';

export const SHIPPO_MANIFEST: CarrierManifest = {
  id: 'shippo',
  name: 'Shippo',
  capabilities: {
    // Webhooks only (track_updated); we never poll Shippo.
    pull: false,
    push: true,
    batchSize: 1,
    ratePerSecond: 1,
    burst: 1,
    concurrency: 1,
  },
  settings: ShippoSettingsSchema,
};
