import type { EstimatedDeliveryWindow } from '../domain/shipment.js';
import { parseIsoDate } from './calendar/civil-day.js';

// Delay detection, pure: from the previous and the new estimate, the promise, the carrier's
// estimates and whether the shipment has gone quiet, decide which outbox events to emit. The
// caller writes them in the same transaction as the new estimate (transactional outbox).

export const DELAY_REASONS = ['promise_at_risk', 'carrier_estimate_slipped', 'stalled'] as const;
export type DelayReason = (typeof DELAY_REASONS)[number];

/** One estimate as the carrier gave it: when it said so (ISO instant), and the date (ISO date). */
export interface CarrierEstimateEntry {
  readonly at: string;
  readonly date: string;
}

export interface DelayCheck {
  readonly previous: EstimatedDeliveryWindow | null;
  readonly next: EstimatedDeliveryWindow;
  /** ISO date promised to the customer, if any. */
  readonly promisedDate?: string | null | undefined;
  readonly carrierEstimates?: readonly CarrierEstimateEntry[] | undefined;
  /** The shipment has gone quiet for longer than usual (see isStalled). */
  readonly stalled?: boolean | undefined;
  /** Reasons already announced for this shipment: a delay is announced once, not on every event. */
  readonly activeReasons?: readonly DelayReason[] | undefined;
}

export interface DelayThresholds {
  /** Below this probability of arriving by the promised date, the promise is at risk. */
  readonly promiseProbability: number;
  /** Smallest move of the most likely date, in days, that counts as a change. */
  readonly minShiftDays: number;
  /** Smallest move of either end of the window, in days, that counts as a change. */
  readonly minWindowShiftDays: number;
}

export const DEFAULT_DELAY_THRESHOLDS: DelayThresholds = {
  promiseProbability: 0.5,
  minShiftDays: 1,
  minWindowShiftDays: 1,
};

export type EtaOutboxEvent =
  | {
      readonly type: 'eta.changed';
      readonly payload: {
        readonly previous: EstimatedDeliveryWindow | null;
        readonly window: EstimatedDeliveryWindow;
        /** Days the most likely date moved (positive = later); null for the first estimate. */
        readonly shiftDays: number | null;
      };
    }
  | {
      readonly type: 'delay.detected';
      readonly payload: {
        readonly reason: DelayReason;
        readonly window: EstimatedDeliveryWindow;
        readonly promisedDate: string | null;
        /** Plain words for people reading the event. */
        readonly detail: string;
      };
    };

export interface DelayVerdict {
  readonly delayed: boolean;
  /** Every reason that holds now; store them as the next check's activeReasons. */
  readonly reasons: DelayReason[];
  readonly events: EtaOutboxEvent[];
}

function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return a === undefined || b === undefined ? 0 : b - a;
}

/** The carrier's latest estimate, if it is later than the first one it gave. */
function slippage(estimates: readonly CarrierEstimateEntry[]): { first: string; latest: string } | undefined {
  if (estimates.length < 2) return undefined;
  const ordered = [...estimates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = ordered[0]!.date;
  const latest = ordered[ordered.length - 1]!.date;
  return daysBetween(first, latest) > 0 ? { first, latest } : undefined;
}

export function detectDelay(
  check: DelayCheck,
  thresholds: DelayThresholds = DEFAULT_DELAY_THRESHOLDS,
): DelayVerdict {
  const { previous, next } = check;
  const events: EtaOutboxEvent[] = [];

  const shiftDays = previous ? daysBetween(previous.mostLikely, next.mostLikely) : null;
  const windowMoved =
    previous !== null &&
    (Math.abs(daysBetween(previous.earliest, next.earliest)) >= thresholds.minWindowShiftDays ||
      Math.abs(daysBetween(previous.latest, next.latest)) >= thresholds.minWindowShiftDays);
  if (shiftDays === null || Math.abs(shiftDays) >= thresholds.minShiftDays || windowMoved) {
    events.push({ type: 'eta.changed', payload: { previous, window: next, shiftDays } });
  }

  const promisedDate = check.promisedDate ?? null;
  const details = new Map<DelayReason, string>();
  if (promisedDate !== null) {
    const probability = next.probabilityByPromise;
    const atRisk =
      probability === undefined
        ? daysBetween(promisedDate, next.mostLikely) > 0
        : probability < thresholds.promiseProbability;
    if (atRisk) {
      const chance = probability === undefined ? '' : ` (${Math.round(probability * 100)}% chance)`;
      details.set(
        'promise_at_risk',
        `Unlikely to arrive by the promised ${promisedDate}${chance}; now expected ${next.mostLikely}.`,
      );
    }
  }
  const slipped = slippage(check.carrierEstimates ?? []);
  if (slipped) {
    details.set(
      'carrier_estimate_slipped',
      `The carrier moved its estimate from ${slipped.first} to ${slipped.latest}.`,
    );
  }
  if (check.stalled) {
    details.set('stalled', `No scan for longer than usual at this stage; now expected ${next.mostLikely}.`);
  }

  const active = new Set(check.activeReasons ?? []);
  const reasons = DELAY_REASONS.filter((reason) => details.has(reason));
  for (const reason of reasons) {
    if (active.has(reason)) continue;
    events.push({
      type: 'delay.detected',
      payload: { reason, window: next, promisedDate, detail: details.get(reason)! },
    });
  }
  return { delayed: reasons.length > 0, reasons, events };
}
