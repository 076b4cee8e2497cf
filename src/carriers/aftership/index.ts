import type { CarrierAdapter } from '../carrier.js';
import { AFTERSHIP_MANIFEST } from './manifest.js';
import { parseAftership } from './parse.js';
import { AFTERSHIP_STATUS_MAP } from './status-map.js';
import { verifyAftershipWebhook } from './verify.js';

export const aftershipAdapter: CarrierAdapter = {
  manifest: AFTERSHIP_MANIFEST,
  statusMap: AFTERSHIP_STATUS_MAP,
  parse: parseAftership,
  verifyWebhook: verifyAftershipWebhook,
};

export { parseAftership, verifyAftershipWebhook, AFTERSHIP_MANIFEST, AFTERSHIP_STATUS_MAP };
export { aftershipSignature } from './verify.js';
export { AftershipSettingsSchema, type AftershipSettings } from './settings.js';
