/**
 * Reading a carrier's JSON without trusting it. Payloads arrive as `unknown`; every reader here
 * answers `undefined` (or an empty list) for the wrong shape instead of throwing, so a parser can
 * walk a mangled payload and report what it could not use.
 */

export type JsonRecord = Readonly<Record<string, unknown>>;

/** Longest text we keep from a carrier; the pipeline clips at the same length. */
export const MAX_TEXT = 2000;

export function recordOf(value: unknown): JsonRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonRecord)
    : undefined;
}

export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty trimmed string, clipped. Carriers sometimes send numbers where the spec says string. */
export function textOf(value: unknown, max = MAX_TEXT): string | undefined {
  let text: string | undefined;
  if (typeof value === 'string') text = value.length > max * 2 ? value.slice(0, max * 2) : value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  if (text === undefined) return undefined;
  text = text.trim();
  if (text.length === 0) return undefined;
  return text.length > max ? text.slice(0, max) : text;
}

/** A path inside the payload as a JSON pointer (RFC 6901), for a problem's `at`. */
export function pointer(...parts: readonly (string | number)[]): string {
  return parts.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** True/false from a boolean or the strings carriers use for one. */
export function flagOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'Y' || value === 'y') return true;
  if (value === 'false' || value === 'N' || value === 'n') return false;
  return undefined;
}
