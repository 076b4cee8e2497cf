import type { CarrierAdapter } from '../carrier.js';
import { createEasypostClient } from './client.js';
import { EASYPOST_MANIFEST } from './manifest.js';
import { parseEasypost } from './parse.js';
import { EASYPOST_CODES } from './status-map.js';
import { verifyEasypostWebhook } from './verify.js';

export const easypostAdapter: CarrierAdapter = {
  manifest: EASYPOST_MANIFEST,
  statusMap: EASYPOST_CODES,
  parse: parseEasypost,
  createClient: createEasypostClient,
  verifyWebhook: verifyEasypostWebhook,
};

export { parseEasypost, createEasypostClient, verifyEasypostWebhook, EASYPOST_MANIFEST };
export { easypostSignature } from './verify.js';
export { EasypostSettingsSchema, type EasypostSettings } from './settings.js';
