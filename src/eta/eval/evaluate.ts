import { parseDeliveryDays, type DeliveryDays } from '../calendar/delivery-days.js';
import { parseInstant } from '../calendar/local-day.js';
import { parseCutoff } from '../cutoff.js';
import { DEFAULT_ETA_OPTIONS, type EtaModelOptions } from '../eta-inputs.js';
import type { HalfLifeScore } from '../half-life.js';
import type { BadRowReason } from './history-record.js';
import { openPredictionsCsv } from './predictions-csv.js';
import { readDeliveryHistory, parseRowFilter } from './read-history.js';
import { judgeGoals, type GoalVerdict } from './goals.js';
import { replayDeliveryHistory, type Moment, type MomentFigures, type QuarterFigures } from './replay.js';

// `waybill eta-eval`: read a delivery history, replay it in time order, report the figures.

export interface EvaluationOptions {
  /** IANA zone of offset-less timestamps; UTC when not given (and the report says so). */
  readonly zone?: string | undefined;
  /** Country of the deliveries (ISO alpha-2), for public holidays. */
  readonly country?: string | undefined;
  /** Delivery days for every carrier in the file, e.g. `mon-fri` (the default) or `all`. */
  readonly deliveryDays?: string | undefined;
  /** Keep only rows where `column=value`, e.g. `trip_completed=1`. */
  readonly where?: string | undefined;
  /** Score only predictions made on or after this date (ISO, in the zone); the model still learns from all rows. */
  readonly scoreFrom?: string | undefined;
  /** Recency half-life: a number of days, `never`, or `learned`; the model's default when not given. */
  readonly halfLife?: string | undefined;
  /** The carriers' daily cut-off as `HH` or `HH:MM` (local): later hand-overs count from the next day. */
  readonly cutoff?: string | undefined;
  /** Writes one row per prediction here. */
  readonly out?: string | undefined;
  readonly modelOptions?: EtaModelOptions;
}

export interface EvaluationReport {
  readonly file: string;
  readonly zone: string;
  readonly zoneNote?: string;
  readonly country: string | null;
  readonly deliveryDays: string;
  readonly where: string | null;
  readonly scoreFrom: string | null;
  readonly rows: number;
  readonly usedRows: number;
  readonly excludedRows: number;
  readonly badRows: Partial<Record<BadRowReason, number>>;
  readonly moments: Partial<Record<Moment, MomentFigures>>;
  /** Every calendar quarter at every moment, with the goals judged where it has enough predictions. */
  readonly quarters: (QuarterFigures & { readonly goals: GoalVerdict })[];
  /** Every judged quarter meets every goal at every moment (null when none could be judged). */
  readonly goalsMet: boolean | null;
  readonly model: {
    /** At the end of the replay; `halfLifeLearned` says whether the history chose it. */
    readonly halfLifeDays: number;
    readonly halfLifeLearned: boolean;
    readonly halfLifeScores: readonly HalfLifeScore[];
    readonly shrinkageStrength: number;
    readonly windowCoverage: number;
    /** Local hour (fractional) of the hand-over cut-off; null: none. */
    readonly cutoffHour: number | null;
  };
}

export async function evaluateDeliveryHistory(
  file: string,
  options: EvaluationOptions = {},
): Promise<EvaluationReport> {
  const zone = options.zone ?? 'UTC';
  if (!isKnownZone(zone)) throw new Error(`Unknown time zone for --zone: ${zone}`);
  const country = options.country?.trim().toUpperCase() || undefined;
  if (country !== undefined && !isKnownCountry(country)) {
    throw new Error(`--country wants an ISO 3166 two-letter country code such as BR, not ${options.country}`);
  }
  const deliveryDaysText = options.deliveryDays ?? 'mon-fri';
  const deliveryDays: DeliveryDays | undefined = parseDeliveryDays(deliveryDaysText);
  if (!deliveryDays)
    throw new Error(`Cannot read --delivery-days ${deliveryDaysText} (try mon-fri, mon-sat or all)`);
  const filter = options.where === undefined ? undefined : parseRowFilter(options.where);
  if (options.where !== undefined && !filter)
    throw new Error(`--where wants column=value, not ${options.where}`);

  const scoreFrom = options.scoreFrom === undefined ? undefined : parseInstant(options.scoreFrom, zone);
  if (options.scoreFrom !== undefined && scoreFrom === undefined) {
    throw new Error(`--score-from wants an ISO date, not ${options.scoreFrom}`);
  }

  const halfLifeDays = options.halfLife === undefined ? undefined : parseHalfLife(options.halfLife);
  if (halfLifeDays === null) {
    throw new Error(`--half-life wants a number of days, never or learned, not ${options.halfLife}`);
  }

  const cutoffHour = options.cutoff === undefined ? undefined : parseCutoff(options.cutoff);
  if (cutoffHour === null)
    throw new Error(`--cutoff wants a local time such as 17 or 17:30, not ${options.cutoff}`);

  const history = await readDeliveryHistory(file, { zone, country }, filter);
  const writer = options.out ? await openPredictionsCsv(options.out) : undefined;
  const modelOptions: EtaModelOptions = {
    ...options.modelOptions,
    ...(halfLifeDays === undefined ? {} : { halfLifeDays }),
    ...(cutoffHour === undefined ? {} : { cutoffHour }),
    deliveryDaysOf: () => deliveryDays,
  };
  const { moments, quarters, halfLife } = replayDeliveryHistory(history.records, {
    zone,
    modelOptions,
    scoreFrom,
    onPrediction: writer ? (row) => writer.write(row) : undefined,
  });
  await writer?.close();
  const resolved = { ...DEFAULT_ETA_OPTIONS, ...modelOptions };
  const judged = quarters.map((quarter) => ({ ...quarter, goals: judgeGoals(quarter) }));
  const verdicts = judged.filter((q) => q.goals.judged).map((q) => q.goals.met);
  return {
    file,
    zone,
    ...(options.zone ? {} : { zoneNote: 'no --zone given: offset-less timestamps were read as UTC' }),
    country: country ?? null,
    deliveryDays: deliveryDaysText,
    where: options.where ?? null,
    scoreFrom: options.scoreFrom ?? null,
    rows: history.rows,
    usedRows: history.records.length,
    excludedRows: history.excluded,
    badRows: history.badRows,
    moments,
    quarters: judged,
    goalsMet: verdicts.length === 0 ? null : verdicts.every(Boolean),
    model: {
      halfLifeDays: halfLife.days,
      halfLifeLearned: resolved.halfLifeDays === 'learned',
      halfLifeScores: halfLife.scores,
      shrinkageStrength: resolved.shrinkageStrength,
      windowCoverage: resolved.windowCoverage,
      cutoffHour: resolved.cutoffHour ?? null,
    },
  };
}

/** Days (more than 0), `never` or `learned`; null when it is none of them. */
function parseHalfLife(text: string): number | 'learned' | null {
  const word = text.trim().toLowerCase();
  if (word === 'learned') return 'learned';
  if (word === 'never') return Number.POSITIVE_INFINITY;
  if (!/^\d+(\.\d+)?$/.test(word)) return null;
  const days = Number(word);
  return days > 0 && days <= 36_500 ? days : null;
}

/** A two-letter code that names a country (Intl echoes unknown codes, and calls ZZ "Unknown Region"). */
function isKnownCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return false;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) !== code;
  } catch {
    return false;
  }
}

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
