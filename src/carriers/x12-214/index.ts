import type { CarrierAdapter } from '../carrier.js';
import { manifest } from './manifest.js';
import { parseX12 } from './parse.js';
import { X12_STATUS_MAP } from './status-map.js';

/** ANSI X12 214 (004010 and later): the file's text in, scans and problems out. */
export const x12214Adapter: CarrierAdapter = {
  manifest,
  statusMap: X12_STATUS_MAP,
  parse: parseX12,
};

export { parseX12 } from './parse.js';
export { tokenize, readSeparators } from './tokenizer.js';
