import type { Location } from '../../domain/location.js';
import { statusOf, type Status, type Substatus } from '../../domain/status.js';
import { locationOf, type City } from './cities.js';
import { SIMULATOR_STATUS_MAP, type SimulatorRawCode } from './status-map.js';

/** One scan the simulator will report, stamped in the zone of the place it happens. */
export interface PlannedScan {
  /** UTC instant, ISO 8601 with `Z`. */
  readonly occurredAt: string;
  /** IANA zone of the place. */
  readonly zone: string;
  readonly status: Status;
  readonly substatus: Substatus;
  readonly rawCode: SimulatorRawCode;
  readonly rawDescription: string;
  readonly location: Location;
  /** Only on the pickup scan: the carrier's delivery estimate (local date at the destination). */
  readonly carrierEstimate?: string | undefined;
}

const MINUTE_MS = 60_000;

/** `hours` after `instantMs`, in whole minutes and never less than one: scans must move forward. */
export function hoursLater(instantMs: number, hours: number): number {
  return instantMs + Math.max(1, Math.round(hours * 60)) * MINUTE_MS;
}

/** A journey's scans as they are planned, kept in strict time order. */
export class Itinerary {
  readonly #scans: PlannedScan[] = [];
  #lastMs = Number.NEGATIVE_INFINITY;

  get scans(): readonly PlannedScan[] {
    return this.#scans;
  }

  /** Records a scan and returns its instant, so the next step can start from it. */
  scan(
    instantMs: number,
    rawCode: SimulatorRawCode,
    place: City,
    extra: { readonly description?: string; readonly carrierEstimate?: string } = {},
  ): number {
    // A scan out of order would be a planner bug; users would see parcels travel back in time.
    if (!(instantMs > this.#lastMs)) {
      throw new Error(
        `Scan ${rawCode} at ${new Date(instantMs).toISOString()} is not after the previous scan`,
      );
    }
    this.#lastMs = instantMs;
    const { substatus, text } = SIMULATOR_STATUS_MAP[rawCode];
    // One object shape for every scan (carrierEstimate present even when undefined) keeps a
    // 100,000-journey history on V8's fast path.
    this.#scans.push({
      occurredAt: new Date(instantMs).toISOString(),
      zone: place.zone,
      status: statusOf(substatus),
      substatus,
      rawCode,
      rawDescription: extra.description ?? text,
      location: locationOf(place),
      carrierEstimate: extra.carrierEstimate,
    });
    return instantMs;
  }
}
