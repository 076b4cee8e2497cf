import type { CarrierAdapter } from '../carrier.js';
import { manifest } from './manifest.js';
import { parseEpcis } from './parse.js';
import { EPCIS_STATUS_MAP } from './status-map.js';

/** GS1 EPCIS 2.0 ObjectEvents (JSON / JSON-LD): a document, an event list or one event. */
export const epcisAdapter: CarrierAdapter = {
  manifest,
  statusMap: EPCIS_STATUS_MAP,
  parse: parseEpcis,
};

export { parseEpcis, EPCIS_CARRIER } from './parse.js';
