import type { CarrierManifest } from '../carrier.js';
import { UpsSettingsSchema } from './settings.js';

export const UPS_MANIFEST: CarrierManifest = {
  id: 'ups',
  name: 'UPS',
  capabilities: {
    pull: true,
    push: false,
    // GET /api/track/v1/details/{inquiryNumber}: one number per request.
    batchSize: 1,
    // UPS publishes no fixed quota; its developer terms throttle bursts, so stay modest.
    ratePerSecond: 5,
    burst: 10,
    concurrency: 4,
  },
  settings: UpsSettingsSchema,
};
