import { verifyCheck } from './check-digits/check-digit.js';
import { MATCHER, fittingLayouts } from './detect.js';
import { fitsShape } from './matcher.js';
import { MAX_INPUT_LENGTH, inputProblem, normalize } from './normalize.js';

export type NoMatchCode =
  'empty' | 'too-long' | 'invalid-characters' | 'check-digit-mismatch' | 'unknown-format';

export interface NoMatch {
  readonly code: NoMatchCode;
  /** A sentence for people: "No carrier recognises …". */
  readonly message: string;
  /** For 'check-digit-mismatch': the formats whose shape the number has, but not their check character. */
  readonly formatIds: readonly string[];
}

/** Why `detect` finds no candidate for this input, or null when it finds some. */
export function explainNoMatch(input: string): NoMatch | null {
  if (input.length > MAX_INPUT_LENGTH) return tooLong(input.length);
  const normalized = normalize(input);
  switch (inputProblem(normalized)) {
    case 'empty':
      return { code: 'empty', message: 'No tracking number was given.', formatIds: [] };
    case 'too-long':
      return tooLong(normalized.length);
    case 'invalid-characters':
      return {
        code: 'invalid-characters',
        message:
          `No carrier recognises ${quote(normalized)}: tracking numbers hold only letters and digits, ` +
          `and it also has ${[...new Set(normalized.replace(/[0-9A-Z]/g, ''))].map((c) => `"${c}"`).join(', ')}.`,
        formatIds: [],
      };
    case null:
      break;
  }
  if (fittingLayouts(normalized).length > 0) return null;
  const mistyped = MATCHER.candidatesFor(normalized).filter(
    (layout) =>
      fitsShape(layout, normalized) &&
      layout.format.checkDigit !== undefined &&
      !verifyCheck(layout.format.checkDigit, normalized, layout.offset),
  );
  const formats = [...new Set(mistyped.map((layout) => layout.format))];
  if (formats.length > 0) {
    return {
      code: 'check-digit-mismatch',
      message:
        `No carrier recognises ${quote(normalized)}: it has the shape of ` +
        `${formats.map((format) => format.service).join(' or ')}, but its check digit is wrong, ` +
        'so a character was probably mistyped.',
      formatIds: formats.map((format) => format.id),
    };
  }
  return {
    code: 'unknown-format',
    message: `No carrier recognises ${quote(normalized)}: it fits no known tracking-number format.`,
    formatIds: [],
  };
}

function tooLong(length: number): NoMatch {
  return {
    code: 'too-long',
    message: `No carrier recognises a number of ${length} characters: the longest tracking numbers have ${MATCHER.longest}.`,
    formatIds: [],
  };
}

function quote(normalized: string): string {
  return `"${normalized.length > 60 ? `${normalized.slice(0, 57)}…` : normalized}"`;
}
