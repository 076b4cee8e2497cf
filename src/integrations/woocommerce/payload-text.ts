// Reading untrusted JSON values as text: what crosses from a shop into Waybill's store is a plain,
// bounded string without control characters (PostgreSQL refuses NUL in text).

// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A string (or a finite number, as PHP may render either) as trimmed text of at most `max` characters; '' otherwise. */
export function textOf(value: unknown, max: number): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return '';
  return text.replace(CONTROL, '').trim().slice(0, max).trim();
}

/** A plain object's own field; undefined for anything else (arrays, null, prototypes). */
export function fieldOf(value: unknown, name: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * The entries of a list as PHP renders it in JSON: an array, or an object when its keys are not
 * 0..n-1 (an array with an item removed). Anything else is empty.
 */
export function listOf(value: unknown, max: number): unknown[] {
  if (Array.isArray(value)) return value.slice(0, max);
  if (value !== null && typeof value === 'object') return Object.values(value).slice(0, max);
  return [];
}
