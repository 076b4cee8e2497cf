import type { CarrierAdapter } from '../carrier.js';
import { createDhlClient } from './client.js';
import { DHL_MANIFEST } from './manifest.js';
import { parseDhl } from './parse.js';
import { DHL_STATUS_MAP } from './status-map.js';

export const dhlAdapter: CarrierAdapter = {
  manifest: DHL_MANIFEST,
  statusMap: DHL_STATUS_MAP,
  parse: parseDhl,
  createClient: createDhlClient,
};

export { parseDhl, createDhlClient, DHL_MANIFEST, DHL_STATUS_MAP };
export { DhlSettingsSchema, type DhlSettings } from './settings.js';
