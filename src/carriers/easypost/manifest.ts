import type { CarrierManifest } from '../carrier.js';
import { EasypostSettingsSchema } from './settings.js';

export const EASYPOST_MANIFEST: CarrierManifest = {
  id: 'easypost',
  name: 'EasyPost',
  capabilities: {
    // Trackers can be read back (poll), and EasyPost pushes tracker.updated Events.
    pull: true,
    push: true,
    // POST /trackers takes one tracking code per request.
    batchSize: 1,
    // EasyPost rate-limits per account; webhooks carry most updates, so polls stay modest.
    ratePerSecond: 5,
    burst: 10,
    concurrency: 2,
  },
  settings: EasypostSettingsSchema,
};
