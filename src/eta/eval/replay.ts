import type { HalfLifeScore } from '../half-life.js';
import { civilDateOf, isoDateOf, parseIsoDate, type EpochDay } from '../calendar/civil-day.js';
import { localDayOf } from '../calendar/local-day.js';
import type { EtaModelOptions } from '../eta-inputs.js';
import { EtaModel } from '../eta-model.js';
import { laneKeysOf } from '../lane.js';
import type { Milestone } from '../milestone.js';
import type { HistoryRecord } from './history-record.js';
import { LaneMedianBaseline } from './lane-median.js';
import { AccuracyTally, PromiseTally, type AccuracyFigures, type PromiseCalibration } from './metrics.js';

// Replays a delivery history in time order, so every prediction only sees the past: at each
// prediction moment the model has observed exactly the deliveries completed before it.

export const MOMENTS = ['purchase', 'shipped'] as const;
export type Moment = (typeof MOMENTS)[number];

const MILESTONE_OF: Record<Moment, Milestone> = { purchase: 'purchase', shipped: 'shipped' };

export interface PredictionRow {
  readonly id: string;
  readonly moment: Moment;
  readonly predictedDate: string;
  readonly windowLow: string;
  readonly windowHigh: string;
  readonly probabilityByPromise: number | undefined;
}

export interface MomentFigures {
  readonly waybill: AccuracyFigures;
  readonly promise: AccuracyFigures;
  /** The lane's median as the point, and its 10th–90th percentile as the window ("lane window"). */
  readonly laneMedian: AccuracyFigures;
  /** How well Waybill's probability of meeting the promise matched what happened. */
  readonly promiseCalibration: PromiseCalibration | null;
}

/** One calendar quarter's figures at one moment; the quarter is that of the prediction. */
export interface QuarterFigures extends MomentFigures {
  /** e.g. `2017-Q3`, in the data's zone. */
  readonly quarter: string;
  readonly moment: Moment;
}

export interface ReplayFigures {
  readonly moments: Partial<Record<Moment, MomentFigures>>;
  /** In time order, then by moment. */
  readonly quarters: QuarterFigures[];
  /** The recency half-life at the end of the replay, and what the candidates scored (if learned). */
  readonly halfLife: { readonly days: number; readonly scores: readonly HalfLifeScore[] };
}

class MomentTally {
  readonly waybill = new AccuracyTally();
  readonly promise = new AccuracyTally();
  readonly laneMedian = new AccuracyTally();
  readonly calibration = new PromiseTally();

  figures(): MomentFigures {
    return {
      waybill: this.waybill.figures(),
      promise: this.promise.figures(),
      laneMedian: this.laneMedian.figures(),
      promiseCalibration: this.calibration.figures(),
    };
  }
}

export function quarterOf(day: EpochDay): string {
  const { year, month } = civilDateOf(day);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

interface Step {
  readonly at: number;
  /** Predictions sort before deliveries at the same instant: a delivery must be strictly earlier. */
  readonly order: 0 | 1;
  readonly record: HistoryRecord;
  readonly moment?: Moment;
}

export interface ReplayContext {
  readonly zone: string;
  readonly modelOptions?: EtaModelOptions;
  /** Score (and report) only predictions made at or after this instant; the model learns from all. */
  readonly scoreFrom?: number | undefined;
  readonly onPrediction?: (row: PredictionRow) => void;
}

interface ShownWindow {
  readonly milestone: Milestone;
  readonly low: EpochDay;
  readonly high: EpochDay;
  resolved: boolean;
}

/** Shown windows by their last day, so those that ended are found without scanning them all. */
class ShownWindowsByEnd {
  private readonly byEnd = new Map<EpochDay, ShownWindow[]>();
  private earliest = Number.POSITIVE_INFINITY;

  add(shown: ShownWindow): void {
    const list = this.byEnd.get(shown.high);
    if (list) list.push(shown);
    else this.byEnd.set(shown.high, [shown]);
    this.earliest = Math.min(this.earliest, shown.high);
  }

  /** Removes and returns the windows whose last day is before `day`. */
  *endedBefore(day: EpochDay): Generator<ShownWindow> {
    // Days are visited in order; windows are rarely more than a few months long.
    while (this.earliest < day) {
      const list = this.byEnd.get(this.earliest);
      this.byEnd.delete(this.earliest);
      if (list) yield* list;
      this.earliest = this.byEnd.size === 0 ? Number.POSITIVE_INFINITY : this.earliest + 1;
    }
  }
}

function stepsOf(records: readonly HistoryRecord[]): Step[] {
  const steps: Step[] = [];
  for (const record of records) {
    if (record.purchasedAt !== undefined)
      steps.push({ at: record.purchasedAt, order: 0, record, moment: 'purchase' });
    steps.push({ at: record.shippedAt, order: 0, record, moment: 'shipped' });
    steps.push({ at: record.deliveredAt, order: 1, record });
  }
  return steps.sort((a, b) => a.at - b.at || a.order - b.order);
}

function baselineLane(record: HistoryRecord): string {
  return laneKeysOf(record.lane)[5]!;
}

export function replayDeliveryHistory(
  records: readonly HistoryRecord[],
  context: ReplayContext,
): ReplayFigures {
  const model = new EtaModel(context.modelOptions);
  const baselines: Record<Moment, LaneMedianBaseline> = {
    purchase: new LaneMedianBaseline(),
    shipped: new LaneMedianBaseline(),
  };
  const tallies = new Map<Moment, MomentTally>();
  const quarterTallies = new Map<string, { quarter: string; moment: Moment; tally: MomentTally }>();
  const { zone } = context;
  // Windows shown for parcels still on their way, told back to the model on delivery: exactly the
  // feedback a running system gets. A window whose last day has passed without the delivery is a
  // miss known at once; waiting for the delivery would tell the model about a shift weeks later.
  const open = new Map<HistoryRecord, ShownWindow[]>();
  const overdue = new ShownWindowsByEnd();

  for (const step of stepsOf(records)) {
    const { record } = step;
    const lane = baselineLane(record);
    for (const shown of overdue.endedBefore(localDayOf(step.at, zone))) {
      if (shown.resolved) continue;
      shown.resolved = true;
      model.recordWindowOutcome(shown.milestone, 'late');
    }
    if (step.moment === undefined) {
      for (const shown of open.get(record) ?? []) {
        if (shown.resolved) continue;
        shown.resolved = true;
        const day = record.deliveredDay;
        model.recordWindowOutcome(
          shown.milestone,
          day < shown.low ? 'early' : day > shown.high ? 'late' : 'inside',
        );
      }
      open.delete(record);
      model.observe({
        lane: record.lane,
        zone,
        deliveredAt: record.deliveredAt,
        milestones: { purchase: record.purchasedAt, shipped: record.shippedAt },
        promisedDate: record.promisedDay === undefined ? undefined : isoDateOf(record.promisedDay),
      });
      if (record.purchasedAt !== undefined) {
        baselines.purchase.observe(lane, localDayOf(record.purchasedAt, zone), record.deliveredDay);
      }
      baselines.shipped.observe(lane, localDayOf(record.shippedAt, zone), record.deliveredDay);
      continue;
    }
    const moment = step.moment;
    // The parcel is now under way: the lane's open parcels show a slowdown before they arrive.
    if (moment === 'shipped') model.handedOver({ lane: record.lane, zone, at: step.at });
    const promisedDate = record.promisedDay === undefined ? undefined : isoDateOf(record.promisedDay);
    const prediction = model.predict({
      lane: record.lane,
      zone,
      milestone: MILESTONE_OF[moment],
      milestoneAt: step.at,
      now: step.at,
      promisedDate,
    });
    const point = parseIsoDate(prediction.mostLikely)!;
    const low = parseIsoDate(prediction.earliest)!;
    const high = parseIsoDate(prediction.latest)!;
    const shown: ShownWindow = { milestone: MILESTONE_OF[moment], low, high, resolved: false };
    open.set(record, [...(open.get(record) ?? []), shown]);
    overdue.add(shown);
    if (context.scoreFrom !== undefined && step.at < context.scoreFrom) continue;
    const today = localDayOf(step.at, zone);
    const quarter = quarterOf(today);
    let tally = tallies.get(moment);
    if (!tally) {
      tally = new MomentTally();
      tallies.set(moment, tally);
    }
    let inQuarter = quarterTallies.get(`${quarter}|${moment}`);
    if (!inQuarter) {
      inQuarter = { quarter, moment, tally: new MomentTally() };
      quarterTallies.set(`${quarter}|${moment}`, inQuarter);
    }
    const delivered: EpochDay = record.deliveredDay;
    const guess = baselines[moment].predict(lane, today);
    for (const t of [tally, inQuarter.tally]) {
      t.waybill.add(point, delivered, { low, high });
      if (record.promisedDay !== undefined) {
        t.promise.add(record.promisedDay, delivered);
        if (prediction.probabilityByPromise !== undefined) {
          t.calibration.add(prediction.probabilityByPromise, delivered <= record.promisedDay);
        }
      }
      if (guess) t.laneMedian.add(guess.point, delivered, guess);
    }
    context.onPrediction?.({
      id: record.id,
      moment,
      predictedDate: prediction.mostLikely,
      windowLow: prediction.earliest,
      windowHigh: prediction.latest,
      probabilityByPromise: prediction.probabilityByPromise,
    });
  }

  const moments: Partial<Record<Moment, MomentFigures>> = {};
  for (const moment of MOMENTS) {
    const tally = tallies.get(moment);
    if (tally) moments[moment] = tally.figures();
  }
  const quarters = [...quarterTallies.values()]
    .sort(
      (a, b) => a.quarter.localeCompare(b.quarter) || MOMENTS.indexOf(a.moment) - MOMENTS.indexOf(b.moment),
    )
    .map(({ quarter, moment, tally }) => ({ quarter, moment, ...tally.figures() }));
  return { moments, quarters, halfLife: { days: model.halfLifeDays, scores: model.halfLifeScores() } };
}
