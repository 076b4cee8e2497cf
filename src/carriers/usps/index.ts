import type { CarrierAdapter } from '../carrier.js';
import { createUspsClient } from './client.js';
import { USPS_MANIFEST } from './manifest.js';
import { parseUsps } from './parse.js';
import { USPS_STATUS_MAP } from './status-map.js';

export const uspsAdapter: CarrierAdapter = {
  manifest: USPS_MANIFEST,
  statusMap: USPS_STATUS_MAP,
  parse: parseUsps,
  createClient: createUspsClient,
};

export { parseUsps, createUspsClient, USPS_MANIFEST, USPS_STATUS_MAP };
export { UspsSettingsSchema, type UspsSettings } from './settings.js';
