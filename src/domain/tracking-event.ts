import type { Location } from './location.js';
import type { Status, Substatus } from './status.js';

export type EventSourceMode = 'pull' | 'push' | 'import' | 'manual' | 'simulator';

export interface EventSource {
  /** Adapter id, such as `ups`, `x12-214` or `simulator`. */
  readonly adapter: string;
  readonly mode: EventSourceMode;
  /** The request, webhook delivery or file that carried the event, when known. */
  readonly requestId?: string | undefined;
}

/**
 * One checkpoint (scan) in a shipment's timeline, already normalised onto our status model.
 * `occurredAt` is the UTC instant; `zone` keeps what the carrier said about local time
 * (an offset such as `+02:00` or an IANA zone such as `Europe/Berlin`), so pages can show
 * the scan in the place's own time.
 */
export interface TrackingEvent {
  readonly occurredAt: string;
  readonly zone: string;
  readonly status: Status;
  readonly substatus: Substatus;
  readonly rawCode: string;
  readonly rawDescription: string;
  readonly location: Location | null;
  readonly source: EventSource;
  /** Deterministic: the same scan from any channel yields the same key (see dedupeKeyOf). */
  readonly dedupeKey: string;
  /** When set, this event is the carrier's correction of the event with that dedupe key. */
  readonly corrects?: string | undefined;
  /** The carrier's own delivery estimate carried by this scan (ISO date), if any. */
  readonly carrierEstimate?: string | undefined;
}
