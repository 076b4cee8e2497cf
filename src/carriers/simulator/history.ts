import { WaybillError, type FieldProblem } from '../../domain/errors.js';
import type { IngestItem } from '../../ingest/ingest-item.js';
import { ingestItemOf } from './ingest-items.js';
import { planNthJourney } from './nth-journey.js';
import { createRandom, deriveSeed } from './random.js';
import { resolveRates, type SimulatorRates } from './rates.js';
import { DAY_MS, MINUTE_MS } from './zone-time.js';

export interface HistoryOptions {
  readonly seed: number;
  /** How many shipments to generate. */
  readonly shipments: number;
  /** UTC instant (ISO 8601) the history runs up to; no scan is later. */
  readonly now: string;
  readonly tenantId: string;
  readonly rates?: Partial<SimulatorRates> | undefined;
  /** Most items per yielded batch. */
  readonly batchSize: number;
}

/** Labels are spread over the month before `now`, so the history holds every stage of a journey. */
const HISTORY_DAYS = 30;
/**
 * History numbers come from their own stream of the seed, so `waybill simulate` and the live
 * runner can share a seed without issuing the same tracking number for two different parcels.
 */
const HISTORY_STREAM = 0x4157;

/**
 * Past journeys as ingest batches, for `waybill simulate --shipments N` and benchmarks. Shipments
 * are planned one at a time and batches are yielded as they fill, so memory stays flat however
 * many shipments are asked for. A shipment's scans come in time order and, where a batch boundary
 * falls inside a shipment, continue at the start of the next batch.
 */
export function* generateHistory(options: HistoryOptions): Generator<IngestItem[], void, undefined> {
  const nowMs = checkHistoryOptions(options);
  const rates = resolveRates(options.rates);
  const seed = deriveSeed(options.seed, HISTORY_STREAM);
  // Scan instants are all toISOString output, so against the same format a string comparison is
  // exact, and cheaper than parsing 800,000 dates.
  const nowIso = new Date(nowMs).toISOString();
  let batch: IngestItem[] = [];
  for (let sequence = 0; sequence < options.shipments; sequence += 1) {
    const labelRng = createRandom(deriveSeed(seed, sequence, HISTORY_STREAM));
    const labelMs = nowMs - Math.floor(labelRng() * HISTORY_DAYS * (DAY_MS / MINUTE_MS)) * MINUTE_MS;
    const journey = planNthJourney({
      seed,
      sequence,
      labelCreatedAt: new Date(labelMs).toISOString(),
      rates,
    });
    for (const scan of journey.scans) {
      if (scan.occurredAt > nowIso) break;
      batch.push(ingestItemOf(journey, scan, options.tenantId));
      if (batch.length >= options.batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

function checkHistoryOptions(options: HistoryOptions): number {
  const nowMs = Date.parse(options.now);
  const problems: FieldProblem[] = [];
  if (!Number.isFinite(nowMs)) problems.push({ field: 'now', message: 'must be an ISO 8601 instant' });
  if (!Number.isSafeInteger(options.shipments) || options.shipments < 0) {
    problems.push({ field: 'shipments', message: 'must be an integer ≥ 0' });
  }
  if (!Number.isSafeInteger(options.batchSize) || options.batchSize < 1) {
    problems.push({ field: 'batchSize', message: 'must be an integer ≥ 1' });
  }
  if (!options.tenantId) problems.push({ field: 'tenantId', message: 'must not be empty' });
  if (problems.length > 0) {
    const fields = problems.map((problem) => problem.field).join(', ');
    throw new WaybillError('validation_failed', `Invalid history options: ${fields}`, { problems });
  }
  return nowMs;
}
