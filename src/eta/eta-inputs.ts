// What the delivery-date model learns from and is asked, and its options (eta-model.ts is the model).
import type { DeliveryDays } from './calendar/delivery-days.js';
import type { Lane } from './lane.js';
import type { Milestone, MilestoneTimes } from './milestone.js';
import type { EstimateSource } from './prediction.js';

/** A delivered shipment, as the model learns from it. Instants are ms since the epoch (UTC). */
export interface DeliveredShipment {
  readonly lane: Lane;
  /** IANA zone of the destination: days are counted in its calendar. */
  readonly zone: string;
  readonly deliveredAt: number;
  /** When each milestone was first reached (see milestoneTimesOf). */
  readonly milestones: MilestoneTimes;
  /** The carrier's first estimate (ISO date), so the model learns how far to trust this carrier's. */
  readonly carrierEstimate?: string | undefined;
  /** The date promised to the customer (ISO date), likewise. */
  readonly promisedDate?: string | undefined;
}

export interface EtaQuery {
  readonly lane: Lane;
  readonly zone: string;
  /** The latest milestone reached and when. */
  readonly milestone: Milestone;
  readonly milestoneAt: number;
  /** The moment of prediction; the shipment is known not to be delivered before it. */
  readonly now: number;
  /** The carrier's latest estimate (ISO date), if it gives one. */
  readonly carrierEstimate?: string | undefined;
  readonly promisedDate?: string | undefined;
}

export interface EtaModelOptions {
  /**
   * Deliveries lose half their weight after this many days (Infinity: never), or `'learned'`:
   * the half-life the history itself favours (half-life.ts), retuned as deliveries arrive.
   */
  readonly halfLifeDays?: number | 'learned';
  /** How many deliveries a parent group's distribution counts for in a child's (shrinkage). */
  readonly shrinkageStrength?: number;
  /** Probability mass the window aims to cover. */
  readonly windowCoverage?: number;
  /** Quantile used as the most likely date (0.5 minimises the mean error in days). */
  readonly pointQuantile?: number;
  /** Cap on tracked groups, which bounds memory; groups beyond it fall back to their parents. */
  readonly maxGroups?: number;
  /**
   * Move the window's aimed-at mass when the windows shown stop holding `windowCoverage` of the
   * deliveries (see window-calibration.ts). Needs recordWindowOutcome to be called.
   */
  readonly adaptiveWindow?: boolean;
  /** Which outside estimates to blend in when a query carries them. */
  readonly blend?: readonly EstimateSource[];
  /**
   * Overrides the published delivery days, e.g. for a carrier the table does not know. It may only
   * depend on the carrier, service and destination: the answer is cached per those.
   */
  readonly deliveryDaysOf?: (lane: Lane) => DeliveryDays | undefined;
  /**
   * Read the parcels still under way (told through `handedOver`) as right-censored observations,
   * so a lane that slows down moves its estimates before its slow parcels arrive (slowdown.ts).
   */
  readonly censored?: boolean;
  /**
   * From purchase, add the merchant's own handling time (order to hand-over, learned per merchant
   * and ship-from region) to the lane's transit from hand-over (handling.ts).
   */
  readonly handling?: boolean;
  /**
   * The carrier's daily cut-off (local hour of the destination's zone, 0–24): a hand-over at or
   * after it counts from the next day. Unset: every hand-over counts from its own day.
   */
  readonly cutoffHour?: number | undefined;
}

/** A parcel handed to the carrier, for the censored reading of its lane. */
export interface HandOver {
  readonly lane: Lane;
  readonly zone: string;
  /** When it was handed over (ms since the epoch). */
  readonly at: number;
}

export const DEFAULT_ETA_OPTIONS = {
  // 'learned' was measured against it and lost (docs/eta.md, Recency): it stays an option.
  halfLifeDays: 90 as number | 'learned',
  shrinkageStrength: 20,
  windowCoverage: 0.8,
  pointQuantile: 0.5,
  maxGroups: 250_000,
  adaptiveWindow: true,
  blend: ['carrier', 'promise'] as readonly EstimateSource[],
  censored: true,
  handling: true,
} as const;
