/** The retry knobs of the webhooks config section. */
export interface RetrySettings {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly windowMs: number;
}

/**
 * When to try again after failed attempt number `attempt` (1 for the first), or null when the
 * retry window is spent and the message goes to the dead-letter list. Exponential back-off with
 * full jitter (a uniform draw below the doubled ceiling) spreads retries of an endpoint that
 * failed for everyone at once; a receiver's Retry-After is honoured as a floor.
 */
export function nextAttemptAt(input: {
  readonly attempt: number;
  readonly now: Date;
  readonly windowStartedAt: Date;
  readonly retryAfterMs?: number | undefined;
  readonly settings: RetrySettings;
  readonly random?: () => number;
}): Date | null {
  const { settings } = input;
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.min(input.attempt - 1, 40));
  let delay = Math.floor((input.random ?? Math.random)() * ceiling);
  if (input.retryAfterMs !== undefined)
    delay = Math.max(delay, Math.min(input.retryAfterMs, settings.maxDelayMs));
  const at = input.now.getTime() + delay;
  return at > input.windowStartedAt.getTime() + settings.windowMs ? null : new Date(at);
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from now; undefined if absent or garbled. */
export function retryAfterMs(header: string | string[] | undefined, now: Date): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}
