import { evidenceOf } from './confidence.js';
import type { TrackingNumberFormat } from './format.js';
import { MAX_NUMBER_LENGTH } from './normalize.js';
import { chanceOfMatch, firstCharacters, lengthRange, parsePattern } from './pattern-shape.js';

/** One way a format can appear: on its own, or behind one of its routing codes. */
export interface Layout {
  readonly format: TrackingNumberFormat;
  /** Position of the format in the table, to break ties. */
  readonly order: number;
  /** Length of the routing code in front of the number proper. */
  readonly offset: number;
  readonly routingCode: string | null;
  /** How strongly a fit speaks for this format; see ./confidence.ts. */
  readonly evidence: number;
  readonly regex: RegExp;
  readonly excludes: RegExp | null;
}

const ALPHABET_SIZE = 36;

/**
 * The format table compiled for speed: layouts filed by length and first character, so a number
 * only meets the handful of regular expressions that could possibly match it.
 */
export class FormatMatcher {
  readonly layouts: readonly Layout[];
  /** Length of the longest number any layout accepts. */
  readonly longest: number;
  private readonly buckets: (Layout[] | undefined)[];

  constructor(formats: readonly TrackingNumberFormat[]) {
    this.layouts = formats.flatMap(layoutsOf);
    this.buckets = new Array<Layout[] | undefined>((MAX_NUMBER_LENGTH + 1) * ALPHABET_SIZE);
    let longest = 0;
    for (const layout of this.layouts) longest = Math.max(longest, this.file(layout));
    this.longest = longest;
  }

  /** The layouts that might fit a normalised number (same length, same first character). */
  candidatesFor(normalized: string): readonly Layout[] {
    const slot = characterSlot(normalized.charCodeAt(0));
    if (slot < 0 || normalized.length > MAX_NUMBER_LENGTH) return NONE;
    return this.buckets[normalized.length * ALPHABET_SIZE + slot] ?? NONE;
  }

  /** Files the layout under every length and first character it can have; returns its longest length. */
  private file(layout: Layout): number {
    const shape = parsePattern(`${layout.routingCode ?? ''}(?:${layout.format.pattern})`);
    const [min, max] = lengthRange(shape);
    const first = firstCharacters(shape);
    for (let length = Math.max(min, 1); length <= Math.min(max, MAX_NUMBER_LENGTH); length += 1) {
      for (const char of first) {
        const index = length * ALPHABET_SIZE + characterSlot(char.charCodeAt(0));
        (this.buckets[index] ??= []).push(layout);
      }
    }
    return Math.min(max, MAX_NUMBER_LENGTH);
  }
}

/** Whether a number has the layout's shape: pattern, exclusions and looked-up fields, not the check. */
export function fitsShape(layout: Layout, normalized: string): boolean {
  if (!layout.regex.test(normalized)) return false;
  if (layout.excludes !== null && layout.excludes.test(normalized)) return false;
  const lookups = layout.format.lookups;
  if (lookups === undefined) return true;
  for (const lookup of lookups) {
    const value = normalized.slice(layout.offset + lookup.at[0], layout.offset + lookup.at[1]);
    if (!lookup.entries.has(value)) return false;
  }
  return true;
}

const NONE: readonly Layout[] = Object.freeze([]);

function layoutsOf(format: TrackingNumberFormat, order: number): Layout[] {
  const routingCodes = [null, ...(format.routingCodes ?? [])];
  return routingCodes.map((routingCode) => {
    const shape = parsePattern(`${routingCode ?? ''}(?:${format.pattern})`);
    const [routingLength] = routingCode === null ? [0] : lengthRange(parsePattern(routingCode));
    return {
      format,
      order,
      offset: routingLength,
      routingCode,
      evidence: evidenceOf(format, 1 / chanceOfMatch(shape)),
      regex: new RegExp(`^${routingCode ?? ''}(?:${format.pattern})$`),
      excludes: format.excludes === undefined ? null : new RegExp(`^(?:${format.excludes})$`),
    };
  });
}

function characterSlot(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}
