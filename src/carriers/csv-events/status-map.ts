import type { StatusMapEntry } from '../carrier.js';
import { DEFAULT_SUBSTATUS, STATUSES, SUBSTATUS_CODES, SUBSTATUSES } from '../../domain/status.js';

/**
 * An events CSV speaks Waybill's own model: every substatus code stands for itself, and a bare
 * status for its default substatus. Any other value in `status` is a carrier's raw code.
 */
export const CSV_STATUS_MAP: Readonly<Record<string, StatusMapEntry>> = {
  ...Object.fromEntries(
    STATUSES.map((status) => [
      status,
      { substatus: DEFAULT_SUBSTATUS[status], meaning: SUBSTATUSES[DEFAULT_SUBSTATUS[status]].description },
    ]),
  ),
  ...Object.fromEntries(
    SUBSTATUS_CODES.map((code) => [code, { substatus: code, meaning: SUBSTATUSES[code].description }]),
  ),
};

/** Where a row with a status we do not know lands: still moving, nothing concluded. */
export const UNMAPPED_SUBSTATUS = 'in_transit.other' as const;
