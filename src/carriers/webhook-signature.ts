import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What the aggregator adapters share to check a provider's webhook signature: reading a header
 * whatever its case or repetition, HMAC-SHA256, and a constant-time comparison that does not
 * reveal where two signatures differ (nor, through an early exit, how long ours is).
 */

/** One header's value; a repeated header counts as absent (a signature is sent once). */
export function headerOf(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (typeof value === 'string') return value;
    return Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : undefined;
  }
  return undefined;
}

export function hmacSha256(key: string | Buffer, data: Buffer | string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** Constant time for equal lengths; a length mismatch compares against itself first so the timing is the same. */
export function sameBytes(expected: Buffer, given: Buffer): boolean {
  if (expected.length !== given.length) {
    timingSafeEqual(expected, expected);
    return false;
  }
  return timingSafeEqual(expected, given);
}

/** Hex text → bytes, or undefined when it is not whole hex (Buffer.from would silently stop at the first bad digit). */
export function hexBytes(text: string): Buffer | undefined {
  return /^(?:[0-9a-f]{2})+$/i.test(text) ? Buffer.from(text, 'hex') : undefined;
}

/** Standard base64 → bytes, or undefined when it is not base64. */
export function base64Bytes(text: string): Buffer | undefined {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0
    ? Buffer.from(text, 'base64')
    : undefined;
}

/**
 * The configured secrets that may sign a call: the current one, and the previous one during a
 * rotation. Read leniently from the raw account (start-up validation reports a malformed one), so
 * checking a signature never depends on unrelated settings such as an API key.
 */
export function secretsOf(
  settings: unknown,
  keys: readonly string[] = ['webhookSecret', 'previousWebhookSecret'],
): string[] {
  if (typeof settings !== 'object' || settings === null) return [];
  const record = settings as Readonly<Record<string, unknown>>;
  return keys
    .map((key) => record[key])
    .filter((secret): secret is string => typeof secret === 'string' && secret.length > 0);
}
