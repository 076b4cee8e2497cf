import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retry-after.js';

const NOW = new Date('2025-03-12T12:00:00.000Z');

describe('retryAfterMs', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP-date as the wait until then, never negative', () => {
    expect(retryAfterMs('Wed, 12 Mar 2025 12:01:30 GMT', NOW)).toBe(90_000);
    expect(retryAfterMs('Wed, 12 Mar 2025 11:00:00 GMT', NOW)).toBe(0);
    // RFC 850, an obsolete form servers still send
    expect(retryAfterMs('Wednesday, 12-Mar-25 12:00:10 GMT', NOW)).toBe(10_000);
  });

  it('ignores what it cannot read, so the poller uses its own back-off', () => {
    for (const value of [
      null,
      undefined,
      '',
      'soon',
      '-5',
      '1.5',
      '2025-03-12T12:01:00Z',
      'x'.repeat(1000),
    ]) {
      expect(retryAfterMs(value, NOW)).toBeUndefined();
    }
  });
});
