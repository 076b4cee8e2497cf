import type { CarrierManifest } from '../carrier.js';
import { UspsSettingsSchema } from './settings.js';

export const USPS_MANIFEST: CarrierManifest = {
  id: 'usps',
  name: 'USPS',
  capabilities: {
    pull: true,
    push: false,
    // GET /tracking/v3/tracking/{trackingNumber}: one number per request in v3.
    batchSize: 1,
    // USPS grants each app an hourly quota (small by default, raised on request): poll gently.
    ratePerSecond: 1,
    burst: 5,
    concurrency: 2,
  },
  settings: UspsSettingsSchema,
};
