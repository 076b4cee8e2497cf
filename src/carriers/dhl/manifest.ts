import type { CarrierManifest } from '../carrier.js';
import { DhlSettingsSchema } from './settings.js';

export const DHL_MANIFEST: CarrierManifest = {
  id: 'dhl',
  name: 'DHL',
  capabilities: {
    pull: true,
    push: false,
    // GET /track/shipments?trackingNumber=…: one number per request.
    batchSize: 1,
    // DHL's default plan allows about one call per second (and a daily cap); stay at it.
    ratePerSecond: 1,
    burst: 1,
    concurrency: 1,
  },
  settings: DhlSettingsSchema,
};
