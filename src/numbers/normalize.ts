/** Longer raw input is not looked at: no tracking number, however spaced out, gets near this. */
export const MAX_INPUT_LENGTH = 256;
/** The longest format is a USPS IMpb behind a 420 + ZIP+4 routing code: 42 characters. */
export const MAX_NUMBER_LENGTH = 48;

export type InputProblem = 'empty' | 'too-long' | 'invalid-characters';

/**
 * The number as carriers print it: spaces, dashes and dots dropped (anywhere, which also trims),
 * a–z upper-cased. Nothing else changes: an O is not read as 0, nor ß as SS, because guessing at
 * characters turns one carrier's number into another's. What remains may still hold characters no
 * format accepts; `inputProblem` says so.
 */
export function normalize(input: string): string {
  if (isNormal(input)) return input;
  const stripped = input.replace(SEPARATORS, '');
  // On ASCII, toUpperCase changes a-z only; beyond it, it would turn ß into SS, so go by hand.
  if (isAscii(stripped)) return stripped.toUpperCase();
  let normalized = '';
  for (let index = 0; index < stripped.length; index += 1) {
    const code = stripped.charCodeAt(index);
    normalized += code >= 97 && code <= 122 ? String.fromCharCode(code - 32) : stripped.charAt(index);
  }
  return normalized;
}

/** Why a normalised input can't be a tracking number, or null if it could be one. */
export function inputProblem(normalized: string): InputProblem | null {
  if (normalized.length === 0) return 'empty';
  if (normalized.length > MAX_NUMBER_LENGTH) return 'too-long';
  return isNormal(normalized) ? null : 'invalid-characters';
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 127) return false;
  return true;
}

function isNormal(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90))) return false;
  }
  return true;
}

// Whitespace of every kind (a number copied from a web page brings no-break spaces), the ASCII
// hyphen, the Unicode dashes and minus sign that word processors substitute for it, and the dot.
const SEPARATORS = /[\s\-.\u2010-\u2015\u2212]+/g;
