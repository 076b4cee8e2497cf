// Readers for Shopify's JSON, which arrives as `unknown`: each answers a value of the expected
// shape or undefined, never throws, and bounds lengths so no field can grow a row without limit.

export type JsonRecord = Readonly<Record<string, unknown>>;

export function recordOf(value: unknown): JsonRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonRecord)
    : undefined;
}

export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A non-empty string after trimming, at most `max` characters; numbers are not text. Control
 * characters are dropped: PostgreSQL cannot store NUL, and no name or number holds one.
 */
export function textOf(value: unknown, max = 200): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return text.length > 0 && text.length <= max ? text : undefined;
}

const GID = /^gid:\/\/shopify\/[A-Za-z]+\/(\d{1,20})(\?.*)?$/;

/**
 * A Shopify id as decimal text: REST sends a JSON number (safe up to 2^53, which Shopify's ids
 * stay below), GraphQL a gid (`gid://shopify/Order/4440001001`); both name the same resource.
 */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^[1-9]\d{0,19}$/.test(value)) return value;
  return GID.exec(value)?.[1];
}

/** An ISO 3166-1 alpha-2 code, upper case. */
export function countryOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : undefined;
}
