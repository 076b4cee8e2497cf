import type { CarrierProblem } from '../carrier.js';

/**
 * Splits X12 text into interchanges and segments. Separators are never assumed: each ISA
 * declares its own (element separator right after "ISA", component separator in ISA16, segment
 * terminator right after it). Line breaks after terminators are ignored. One pass with
 * indexOf, so time grows linearly with the text.
 */
export interface Separators {
  readonly element: string;
  readonly component: string;
  readonly segment: string;
}

export interface Segment {
  readonly id: string;
  /** elements[0] is the segment id; elements[n] is the n-th element (ISA13 → elements[13]). */
  readonly elements: readonly string[];
  /** 1-based position of the segment in the file, for problem reports. */
  readonly position: number;
}

export interface Interchange {
  readonly separators: Separators;
  /** From ISA to IEA (or to where the text ends). */
  readonly segments: readonly Segment[];
}

export interface Tokens {
  readonly interchanges: readonly Interchange[];
  readonly problems: readonly CarrierProblem[];
}

// ISA element widths (ISA01…ISA16): the segment is fixed-length, 106 characters with its terminator.
const ISA_WIDTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1] as const;
const ISA_LENGTH = 106;

export function tokenize(text: string): Tokens {
  const interchanges: Interchange[] = [];
  const problems: CarrierProblem[] = [];
  let at = skipWhitespace(text, 0);
  let position = 0;
  if (!text.startsWith('ISA', at)) {
    problems.push({
      kind: 'invalid_payload',
      message: 'not an X12 interchange: the text must start with an ISA segment',
      at: 'segment 1',
    });
    return { interchanges, problems };
  }
  while (at < text.length) {
    const separators = readSeparators(text, at);
    if ('error' in separators) {
      problems.push({ kind: 'invalid_payload', message: separators.error, at: `segment ${position + 1}` });
      break;
    }
    const segments: Segment[] = [];
    let ended = false;
    while (at < text.length) {
      at = skipWhitespace(text, at);
      if (at >= text.length) break;
      // A new ISA before this interchange's IEA: it ended early; the next one declares its own separators.
      if (segments.length > 0 && text.startsWith('ISA', at)) break;
      const end = text.indexOf(separators.segment, at);
      const raw = trimLineBreaks(text.slice(at, end === -1 ? text.length : end));
      at = end === -1 ? text.length : end + separators.segment.length;
      if (raw.length === 0) continue;
      position += 1;
      const elements = raw.split(separators.element);
      const segment: Segment = { id: elements[0] ?? '', elements, position };
      segments.push(segment);
      if (segment.id === 'IEA') {
        ended = true;
        break;
      }
    }
    interchanges.push({ separators, segments });
    if (!ended) {
      problems.push({
        kind: 'invalid_payload',
        message:
          'the interchange has no IEA segment: the file is truncated or two interchanges are run together',
        at: `segment ${position}`,
      });
    }
    at = skipWhitespace(text, at);
    if (at < text.length && !text.startsWith('ISA', at)) {
      problems.push({
        kind: 'invalid_payload',
        message: 'text after the IEA segment is not another interchange; it was ignored',
        at: `segment ${position + 1}`,
      });
      break;
    }
  }
  return { interchanges, problems };
}

/** The separators an ISA at `at` declares; the fixed widths first, then a tolerant walk for senders that do not pad. */
export function readSeparators(text: string, at: number): Separators | { error: string } {
  const element = text.charAt(at + 3);
  if (!isSeparator(element)) {
    return { error: `the ISA element separator "${printable(element)}" is a letter, digit or space` };
  }
  let cursor = at + 3;
  let fixed = text.length >= at + ISA_LENGTH;
  for (const width of ISA_WIDTHS) {
    if (text.charAt(cursor) !== element) fixed = false;
    cursor += 1 + width;
  }
  let component: string;
  let segment: string;
  if (fixed) {
    component = text.charAt(at + 104);
    segment = text.charAt(at + 105);
  } else {
    // Walk the 16 separators instead; ISA16 is the one character after the last of them.
    cursor = at + 3;
    for (let n = 0; n < 16; n += 1) {
      const next = text.indexOf(element, cursor);
      // The ISA is at most a little over 106 characters; looking further would read the next segments.
      if (next === -1 || next - at > ISA_LENGTH + 40) {
        return { error: 'the ISA segment is truncated or malformed: it must have 16 elements' };
      }
      cursor = next + 1;
    }
    component = text.charAt(cursor);
    segment = text.charAt(cursor + 1);
  }
  if (!isSeparator(component) || !isSeparator(segment)) {
    return {
      error: 'the ISA segment is truncated or malformed: ISA16 and the segment terminator must follow it',
    };
  }
  if (new Set([element, component, segment]).size < 3) {
    return {
      error: `the ISA declares separators that clash: element "${printable(element)}", component "${printable(component)}", segment "${printable(segment)}"`,
    };
  }
  return { element, component, segment };
}

// Line breaks may terminate segments; spaces and alphanumerics never separate anything.
function isSeparator(char: string): boolean {
  return char.length === 1 && !/[A-Za-z0-9 ]/.test(char);
}

function skipWhitespace(text: string, at: number): number {
  let cursor = at;
  while (cursor < text.length && isBlank(text.charCodeAt(cursor))) cursor += 1;
  return cursor;
}

// Space, tab, line breaks, and a byte-order mark before the first ISA.
function isBlank(code: number): boolean {
  return (
    code === 32 || code === 10 || code === 13 || code === 9 || code === 11 || code === 12 || code === 0xfeff
  );
}

function trimLineBreaks(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && (raw.charCodeAt(start) === 10 || raw.charCodeAt(start) === 13)) start += 1;
  while (end > start && (raw.charCodeAt(end - 1) === 10 || raw.charCodeAt(end - 1) === 13)) end -= 1;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

function printable(char: string): string {
  if (char === '') return 'nothing';
  return JSON.stringify(char).slice(1, -1);
}
