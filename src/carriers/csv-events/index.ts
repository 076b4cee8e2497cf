import type { CarrierAdapter } from '../carrier.js';
import { manifest } from './manifest.js';
import { parseEventsCsv } from './parse.js';
import { CSV_STATUS_MAP } from './status-map.js';

/** A CSV of scans with a header row (columns in columns.ts and docs/imports.md). */
export const csvEventsAdapter: CarrierAdapter = {
  manifest,
  statusMap: CSV_STATUS_MAP,
  parse: parseEventsCsv,
};

export { parseEventsCsv } from './parse.js';
export { readCsv, columnName, type CsvRow, type CsvTable } from './read-csv.js';
export { EVENT_COLUMNS } from './columns.js';
