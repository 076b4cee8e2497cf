import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextAttemptAt, retryAfterMs } from './retry-policy.js';

const settings = { baseDelayMs: 5_000, maxDelayMs: 6 * 3600_000, windowMs: 3 * 24 * 3600_000 };
const start = new Date('2026-11-26T00:00:00.000Z');

describe('webhook retry schedule', () => {
  it('draws each delay below a doubling ceiling, capped, and never past the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        fc.nat(4 * 24 * 3600_000),
        (attempt, draw, elapsed) => {
          const now = new Date(start.getTime() + elapsed);
          const next = nextAttemptAt({ attempt, now, windowStartedAt: start, settings, random: () => draw });
          const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
          if (next === null) {
            expect(now.getTime() + Math.floor(draw * ceiling)).toBeGreaterThan(
              start.getTime() + settings.windowMs,
            );
          } else {
            expect(next.getTime() - now.getTime()).toBeLessThan(ceiling);
            expect(next.getTime()).toBeLessThanOrEqual(start.getTime() + settings.windowMs);
          }
        },
      ),
    );
  });

  it('keeps retrying for three days, then gives up', () => {
    let now = start;
    let attempt = 1;
    for (;;) {
      const next = nextAttemptAt({ attempt, now, windowStartedAt: start, settings, random: () => 0.5 });
      if (next === null) break;
      now = next;
      attempt += 1;
    }
    expect(now.getTime() - start.getTime()).toBeGreaterThan(2.5 * 24 * 3600_000);
    expect(now.getTime() - start.getTime()).toBeLessThanOrEqual(3 * 24 * 3600_000);
  });

  it('waits at least as long as Retry-After asks, in seconds or as a date', () => {
    const now = new Date('2026-11-26T10:00:00.000Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Thu, 26 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    const next = nextAttemptAt({
      attempt: 1,
      now,
      windowStartedAt: now,
      retryAfterMs: 120_000,
      settings,
      random: () => 0,
    });
    expect(next?.toISOString()).toBe('2026-11-26T10:02:00.000Z');
  });
});
