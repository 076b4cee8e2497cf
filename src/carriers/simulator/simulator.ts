import type { IngestItem } from '../../ingest/ingest-item.js';
import { ingestItemOf } from './ingest-items.js';
import { planNthJourney } from './nth-journey.js';
import { between, createRandom, deriveSeed } from './random.js';
import { resolveRates, type SimulatorRates } from './rates.js';
import { ScanQueue } from './scan-queue.js';
import { MINUTE_MS } from './zone-time.js';
import {
  SIMULATOR_DEFAULTS,
  checkSimulatorOptions,
  type CarrierSimulatorOptions,
} from './simulator-options.js';

export type { CarrierSimulatorOptions } from './simulator-options.js';

/** Keeps the label times of the shipments seeded at start apart from every other random stream. */
const IN_FLIGHT_STREAM = 0x1f11;

export interface SimulatorProgress {
  readonly shipmentsPlanned: number;
  readonly scansHandedOver: number;
  readonly journeysUnderWay: number;
  /** Simulated instant (UTC ISO) up to which every due scan has been handed over. */
  readonly simulatedUntil: string;
}

/**
 * The built-in carrier, live: parcels move on a simulated clock that runs `acceleration` times
 * faster than the real one, and each scan is pushed to `ingest` once its simulated time comes,
 * as a carrier's webhook would push it.
 *
 * Work runs one tick at a time, so batches reach `ingest` strictly in time order; a tick that
 * comes round while the previous one is still waiting on `ingest` is skipped, not queued.
 */
export class CarrierSimulator {
  readonly #options: CarrierSimulatorOptions;
  readonly #rates: SimulatorRates;
  readonly #clock: () => number;
  readonly #acceleration: number;
  readonly #startMs: number;
  /** Simulated ms between new shipments. */
  readonly #spacingMs: number;
  readonly #queue = new ScanQueue();
  #seeded = false;
  #nextSequence = 0;
  #newShipments = 0;
  #scansHandedOver = 0;
  #reachedMs: number;
  #timer: ReturnType<typeof setInterval> | undefined;
  #anchor = { realMs: 0, simulatedMs: 0 };
  #busy = false;
  #tail: Promise<void> = Promise.resolve();

  constructor(options: CarrierSimulatorOptions) {
    checkSimulatorOptions(options);
    this.#options = options;
    this.#rates = resolveRates(options.rates);
    this.#clock = options.clock ?? Date.now;
    this.#acceleration = options.acceleration ?? SIMULATOR_DEFAULTS.acceleration;
    this.#startMs = options.startAt === undefined ? this.#clock() : Date.parse(options.startAt);
    this.#reachedMs = this.#startMs;
    const perMinute = options.newShipmentsPerMinute ?? SIMULATOR_DEFAULTS.newShipmentsPerMinute;
    this.#spacingMs = perMinute > 0 ? (60_000 * this.#acceleration) / perMinute : Number.POSITIVE_INFINITY;
  }

  /** The simulated instant in epoch ms: moving while started, frozen where it got to when stopped. */
  get simulatedNow(): number {
    if (this.#timer === undefined) return this.#reachedMs;
    const accelerated = this.#anchor.simulatedMs + (this.#clock() - this.#anchor.realMs) * this.#acceleration;
    const cap = this.#options.maxAheadOfClockMs;
    return cap === undefined
      ? accelerated
      : Math.max(this.#reachedMs, Math.min(accelerated, this.#clock() + cap));
  }

  get progress(): SimulatorProgress {
    return {
      shipmentsPlanned: this.#nextSequence,
      scansHandedOver: this.#scansHandedOver,
      journeysUnderWay: this.#queue.journeysUnderWay,
      simulatedUntil: new Date(this.#reachedMs).toISOString(),
    };
  }

  /** Starts ticking on a real timer; the simulated clock carries on from where it stood. */
  start(): void {
    if (this.#timer !== undefined) return;
    this.#anchor = { realMs: this.#clock(), simulatedMs: this.#reachedMs };
    const interval = this.#options.tickIntervalMs ?? SIMULATOR_DEFAULTS.tickIntervalMs;
    this.#timer = setInterval(() => this.#tick(), interval);
    // The simulator is never what should keep a process alive.
    this.#timer.unref();
    this.#tick();
  }

  /** Stops the timer; resolves once the batch being handed over (if any) has been dealt with. */
  async stop(): Promise<void> {
    if (this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
    await this.#tail;
  }

  /**
   * Moves simulated time to `simulatedMs` (never backwards) and hands over everything due by
   * then; resolves when `ingest` has taken it all. For tests, benchmarks and the CLI.
   */
  tickUntil(simulatedMs: number): Promise<void> {
    const work = this.#tail.then(() => this.#advance(simulatedMs));
    this.#tail = work.catch(() => undefined);
    return work;
  }

  #tick(): void {
    if (this.#busy) return;
    this.#busy = true;
    const target = this.simulatedNow;
    const work = this.#tail.then(() => this.#advance(target));
    this.#tail = work
      .catch((error: unknown) => this.#report(error))
      .finally(() => {
        this.#busy = false;
      });
  }

  async #advance(targetMs: number): Promise<void> {
    if (!this.#seeded) this.#seedInFlight();
    this.#registerNewShipments(targetMs);
    const due = this.#queue.takeDue(targetMs);
    this.#reachedMs = Math.max(this.#reachedMs, targetMs);
    const { tenantId, ingest } = this.#options;
    const batchSize = this.#options.batchSize ?? SIMULATOR_DEFAULTS.batchSize;
    for (let start = 0; start < due.length; start += batchSize) {
      const batch: IngestItem[] = due
        .slice(start, start + batchSize)
        .map(({ journey, scan }) => ingestItemOf(journey, scan, tenantId));
      try {
        await ingest(batch);
        this.#scansHandedOver += batch.length;
      } catch (error) {
        // A real carrier does not stop because one webhook delivery failed.
        this.#report(error);
      }
    }
  }

  /** Shipments whose labels were printed hours or days before the start, now somewhere en route. */
  #seedInFlight(): void {
    this.#seeded = true;
    const count = this.#options.inFlightAtStart ?? SIMULATOR_DEFAULTS.inFlightAtStart;
    for (let index = 0; index < count; index += 1) {
      const rng = createRandom(deriveSeed(this.#options.seed, IN_FLIGHT_STREAM, index));
      const labelMs = this.#startMs - Math.round(between(rng, 2, 72) * 60) * MINUTE_MS;
      this.#plan(labelMs);
    }
  }

  #registerNewShipments(untilMs: number): void {
    if (!Number.isFinite(this.#spacingMs)) return;
    for (
      let labelMs = this.#startMs + this.#newShipments * this.#spacingMs;
      labelMs <= untilMs;
      labelMs = this.#startMs + this.#newShipments * this.#spacingMs
    ) {
      this.#newShipments += 1;
      this.#plan(labelMs);
    }
  }

  #plan(labelMs: number): void {
    const journey = planNthJourney({
      seed: this.#options.seed,
      sequence: this.#nextSequence,
      labelCreatedAt: new Date(Math.floor(labelMs)).toISOString(),
      rates: this.#rates,
    });
    this.#nextSequence += 1;
    this.#queue.add(journey);
  }

  #report(error: unknown): void {
    try {
      (this.#options.onError ?? defaultOnError)(error);
    } catch {
      // An error handler that throws must not take the process down either.
    }
  }
}

function defaultOnError(error: unknown): void {
  console.error('[simulator] could not hand scans to the pipeline:', error);
}
