import { localDayOf } from '../src/eta/calendar/local-day.js';
import type { HistoryRecord } from '../src/eta/eval/history-record.js';
import { LaneMedianBaseline } from '../src/eta/eval/lane-median.js';
import { readDeliveryHistory, parseRowFilter } from '../src/eta/eval/read-history.js';
import { quarterOf, MOMENTS, type Moment } from '../src/eta/eval/replay.js';
import { laneKeysOf } from '../src/eta/lane.js';
import { availableRealDataSets } from './eta-real-data.js';

// How far a lane-level predictor can get at all. For every quarter, each lane's median and 10th–
// 90th percentile are taken from that quarter's own deliveries, in hindsight and in-sample: no
// predictor that gives one date per lane and quarter can have a smaller mean error there, and no
// per-lane percentile window is better placed. Set against the online lane median of eta-eval (the
// goal's baseline), it shows how much of issue 13's "0.85× the lane median" the place alone allows;
// the rest has to come from what differs between parcels of one lane.

interface Row {
  readonly quarter: string;
  readonly lane: string;
  readonly from: number;
  readonly delivered: number;
  readonly online: { point: number; low: number; high: number } | undefined;
}

const percentile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

function rowsOf(records: readonly HistoryRecord[], moment: Moment, zone: string): Row[] {
  const baseline = new LaneMedianBaseline();
  const steps: { at: number; kind: 0 | 1; record: HistoryRecord }[] = [];
  for (const record of records) {
    const from = moment === 'purchase' ? record.purchasedAt : record.shippedAt;
    if (from === undefined) continue;
    steps.push({ at: from, kind: 0, record }, { at: record.deliveredAt, kind: 1, record });
  }
  steps.sort((a, b) => a.at - b.at || a.kind - b.kind);
  const rows: Row[] = [];
  for (const { kind, record } of steps) {
    const lane = laneKeysOf(record.lane)[5]!;
    const from = localDayOf(moment === 'purchase' ? record.purchasedAt! : record.shippedAt, zone);
    if (kind === 1) baseline.observe(lane, from, record.deliveredDay);
    else
      rows.push({
        quarter: quarterOf(from),
        lane,
        from,
        delivered: record.deliveredDay,
        online: baseline.predict(lane, from),
      });
  }
  return rows;
}

function report(rows: readonly Row[]): void {
  const quarters = [...new Set(rows.map((r) => r.quarter))].sort();
  console.log(
    '  quarter   n      online MAE  hindsight MAE  ratio   online width  hindsight width  ratio  (hindsight coverage)',
  );
  for (const quarter of quarters) {
    const inQuarter = rows.filter((r) => r.quarter === quarter && r.online);
    if (inQuarter.length < 500) continue;
    const byLane = new Map<string, number[]>();
    for (const r of inQuarter) {
      const days = r.delivered - r.from;
      const list = byLane.get(r.lane);
      if (list) list.push(days);
      else byLane.set(r.lane, [days]);
    }
    for (const list of byLane.values()) list.sort((a, b) => a - b);
    let online = 0;
    let onlineWidth = 0;
    let hindsight = 0;
    let hindsightWidth = 0;
    let covered = 0;
    for (const r of inQuarter) {
      const days = r.delivered - r.from;
      const sorted = byLane.get(r.lane)!;
      const median = percentile(sorted, 0.5);
      const low = percentile(sorted, 0.1);
      const high = percentile(sorted, 0.9);
      online += Math.abs(r.online!.point - r.delivered);
      onlineWidth += r.online!.high - r.online!.low + 1;
      hindsight += Math.abs(median - days);
      hindsightWidth += high - low + 1;
      if (days >= low && days <= high) covered++;
    }
    const n = inQuarter.length;
    console.log(
      `  ${quarter}  ${String(n).padEnd(6)} ${(online / n).toFixed(2).padStart(10)} ${(hindsight / n).toFixed(2).padStart(14)} ${(hindsight / online).toFixed(2).padStart(6)} ${(onlineWidth / n).toFixed(1).padStart(14)} ${(hindsightWidth / n).toFixed(1).padStart(16)} ${(hindsightWidth / onlineWidth).toFixed(2).padStart(6)}  (${((100 * covered) / n).toFixed(1)}%)`,
    );
  }
}

const sets = availableRealDataSets();
if (sets.length === 0) console.log('No delivery histories in ../shared/data: nothing to measure.');
for (const set of sets) {
  const zone = set.options.zone ?? 'UTC';
  const filter = set.options.where === undefined ? undefined : parseRowFilter(set.options.where);
  const history = await readDeliveryHistory(set.file, { zone, country: set.options.country }, filter);
  for (const moment of MOMENTS) {
    const rows = rowsOf(history.records, moment, zone);
    if (rows.length === 0) continue;
    console.log(
      `${set.name}, from ${moment}: per-lane hindsight within each quarter vs the online lane median`,
    );
    report(rows);
  }
}
