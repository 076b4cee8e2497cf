import { WaybillError, type FieldProblem } from '../../domain/errors.js';
import type { IngestItem } from '../../ingest/ingest-item.js';
import type { SimulatorRates } from './rates.js';

export interface CarrierSimulatorOptions {
  /** Same seed, same shipments, same journeys. */
  readonly seed: number;
  /** Simulated seconds per real second: 3600 (the default) makes an hour pass every second. */
  readonly acceleration?: number | undefined;
  /** New shipments per real (wall-clock) minute, whatever the acceleration. 0 stops new ones. */
  readonly newShipmentsPerMinute?: number | undefined;
  readonly rates?: Partial<SimulatorRates> | undefined;
  readonly tenantId: string;
  /** Real time in epoch ms; injectable so tests can move time by hand. Defaults to Date.now. */
  readonly clock?: (() => number) | undefined;
  /** Where scans go, in time order, one batch at a time. */
  readonly ingest: (items: IngestItem[]) => Promise<unknown>;
  /** Told about every failed hand-over; the simulator carries on. Defaults to console.error. */
  readonly onError?: ((error: unknown) => void) | undefined;
  /** Simulated instant to start from (UTC ISO); defaults to the real clock's now. */
  readonly startAt?: string | undefined;
  /** Shipments already mid-journey when the simulator first runs, so there is movement at once. */
  readonly inFlightAtStart?: number | undefined;
  /** Real milliseconds between ticks. */
  readonly tickIntervalMs?: number | undefined;
  /**
   * When set, the simulated clock never runs more than this far ahead of the real clock: a
   * carrier never reports scans from the future. Combined with a `startAt` in the past, the
   * simulator replays that past fast, then carries on in real time.
   */
  readonly maxAheadOfClockMs?: number | undefined;
  /** Most items per ingest call. */
  readonly batchSize?: number | undefined;
}

/**
 * At 3600× a day passes in 24 real seconds, so a newcomer watches parcels cross a country in
 * about two minutes; six new shipments a real minute keeps a demo busy without flooding it.
 */
export const SIMULATOR_DEFAULTS = Object.freeze({
  acceleration: 3600,
  newShipmentsPerMinute: 6,
  inFlightAtStart: 8,
  tickIntervalMs: 250,
  batchSize: 500,
});

/** Rejects options that would make the runner spin, stall or hand over nonsense, naming each bad key. */
export function checkSimulatorOptions(options: CarrierSimulatorOptions): void {
  const problems: FieldProblem[] = [];
  const expect = (ok: boolean, field: string, message: string): void => {
    if (!ok) problems.push({ field, message });
  };
  const acceleration = options.acceleration ?? SIMULATOR_DEFAULTS.acceleration;
  const perMinute = options.newShipmentsPerMinute ?? SIMULATOR_DEFAULTS.newShipmentsPerMinute;
  expect(Number.isFinite(options.seed), 'seed', 'must be a finite number');
  expect(Number.isFinite(acceleration) && acceleration > 0, 'acceleration', 'must be above 0');
  expect(Number.isFinite(perMinute) && perMinute >= 0, 'newShipmentsPerMinute', 'must be 0 or more');
  expect(
    typeof options.tenantId === 'string' && options.tenantId.length > 0,
    'tenantId',
    'must not be empty',
  );
  expect(typeof options.ingest === 'function', 'ingest', 'must be a function');
  const startAt = options.startAt;
  expect(
    startAt === undefined || Number.isFinite(Date.parse(startAt)),
    'startAt',
    'must be an ISO 8601 instant',
  );
  const counts = [
    ['inFlightAtStart', options.inFlightAtStart, 0],
    ['tickIntervalMs', options.tickIntervalMs, 1],
    ['batchSize', options.batchSize, 1],
  ] as const;
  for (const [field, value, minimum] of counts) {
    const ok = value === undefined || (Number.isSafeInteger(value) && value >= minimum);
    expect(ok, field, `must be an integer ≥ ${minimum}`);
  }
  if (problems.length > 0) {
    const fields = problems.map((problem) => problem.field).join(', ');
    throw new WaybillError('validation_failed', `Invalid simulator options: ${fields}`, { problems });
  }
}
