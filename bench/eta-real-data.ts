import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { EvaluationOptions } from '../src/eta/eval/evaluate.js';

// The two real delivery histories the estimates are measured on (see ../shared/data/README.md).
// They are read in place and never copied into the repository. docs/eta.md gives the same
// settings as `waybill eta-eval` commands.

export const SHARED_DATA_DIR = fileURLToPath(new URL('../../shared/data/', import.meta.url));

export interface RealDataSet {
  readonly name: string;
  readonly file: string;
  readonly options: EvaluationOptions;
  /** Date from which the latest fifth of the usable rows starts (by hand-over or purchase). */
  readonly latestFifthFrom: string;
}

export const REAL_DATA_SETS: readonly RealDataSet[] = [
  {
    name: 'Olist (Brazil, marketplace parcels)',
    file: `${SHARED_DATA_DIR}olist-orders-2016-2017.csv`,
    // Correios and couriers deliver on weekdays; Saturday deliveries are rare (5%).
    options: { zone: 'America/Sao_Paulo', country: 'BR', deliveryDays: 'mon-fri' },
    // Orders bought from here on are the latest 20%: the November 2017 (Black Friday) peak.
    latestFifthFrom: '2017-11-23',
  },
  {
    name: 'India (full-truckload trips)',
    file: `${SHARED_DATA_DIR}india-truck-trips.csv`,
    // Trucks run every day; only completed trips have a real arrival time.
    options: { zone: 'Asia/Kolkata', country: 'IN', deliveryDays: 'all', where: 'trip_completed=1' },
    // Trips started from here on are the latest 20%, the cleanest part of the export.
    latestFifthFrom: '2020-08-04',
  },
];

export function availableRealDataSets(): RealDataSet[] {
  return REAL_DATA_SETS.filter((set) => existsSync(set.file));
}
