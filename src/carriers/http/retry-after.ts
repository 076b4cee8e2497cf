/**
 * How long a carrier asked us to wait, from a `Retry-After` header (RFC 9110 §10.2.3): either
 * delay-seconds or an HTTP-date. Undefined when absent or unreadable, so the poller falls back to
 * its own back-off. A date in the past means "now" (0), not a negative wait.
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (value.length === 0 || value.length > 64) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // HTTP-date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and the two obsolete forms all name GMT.
  if (!/GMT$/.test(value)) return undefined;
  const at = Date.parse(value);
  if (!Number.isFinite(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
