import type { Detection } from './candidate.js';
import { detect } from './detect.js';
import { MAX_NUMBER_LENGTH } from './normalize.js';

export interface FoundTrackingNumber {
  /** The number as written in the text, separators included. */
  readonly text: string;
  /** Where it is: text.slice(start, end). */
  readonly start: number;
  readonly end: number;
  readonly detection: Detection;
}

export interface FindOptions {
  /**
   * Least confidence of the best candidate for a match to count. The default, 0.6, leaves out
   * formats that accept any digits of some length and have no check digit (DHL eCommerce 14 scores
   * 0.5 alone), since order and phone numbers in an email look just like them.
   */
  readonly minConfidence?: number;
}

interface Word {
  readonly start: number;
  readonly end: number;
  /** As written, and upper-cased. */
  readonly source: string;
  readonly upper: string;
  readonly hasDigit: boolean;
}

// Numbers are often written in groups: "1Z 999 AA1 01 2345 6784", "9400-1112-…", "RR 473.124.829 GB".
const GROUP_SEPARATOR = /^(?:[ \t\u00a0]{1,2}|[ \u00a0]?[-.\u2010-\u2015][ \u00a0]?)$/;
const WORD = /[0-9A-Za-z]+/g;

/**
 * Tracking numbers in free text such as a shipping-confirmation email, each distinct number once,
 * in order of appearance. A number may be split into groups by single spaces, dashes or dots.
 * Where readings overlap, one with a verified check digit beats one without, then the longer wins.
 */
export function findInText(text: string, options: FindOptions = {}): FoundTrackingNumber[] {
  const minConfidence = options.minConfidence ?? 0.6;
  const found: FoundTrackingNumber[] = [];
  for (const run of groupRuns(text)) {
    for (let first = 0; first < run.length; first += 1) {
      let normalized = '';
      for (let last = first; last < run.length; last += 1) {
        const word = run[last];
        if (word === undefined) break;
        normalized += word.upper;
        if (normalized.length > MAX_NUMBER_LENGTH) break;
        if (!mayJoin(run, first, last)) continue;
        const start = run[first]?.start ?? 0;
        const detection = detect(text.slice(start, word.end));
        const best = detection.candidates[0];
        if (
          best !== undefined &&
          best.confidence >= minConfidence &&
          !isOtherNumber(text, start, word.end, detection.normalized)
        ) {
          found.push({ text: text.slice(start, word.end), start, end: word.end, detection });
        }
      }
    }
  }
  return pickBest(found);
}

// Phone, order and invoice numbers fill the same emails, and a digits-only run passes a check
// digit by chance (one 10-digit run in seven is a valid DHL Express number): 10–26% of phone
// numbers in a signature read as tracking numbers before these rules. A digits-only reading is
// left out when the line names it as something else just before it ("Tel.", "Order #", with any
// digit groups of the same number in between), when it follows an international dialling prefix
// ("+49 (0)30 …"), or when it is written as a North American phone number.
const OTHER_LABEL = new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    [
      'tel',
      'tél',
      'tele(?:fon|fono|foon|phone)',
      'teléfono',
      'téléphone',
      'phone',
      'fax',
      'mob(?:ile?)?',
      'handy',
      'cell(?:phone)?',
      'call(?:\\s+us)?(?:\\s+(?:at|on))?',
      'hotline',
      'whats\\s?app',
      'sms',
      'order',
      'bestell(?:ung|nummer)?',
      'bestelling',
      'auftrag(?:snummer)?',
      'commande',
      'pedido',
      'ordine',
      'invoice',
      'rechnung(?:snummer)?',
      'facture',
      'factura',
      'fattura',
      'factuur',
      'customer',
      'kunden(?:nummer)?',
      'account',
    ].join('|') +
    ')(?:[\\s.:#°º()/-]|(?:no|nr|n(?=[°º])|number|nummer|num)(?![\\p{L}]))*(?:\\d+[\\s./()-]+)*$',
  'iu',
);
/** After the line's last "+", nothing but what a phone number is written with. */
const DIALLING_PREFIX = /\+[\d\s()./-]*$/;
const NORTH_AMERICAN_PHONE = /^(?:1[-.])?\d{3}[-.]\d{3}[-.]\d{4}$/;
/** How far back on its line a label is looked for. */
const LABEL_REACH = 48;

function isOtherNumber(text: string, start: number, end: number, normalized: string): boolean {
  if (!/^\d+$/.test(normalized)) return false;
  if (NORTH_AMERICAN_PHONE.test(text.slice(start, end))) return true;
  const from = Math.max(0, start - LABEL_REACH);
  const before = text.slice(from, start);
  const line = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1);
  return DIALLING_PREFIX.test(line) || OTHER_LABEL.test(line);
}

/** Runs of words separated only by what can separate the groups of one number. */
function groupRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const previous = run[run.length - 1];
    if (previous !== undefined && !GROUP_SEPARATOR.test(text.slice(previous.end, start))) {
      runs.push(run);
      run = [];
    }
    run.push({
      start,
      end: start + word.length,
      source: word,
      upper: word.toUpperCase(),
      hasDigit: /\d/.test(word),
    });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Whether words first..last may be read as one number. Inside a number every group has a digit;
 * a group of letters only may open or close it ("RR 473 124 829 GB", "JJD 0002…"), and then only
 * short and written in capitals, so that "in 1234567890" is not read as a DHL "IN…" number.
 */
function mayJoin(run: readonly Word[], first: number, last: number): boolean {
  if (first === last) return true;
  for (let index = first; index <= last; index += 1) {
    const word = run[index];
    if (word === undefined) return false;
    if (word.hasDigit) continue;
    const atEdge = index === first || index === last;
    if (!atEdge || word.source.length > 4 || word.source !== word.upper) return false;
  }
  return true;
}

function pickBest(found: readonly FoundTrackingNumber[]): FoundTrackingNumber[] {
  const ranked = [...found].sort(
    (a, b) =>
      Number(isVerified(b)) - Number(isVerified(a)) ||
      b.detection.normalized.length - a.detection.normalized.length ||
      a.start - b.start,
  );
  const chosen: FoundTrackingNumber[] = [];
  for (const candidate of ranked) {
    if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    chosen.push(candidate);
  }
  chosen.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const distinct: FoundTrackingNumber[] = [];
  for (const one of chosen) {
    if (seen.has(one.detection.normalized)) continue;
    seen.add(one.detection.normalized);
    distinct.push(one);
  }
  return distinct;
}

function isVerified(found: FoundTrackingNumber): boolean {
  return found.detection.candidates[0]?.checkDigit === 'verified';
}
