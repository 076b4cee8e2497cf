import type { EpochDay } from '../calendar/civil-day.js';

// The baseline Waybill has to beat: the median calendar-day transit of earlier deliveries on the
// same lane (carrier, origin region, destination region), counted from the same moment, falling
// back to all lanes while a lane has none. Its window is the lane's 10th to 90th percentile.
// It keeps every value (sorted), which is fine for evaluation and is exactly what the bounded
// model avoids.

export interface BaselineGuess {
  readonly point: EpochDay;
  readonly low: EpochDay;
  readonly high: EpochDay;
}

function insertSorted(values: number[], value: number): void {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  values.splice(lo, 0, value);
}

function rank(values: readonly number[], q: number): number {
  return values[Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1))]!;
}

function median(values: readonly number[]): number {
  const middle = values.length / 2;
  if (values.length % 2 === 1) return values[Math.floor(middle)]!;
  return Math.round((values[middle - 1]! + values[middle]!) / 2);
}

export class LaneMedianBaseline {
  private readonly byLane = new Map<string, number[]>();
  private readonly all: number[] = [];

  observe(lane: string, fromDay: EpochDay, deliveredDay: EpochDay): void {
    let values = this.byLane.get(lane);
    if (!values) {
      values = [];
      this.byLane.set(lane, values);
    }
    insertSorted(values, deliveredDay - fromDay);
    insertSorted(this.all, deliveredDay - fromDay);
  }

  predict(lane: string, fromDay: EpochDay): BaselineGuess | undefined {
    const values = this.byLane.get(lane) ?? this.all;
    if (values.length === 0) return undefined;
    return {
      point: fromDay + median(values),
      low: fromDay + rank(values, 0.1),
      high: fromDay + rank(values, 0.9),
    };
  }
}
