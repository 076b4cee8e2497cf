import { isoDateOf, parseIsoDate, type EpochDay } from '../calendar/civil-day.js';
import { localDayOf } from '../calendar/local-day.js';
import { EtaModel, type EtaModelOptions } from '../eta-model.js';
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
  readonly laneMedian: AccuracyFigures;
  /** How well Waybill's probability of meeting the promise matched what happened. */
  readonly promiseCalibration: PromiseCalibration | null;
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
): Partial<Record<Moment, MomentFigures>> {
  const model = new EtaModel(context.modelOptions);
  const baselines: Record<Moment, LaneMedianBaseline> = {
    purchase: new LaneMedianBaseline(),
    shipped: new LaneMedianBaseline(),
  };
  const tallies = new Map<
    Moment,
    { waybill: AccuracyTally; promise: AccuracyTally; laneMedian: AccuracyTally; calibration: PromiseTally }
  >();
  const { zone } = context;

  for (const step of stepsOf(records)) {
    const { record } = step;
    const lane = baselineLane(record);
    if (step.moment === undefined) {
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
    if (context.scoreFrom !== undefined && step.at < context.scoreFrom) continue;
    let tally = tallies.get(moment);
    if (!tally) {
      tally = {
        waybill: new AccuracyTally(),
        promise: new AccuracyTally(),
        laneMedian: new AccuracyTally(),
        calibration: new PromiseTally(),
      };
      tallies.set(moment, tally);
    }
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
    const delivered: EpochDay = record.deliveredDay;
    tally.waybill.add(point, delivered, { low, high });
    if (record.promisedDay !== undefined) {
      tally.promise.add(record.promisedDay, delivered);
      if (prediction.probabilityByPromise !== undefined) {
        tally.calibration.add(prediction.probabilityByPromise, delivered <= record.promisedDay);
      }
    }
    const guess = baselines[moment].predict(lane, localDayOf(step.at, zone));
    if (guess) tally.laneMedian.add(guess.point, delivered, guess);
    context.onPrediction?.({
      id: record.id,
      moment,
      predictedDate: prediction.mostLikely,
      windowLow: prediction.earliest,
      windowHigh: prediction.latest,
      probabilityByPromise: prediction.probabilityByPromise,
    });
  }

  const figures: Partial<Record<Moment, MomentFigures>> = {};
  for (const moment of MOMENTS) {
    const tally = tallies.get(moment);
    if (!tally) continue;
    figures[moment] = {
      waybill: tally.waybill.figures(),
      promise: tally.promise.figures(),
      laneMedian: tally.laneMedian.figures(),
      promiseCalibration: tally.calibration.figures(),
    };
  }
  return figures;
}
