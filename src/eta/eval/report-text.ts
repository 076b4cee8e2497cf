import type { EvaluationReport } from './evaluate.js';
import { GOALS, type GoalVerdict } from './goals.js';
import type { AccuracyFigures } from './metrics.js';
import { MOMENTS } from './replay.js';

// The human-readable form of an evaluation report: one table per prediction moment.

const PREDICTORS = [
  ['waybill', 'Waybill'],
  ['promise', "data's promise"],
  ['laneMedian', 'lane median/window'],
] as const;

function percent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}

function pad(text: string, width: number, left = false): string {
  return left ? text.padEnd(width) : text.padStart(width);
}

function line(name: string, f: AccuracyFigures): string {
  if (f.predictions === 0)
    return [pad(name, 18, true), pad('0', 7), pad('–', 7), '  (nothing to go on yet)'].join(' ');
  return [
    pad(name, 18, true),
    pad(String(f.predictions), 7),
    pad(f.maeDays.toFixed(2), 7),
    pad(percent(f.exactShare), 7),
    pad(percent(f.withinOneDayShare), 7),
    pad(percent(f.lateShare), 7),
    pad(percent(f.windowCoverage), 9),
    pad(f.meanWindowDays === null ? '–' : f.meanWindowDays.toFixed(1), 8),
  ].join(' ');
}

const HEADER = `${pad('', 18, true)} ${pad('n', 7)} ${pad('MAE d', 7)} ${pad('exact', 7)} ${pad('±1 d', 7)} ${pad('late', 7)} ${pad('covered', 9)} ${pad('width d', 8)}`;

function check(ok: boolean | null): string {
  return ok === null ? '–' : ok ? 'yes' : 'NO';
}

function verdictLine(goals: GoalVerdict, coverage: number | null): string {
  if (!goals.judged) return `not judged (fewer than ${GOALS.minPredictions} predictions)`;
  const times = (r: number | null): string => (r === null ? '–' : `${r.toFixed(2)}×`);
  return [
    `goals ${goals.met ? 'met' : 'NOT met'}:`,
    `MAE ${times(goals.maeRatio)} lane median (≤ ${GOALS.maxMaeRatio}: ${check(goals.mae)}),`,
    `coverage ${percent(coverage)} (${GOALS.coverage[0] * 100}–${GOALS.coverage[1] * 100}%: ${check(goals.coverage)}),`,
    `width ${times(goals.widthRatio)} lane window (≤ ${GOALS.maxWidthRatio}: ${check(goals.width)})`,
  ].join(' ');
}

function days(value: number): string {
  return Number.isFinite(value) ? `${value} d` : 'never';
}

function halfLifeLine(model: EvaluationReport['model']): string {
  if (!model.halfLifeLearned) return `recency half-life ${days(model.halfLifeDays)} (set)`;
  const scores = model.halfLifeScores
    .map((score) => `${days(score.halfLifeDays)} ${score.crpsDays.toFixed(2)}`)
    .join(', ');
  return `recency half-life learned: ${days(model.halfLifeDays)} at the end (CRPS by candidate: ${scores})`;
}

function cutoffText(hour: number | null): string {
  if (hour === null) return '';
  const minutes = Math.round(hour * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `; hand-overs from ${hh}:${String(minutes % 60).padStart(2, '0')} count from the next day`;
}

export function formatEvaluationReport(report: EvaluationReport): string {
  const out: string[] = [];
  out.push(`${report.file}`);
  out.push(
    `zone ${report.zone}${report.zoneNote ? ` (${report.zoneNote})` : ''}, holidays ${report.country ?? 'none'}, delivery days ${report.deliveryDays}${report.where ? `, rows where ${report.where}` : ''}`,
  );
  out.push(`rows ${report.rows}, used ${report.usedRows}, excluded by filter ${report.excludedRows}`);
  if (report.scoreFrom)
    out.push(
      `scored: predictions made on or after ${report.scoreFrom} (all earlier rows still learned from)`,
    );
  out.push(`${halfLifeLine(report.model)}${cutoffText(report.model.cutoffHour)}`);
  const bad = Object.entries(report.badRows);
  out.push(
    bad.length === 0
      ? 'bad rows: none'
      : `bad rows: ${bad.map(([reason, n]) => `${reason} ${n}`).join(', ')}`,
  );
  for (const moment of MOMENTS) {
    const figures = report.moments[moment];
    if (!figures) continue;
    out.push('');
    out.push(`predicted at ${moment}`);
    out.push(HEADER);
    for (const [key, name] of PREDICTORS) out.push(line(name, figures[key]));
    const calibration = figures.promiseCalibration;
    if (calibration) {
      out.push(
        `P(by promise): mean ${percent(calibration.meanProbability)}, actual ${percent(calibration.actualShare)}, Brier ${calibration.brierScore.toFixed(3)}`,
      );
    }
  }
  if (report.quarters.length > 0) {
    out.push('');
    out.push('per calendar quarter of the prediction');
    for (const quarter of report.quarters) {
      out.push('');
      out.push(`${quarter.quarter}, predicted at ${quarter.moment}`);
      out.push(HEADER);
      for (const [key, name] of PREDICTORS) out.push(line(name, quarter[key]));
      out.push(verdictLine(quarter.goals, quarter.waybill.windowCoverage));
    }
    out.push('');
    const judged = report.quarters.filter((q) => q.goals.judged);
    const met = judged.filter((q) => q.goals.met).length;
    out.push(
      judged.length === 0
        ? 'goals: no quarter had enough predictions to judge'
        : `goals met in ${met} of ${judged.length} judged quarter-moments${report.goalsMet ? ': all of them' : ''}`,
    );
    out.push(
      '(a quarter lists a moment only when predictions were made at it then; "covered" is the share inside the window)',
    );
  }
  return out.join('\n');
}
