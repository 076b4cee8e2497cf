import type { CarrierAdapter } from '../carrier.js';
import { createFedexClient } from './client.js';
import { FEDEX_MANIFEST } from './manifest.js';
import { parseFedex } from './parse.js';
import { FEDEX_STATUS_MAP } from './status-map.js';

export const fedexAdapter: CarrierAdapter = {
  manifest: FEDEX_MANIFEST,
  statusMap: FEDEX_STATUS_MAP,
  parse: parseFedex,
  createClient: createFedexClient,
};

export { parseFedex, createFedexClient, FEDEX_MANIFEST, FEDEX_STATUS_MAP };
export { FedexSettingsSchema, type FedexSettings } from './settings.js';
