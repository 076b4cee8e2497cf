import type { CarrierAdapter } from '../carrier.js';
import { createUpsClient } from './client.js';
import { UPS_MANIFEST } from './manifest.js';
import { parseUps } from './parse.js';
import { UPS_STATUS_MAP } from './status-map.js';

export const upsAdapter: CarrierAdapter = {
  manifest: UPS_MANIFEST,
  statusMap: UPS_STATUS_MAP,
  parse: parseUps,
  createClient: createUpsClient,
};

export { parseUps, createUpsClient, UPS_MANIFEST, UPS_STATUS_MAP };
export { UpsSettingsSchema, type UpsSettings } from './settings.js';
