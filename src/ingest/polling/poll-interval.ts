import type { Status } from '../../domain/status.js';

/** The schedule's knobs, in milliseconds (built from `carriers.polling`). */
export interface PollSchedule {
  readonly outForDeliveryMs: number;
  readonly inTransitMs: number;
  readonly preTransitMs: number;
  /** Each unchanged poll doubles the interval, up to this factor. */
  readonly maxBackoffFactor: number;
  readonly maxIntervalMs: number;
  readonly deliveredGraceMs: number;
  readonly notFoundExpiryMs: number;
  /** Spread of each interval, as a fraction (0.1: ±10 %). */
  readonly jitter: number;
}

/** What the schedule looks at for one tracking number. */
export interface PollState {
  readonly status: Status;
  /** Polls in a row whose answer did not change. */
  readonly unchangedPolls: number;
  /** Instant of the carrier's newest scan, if any. */
  readonly lastEventAt: string | null;
  readonly deliveredAt: string | null;
  /** Null while the carrier has never known the number. */
  readonly firstSeenByCarrierAt: string | null;
  /** Newest registration of the number: the not-found window runs from here. */
  readonly registeredAt: string;
}

export type PollDecision =
  | { readonly kind: 'poll'; readonly at: Date }
  /** Nothing more to learn: stop polling. */
  | { readonly kind: 'finish' }
  /** The carrier never knew the number within the window: mark it expired, then stop. */
  | { readonly kind: 'expire' };

/** Statuses after which a shipment only gets the grace-period polls (for carrier corrections). */
const FINAL: ReadonlySet<Status> = new Set<Status>(['delivered', 'cancelled', 'expired']);

/** How often a status is worth asking about before any back-off. */
export function baseIntervalMs(status: Status, schedule: PollSchedule): number {
  switch (status) {
    case 'out_for_delivery':
    case 'attempt_failed':
      return schedule.outForDeliveryMs;
    case 'pending':
    case 'info_received':
      return schedule.preTransitMs;
    default:
      return schedule.inTransitMs;
  }
}

/**
 * When to poll a number next. Pure: the clock and the random source come in, so the same
 * inputs always give the same answer. `random` returns a number in [0, 1).
 */
export function nextPoll(
  state: PollState,
  now: Date,
  schedule: PollSchedule,
  random: () => number,
): PollDecision {
  const nowMs = now.getTime();
  if (FINAL.has(state.status)) {
    const since = Date.parse(state.deliveredAt ?? state.lastEventAt ?? now.toISOString());
    const graceEnds = since + schedule.deliveredGraceMs;
    if (nowMs >= graceEnds) return { kind: 'finish' };
    const at = Math.min(nowMs + jittered(schedule.inTransitMs, schedule.jitter, random), graceEnds);
    return { kind: 'poll', at: new Date(at) };
  }
  if (
    state.firstSeenByCarrierAt === null &&
    nowMs - Date.parse(state.registeredAt) >= schedule.notFoundExpiryMs
  ) {
    return { kind: 'expire' };
  }
  const factor = Math.min(2 ** Math.min(state.unchangedPolls, 30), schedule.maxBackoffFactor);
  const interval = Math.min(baseIntervalMs(state.status, schedule) * factor, schedule.maxIntervalMs);
  return { kind: 'poll', at: new Date(nowMs + jittered(interval, schedule.jitter, random)) };
}

/** `ms` spread by ±jitter. */
export function jittered(ms: number, jitter: number, random: () => number): number {
  return Math.max(0, ms * (1 + jitter * (2 * random() - 1)));
}

/**
 * Delay before retrying after a failed request: exponential in the failures so far, capped,
 * jittered, and never sooner than the carrier's Retry-After.
 */
export function retryDelayMs(
  failures: number,
  options: { baseMs: number; maxMs: number; jitter: number; retryAfterMs?: number | undefined },
  random: () => number,
): number {
  const exponential = Math.min(options.baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 30), options.maxMs);
  const delay = jittered(exponential, options.jitter, random);
  return Math.max(delay, options.retryAfterMs ?? 0);
}
