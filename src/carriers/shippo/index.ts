import type { CarrierAdapter } from '../carrier.js';
import { SHIPPO_MANIFEST } from './manifest.js';
import { parseShippo } from './parse.js';
import { SHIPPO_CODES } from './status-map.js';
import { verifyShippoWebhook } from './verify.js';

export const shippoAdapter: CarrierAdapter = {
  manifest: SHIPPO_MANIFEST,
  statusMap: SHIPPO_CODES,
  parse: parseShippo,
  verifyWebhook: verifyShippoWebhook,
};

export { parseShippo, verifyShippoWebhook, SHIPPO_MANIFEST };
export { shippoSignature, type ShippoWebhookRequest } from './verify.js';
export { ShippoSettingsSchema, type ShippoSettings } from './settings.js';
