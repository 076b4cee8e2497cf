import { isoDateOf, isoInstantOf, parseIsoDate } from './calendar/civil-day.js';
import { deliveryCalendarFor, type DeliveryCalendar } from './calendar/delivery-calendar.js';
import { localDayOf } from './calendar/local-day.js';
import { basisFactsOf, basisOf, dominantLevel } from './basis.js';
import { HierarchicalHistograms } from './hierarchy.js';
import { laneKeysOf, type Lane } from './lane.js';
import { MILESTONE_RANK, MILESTONES, type Milestone } from './milestone.js';
import { errorsAsTransit, trustOf } from './estimate-blend.js';
import { logPool, splitNormalPmf, truncateBelow } from './pmf.js';
import { summarise, type EstimateSource, type Prediction } from './prediction.js';
import { convolveHandling, handlingKeysOf, originCalendarOf } from './handling.js';
import { HalfLifeLearner, type HalfLifeScore } from './half-life.js';
import { RecencyClock } from './recency.js';
import { OpenParcels } from './slowdown.js';
import { serviceLevelOf, transitDaysFrom, type ServiceLevel } from './service-levels.js';
import { WindowCalibrator, type WindowOutcome } from './window-calibration.js';
import {
  DEFAULT_ETA_OPTIONS,
  type DeliveredShipment,
  type EtaModelOptions,
  type EtaQuery,
  type HandOver,
} from './eta-inputs.js';

const MS_PER_HOUR = 3_600_000;

/** Milestones whose time left a slowdown of the lane lengthens (later ones are past the lane). */
const SLOWED = new Set<Milestone>(['purchase', 'shipped', 'in_transit']);

/** Transit: business days after the milestone's date. Estimate errors: business days late (+) or early (−). */
const TRANSIT_SIZE = 128;
const MIN_ERROR_DAYS = -63;
const MAX_ERROR_DAYS = 127;
/** Before any history, an estimate is assumed to be off by a few days either way. */
const ERROR_PRIOR: readonly [number, number, number] = [-3, 0, 3];
const SOURCES: readonly EstimateSource[] = ['carrier', 'promise'];
/** Open parcels are counted per origin-region → destination-region lane. */
const LANE_LEVEL = 5;
/** A learned half-life starts here, and is only trusted once this many deliveries were scored. */
const INITIAL_HALF_LIFE_DAYS = 90;
const MIN_SCORED_FOR_HALF_LIFE = 500;
/** How often (in deliveries) the learned half-life is looked at. */
const HALF_LIFE_REVIEW_EVERY = 100;

/** Moves a pmf `days` later; what would fall off the end stays on the last day. */
function shiftRight(pmf: Float64Array, days: number): void {
  let overflow = 0;
  for (let i = pmf.length - days; i < pmf.length; i++) overflow += pmf[i]!;
  for (let i = pmf.length - 1; i >= days; i--) pmf[i] = pmf[i - days]!;
  for (let i = 0; i < days && i < pmf.length; i++) pmf[i] = 0;
  pmf[pmf.length - 1]! += overflow;
}

/** What a lane's destination and service fix: its calendar, published level and cold-start priors. */
interface Place {
  readonly calendar: DeliveryCalendar;
  readonly serviceLevel: ServiceLevel;
  readonly priors: (Float64Array | undefined)[];
}

export class EtaModel {
  readonly options: Required<Omit<EtaModelOptions, 'deliveryDaysOf' | 'cutoffHour'>> &
    Pick<EtaModelOptions, 'deliveryDaysOf' | 'cutoffHour'>;
  private readonly transit: HierarchicalHistograms;
  private readonly errors: HierarchicalHistograms;
  private readonly clock: RecencyClock;
  private readonly halfLifeLearner: HalfLifeLearner | undefined;
  private readonly places = new Map<string, Place>();
  private readonly errorPrior: Float64Array;
  // Scratch space reused by every prediction: allocating typed arrays costs more than the maths.
  private readonly transitPmf = new Float64Array(TRANSIT_SIZE);
  private readonly errorPmf: Float64Array;
  private readonly sourcePmfs = SOURCES.map(() => new Float64Array(TRANSIT_SIZE));
  private readonly pooledPmf = new Float64Array(TRANSIT_SIZE);
  private readonly survivalTail = new Float64Array(TRANSIT_SIZE + 1);
  private readonly shippedPmf = new Float64Array(TRANSIT_SIZE);
  private readonly handling: HierarchicalHistograms;
  private readonly handlingPrior: Float64Array;
  private readonly handlingPmf = new Float64Array(TRANSIT_SIZE);
  private readonly handOverPmf = new Float64Array(TRANSIT_SIZE);
  private readonly orderedPmf = new Float64Array(TRANSIT_SIZE);
  /** Parcels under way per lane (the state-to-state lane key), for slowdowns. */
  readonly openParcels = new OpenParcels();
  /** One per milestone: windows from "picked up" and from "out for delivery" err differently. */
  private readonly calibrators: WindowCalibrator[];
  /** Deliveries observed. */
  deliveries = 0;

  constructor(options: EtaModelOptions = {}) {
    // An option given as undefined means "the default", not "nothing".
    const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
    this.options = { ...DEFAULT_ETA_OPTIONS, ...given };
    const { shrinkageStrength, maxGroups } = this.options;
    this.transit = new HierarchicalHistograms(0, TRANSIT_SIZE - 1, shrinkageStrength, maxGroups);
    this.errors = new HierarchicalHistograms(MIN_ERROR_DAYS, MAX_ERROR_DAYS, shrinkageStrength, maxGroups);
    const { halfLifeDays } = this.options;
    this.clock = new RecencyClock(halfLifeDays === 'learned' ? INITIAL_HALF_LIFE_DAYS : halfLifeDays);
    this.halfLifeLearner = halfLifeDays === 'learned' ? new HalfLifeLearner() : undefined;
    this.errorPrior = splitNormalPmf(this.errors.size, MIN_ERROR_DAYS, ...ERROR_PRIOR);
    this.errorPmf = new Float64Array(this.errors.size);
    this.handling = new HierarchicalHistograms(0, TRANSIT_SIZE - 1, shrinkageStrength, maxGroups);
    // Shops hand over the same day to a few days later: the published levels' "handling time".
    this.handlingPrior = splitNormalPmf(TRANSIT_SIZE, 0, 0, 1, 3);
    this.calibrators = MILESTONES.map(() => new WindowCalibrator(this.options.windowCoverage));
  }

  /**
   * Feedback on a window shown from `milestone`: the delivery came before it, inside, or after it
   * (known as soon as its last day passes). Keeps later windows calibrated when the world shifts (no-op unless adaptiveWindow).
   */
  recordWindowOutcome(milestone: Milestone, outcome: WindowOutcome): void {
    if (this.options.adaptiveWindow) this.calibrators[MILESTONE_RANK[milestone]]!.record(outcome);
  }

  /** The mass windows from each milestone currently aim for, and the share that held. */
  windowCalibration(): Record<Milestone, { level: number; coverage: number; outcomes: number }> {
    const out = {} as Record<Milestone, { level: number; coverage: number; outcomes: number }>;
    for (const milestone of MILESTONES) {
      const c = this.calibrators[MILESTONE_RANK[milestone]]!;
      out[milestone] = { level: c.level, coverage: c.coverage, outcomes: c.outcomes };
    }
    return out;
  }

  /** `regionKey` is the lane's key at the destination-region level: carrier, service, destination. */
  private placeOf(lane: Lane, regionKey: string): Place {
    let place = this.places.get(regionKey);
    if (!place) {
      const serviceLevel = serviceLevelOf(lane.carrier, lane.service);
      const deliveryDays = this.options.deliveryDaysOf?.(lane) ?? serviceLevel.deliveryDays;
      const country = lane.destination?.country;
      const destination = country ? { country, region: lane.destination?.region } : undefined;
      place = { calendar: deliveryCalendarFor(deliveryDays, destination), serviceLevel, priors: [] };
      this.places.set(regionKey, place);
    }
    return place;
  }

  private priorOf(place: Place, milestone: Milestone): Float64Array {
    const rank = MILESTONE_RANK[milestone];
    let prior = place.priors[rank];
    if (!prior) {
      prior = splitNormalPmf(TRANSIT_SIZE, 0, ...transitDaysFrom(milestone, place.serviceLevel));
      place.priors[rank] = prior;
    }
    return prior;
  }

  /** A parcel was handed to the carrier: it is under way until `observe` sees it delivered. */
  handedOver(parcel: HandOver): void {
    if (!this.options.censored) return;
    this.openParcels.handedOver(laneKeysOf(parcel.lane)[LANE_LEVEL]!, localDayOf(parcel.at, parcel.zone));
  }

  /** Learns from one delivered shipment; the order of calls does not need to be by time. */
  observe(delivery: DeliveredShipment): void {
    const keys = laneKeysOf(delivery.lane);
    const shippedAt = delivery.milestones.shipped;
    if (this.options.censored && shippedAt !== undefined)
      this.openParcels.delivered(keys[LANE_LEVEL]!, localDayOf(shippedAt, delivery.zone));
    const { calendar } = this.placeOf(delivery.lane, keys[4]!);
    const delivered = localDayOf(delivery.deliveredAt, delivery.zone);
    const weight = this.clock.weightOf(delivery.deliveredAt, (factor) => this.rebase(factor));
    for (const milestone of MILESTONES) {
      const at = delivery.milestones[milestone];
      if (at === undefined || at > delivery.deliveredAt) continue;
      const days = calendar.businessDaysBetween(this.startDayOf(milestone, at, delivery.zone), delivered);
      this.transit.observe(MILESTONE_RANK[milestone], keys, days, weight);
      if (milestone === 'shipped') this.learnHalfLife(keys[LANE_LEVEL]!, at, delivery.deliveredAt, days);
    }
    this.observeHandling(delivery, weight);
    const estimates = [delivery.carrierEstimate, delivery.promisedDate];
    for (let s = 0; s < SOURCES.length; s++) {
      const text = estimates[s];
      const day = text === undefined ? undefined : parseIsoDate(text);
      if (day === undefined) continue;
      this.errors.observe(s, keys, calendar.businessDaysBetween(day, delivered), weight);
    }
    this.deliveries++;
  }

  private observeHandling(delivery: DeliveredShipment, weight: number): void {
    const { purchase, shipped } = delivery.milestones;
    if (!this.options.handling || purchase === undefined || shipped === undefined || shipped < purchase)
      return;
    const days = originCalendarOf(delivery.lane).businessDaysBetween(
      localDayOf(purchase, delivery.zone),
      this.startDayOf('shipped', shipped, delivery.zone),
    );
    this.handling.observe(0, handlingKeysOf(delivery.lane), Math.min(days, TRANSIT_SIZE - 1), weight);
  }

  /**
   * From purchase: the merchant's handling time followed by the lane's transit from hand-over
   * (slowed down like it when the lane's open parcels run late), into `orderedPmf`.
   */
  private fromOrder(
    query: EtaQuery,
    keys: readonly string[],
    place: Place,
    from: number,
    scale: number,
    slowdown: number,
  ): Float64Array {
    this.handling.shrink(0, handlingKeysOf(query.lane), this.handlingPrior, scale, this.handlingPmf);
    this.transit.shrink(
      MILESTONE_RANK.shipped,
      keys,
      this.priorOf(place, 'shipped'),
      scale,
      this.handOverPmf,
    );
    if (slowdown > 0) shiftRight(this.handOverPmf, slowdown);
    return convolveHandling(
      this.handlingPmf,
      this.handOverPmf,
      from,
      originCalendarOf(query.lane),
      place.calendar,
      this.orderedPmf,
    );
  }

  /**
   * The day a milestone's clock starts: a parcel handed over after the carrier's cut-off leaves
   * with the next day's trucks, so its transit counts from the next day.
   */
  private startDayOf(milestone: Milestone, at: number, zone: string): number {
    const { cutoffHour } = this.options;
    if (milestone !== 'shipped' || cutoffHour === undefined) return localDayOf(at, zone);
    // Shifting the instant by the hours left after the cut-off moves only late hand-overs a day.
    return localDayOf(at + (24 - cutoffHour) * MS_PER_HOUR, zone);
  }

  /** The half-life deliveries fade with now (learned or set). */
  get halfLifeDays(): number {
    return this.clock.halfLifeDays;
  }

  /** How each candidate half-life has predicted lately; empty unless the half-life is learned. */
  halfLifeScores(): HalfLifeScore[] {
    return this.halfLifeLearner?.scores() ?? [];
  }

  private learnHalfLife(lane: string, shippedAt: number, deliveredAt: number, days: number): void {
    const learner = this.halfLifeLearner;
    if (!learner) return;
    learner.observe(lane, shippedAt, deliveredAt, days);
    if (learner.scored < MIN_SCORED_FOR_HALF_LIFE || this.deliveries % HALF_LIFE_REVIEW_EVERY !== 0) return;
    this.clock.retune(learner.best(this.clock.halfLifeDays), (factor) => this.rebase(factor));
  }

  private rebase(factor: number): void {
    for (const histogram of this.transit.histograms()) histogram.scale(factor);
    for (const histogram of this.errors.histograms()) histogram.scale(factor);
    for (const histogram of this.handling.histograms()) histogram.scale(factor);
  }

  predict(query: EtaQuery): Prediction {
    const keys = laneKeysOf(query.lane);
    const place = this.placeOf(query.lane, keys[4]!);
    const { calendar, serviceLevel } = place;
    const from = this.startDayOf(query.milestone, query.milestoneAt, query.zone);
    const today = localDayOf(query.now, query.zone);
    const scale = this.clock.scaleNow;
    const prior = this.priorOf(place, query.milestone);
    const transit = this.transit.shrink(MILESTONE_RANK[query.milestone], keys, prior, scale, this.transitPmf);
    const slowdown = this.slowdownOf(query, keys, place, today, scale);
    if (slowdown > 0) shiftRight(this.transitPmf, slowdown);

    const sources: Float64Array[] = [this.transitPmf];
    const trust: number[] = [trustOf(this.transitPmf)];
    const names: EstimateSource[] = [];
    const promise = query.promisedDate === undefined ? undefined : parseIsoDate(query.promisedDate);
    const estimates = [
      query.carrierEstimate === undefined ? undefined : parseIsoDate(query.carrierEstimate),
      promise,
    ];
    for (let s = 0; s < SOURCES.length; s++) {
      const source = SOURCES[s]!;
      const day = estimates[s];
      if (day === undefined || !this.options.blend.includes(source)) continue;
      this.errors.shrink(s, keys, this.errorPrior, scale, this.errorPmf);
      const offset = calendar.businessDaysBetween(from, day);
      const asTransit = errorsAsTransit(this.errorPmf, MIN_ERROR_DAYS, offset, this.sourcePmfs[s]!);
      sources.push(asTransit);
      trust.push(trustOf(asTransit));
      names.push(source);
    }
    // From purchase, the merchant's handling plus the lane's transit is a second opinion beside
    // the lane's own purchase-to-delivery times: pooled, not replacing them (replacing measured
    // worse on Olist, docs/eta.md). It goes last, after the named outside estimates.
    if (query.milestone === 'purchase' && this.options.handling && this.handling.groupCount > 0) {
      const ordered = this.fromOrder(query, keys, place, from, scale, slowdown);
      sources.push(ordered);
      trust.push(trustOf(ordered));
    }
    const total = trust.reduce((sum, t) => sum + t, 0);
    const weights = trust.map((t) => t / total);
    const pmf = sources.length === 1 ? sources[0]! : logPool(sources, weights, this.pooledPmf);

    // Not delivered yet: days already gone are ruled out (a same-day delivery stays possible).
    const elapsed = calendar.businessDaysBetween(from, today);
    truncateBelow(pmf, today === from || calendar.isBusinessDay(today) ? elapsed : elapsed + 1);

    const calibrator = this.calibrators[MILESTONE_RANK[query.milestone]]!;
    const summary = summarise(pmf, calendar, from, {
      coverage: calibrator.level,
      pointQuantile: this.options.pointQuantile,
      promise,
    });
    const blended = names.map((source, i) => ({ source, weight: weights[i + 1]! }));
    const level = dominantLevel(transit);
    // Object literals are spelled out in full: spreading them here cost more than the statistics.
    const basis = basisOf({
      lane: query.lane,
      serviceLevel,
      milestone: query.milestone,
      support: transit.support,
      priorShare: transit.priorShare,
      blended,
    });
    const basisFacts = basisFactsOf(
      { support: transit.support, priorShare: transit.priorShare, serviceLevel },
      level,
    );
    return {
      mostLikely: isoDateOf(summary.mostLikely),
      earliest: isoDateOf(summary.earliest),
      latest: isoDateOf(summary.latest),
      confidence: calibrator.confidenceOf(summary.confidence),
      probabilityByPromise: summary.probabilityByPromise,
      basis,
      basisFacts,
      predictedAt: isoInstantOf(query.now),
      milestone: query.milestone,
      coldStart: level === undefined,
      sampleSize: level === undefined ? 0 : transit.support[level]!.count,
      blended,
    };
  }

  /**
   * Business days the lane's parcels under way are behind its learned transit (0 when they are
   * not, or nothing is known of them). The survival is that from hand-over.
   */
  private slowdownOf(
    query: EtaQuery,
    keys: readonly string[],
    place: Place,
    today: number,
    scale: number,
  ): number {
    const lane = keys[LANE_LEVEL]!;
    if (!this.options.censored || !SLOWED.has(query.milestone) || !this.openParcels.tracks(lane)) return 0;
    const survivalOf = () => {
      const shipped = MILESTONE_RANK.shipped;
      this.transit.shrink(shipped, keys, this.priorOf(place, 'shipped'), scale, this.shippedPmf);
      const tail = this.survivalTail;
      tail[TRANSIT_SIZE] = 0;
      for (let i = TRANSIT_SIZE - 1; i >= 0; i--) tail[i] = tail[i + 1]! + this.shippedPmf[i]!;
      // tail[i] = P(T ≥ i); survival P(T > e) = tail[e + 1].
      return (e: number): number => (e < 0 ? 1 : e + 1 >= TRANSIT_SIZE ? 0 : tail[e + 1]!);
    };
    return this.openParcels.shiftOf(lane, today, survivalOf, (day) =>
      place.calendar.businessDaysBetween(day, today),
    );
  }

  /** The business-day calendar the model counts in for a lane, e.g. for isStalled. */
  calendarOf(lane: Lane): DeliveryCalendar {
    return this.placeOf(lane, laneKeysOf(lane)[4]!).calendar;
  }

  /** Size figures for reports: groups tracked, bytes held by histogram weights, groups dropped. */
  stats(): { deliveries: number; groups: number; storedBytes: number; droppedGroups: number } {
    let storedBytes = 0;
    for (const histogram of this.transit.histograms()) storedBytes += histogram.storedBytes;
    for (const histogram of this.errors.histograms()) storedBytes += histogram.storedBytes;
    for (const histogram of this.handling.histograms()) storedBytes += histogram.storedBytes;
    return {
      deliveries: this.deliveries,
      groups: this.transit.groupCount + this.errors.groupCount + this.handling.groupCount,
      storedBytes,
      droppedGroups: this.transit.droppedGroups + this.errors.droppedGroups + this.handling.droppedGroups,
    };
  }
}
