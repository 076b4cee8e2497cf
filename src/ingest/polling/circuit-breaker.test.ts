import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerState } from './circuit-breaker.js';

function breaker(threshold = 3, cooldownMs = 1_000) {
  let now = 0;
  const changes: BreakerState[] = [];
  const b = new CircuitBreaker({
    failureThreshold: threshold,
    cooldownMs,
    clock: () => new Date(now),
    onChange: (state) => changes.push(state),
  });
  return { b, changes, advance: (ms: number) => (now += ms) };
}

describe('circuit breaker', () => {
  it('opens after consecutive failures, lets one trial through after the cool-down, closes on success', () => {
    const { b, changes, advance } = breaker();
    b.recordFailure();
    b.recordFailure();
    expect(b.state()).toBe('closed');
    b.recordFailure();
    expect(b.state()).toBe('open');
    expect(b.tryAcquire()).toBe(false);
    advance(1_000);
    expect(b.state()).toBe('half_open');
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false); // one trial at a time
    b.recordSuccess();
    expect(b.state()).toBe('closed');
    expect(changes).toEqual(['open', 'half_open', 'closed']);
  });

  it('a failed trial opens it again for a full cool-down', () => {
    const { b, advance } = breaker(1, 1_000);
    b.recordFailure();
    advance(1_000);
    expect(b.tryAcquire()).toBe(true);
    b.recordFailure();
    expect(b.state()).toBe('open');
    advance(999);
    expect(b.state()).toBe('open');
    advance(1);
    expect(b.state()).toBe('half_open');
  });

  it('a success resets the failure count', () => {
    const { b } = breaker(3);
    b.recordFailure();
    b.recordFailure();
    b.recordSuccess();
    b.recordFailure();
    b.recordFailure();
    expect(b.state()).toBe('closed');
  });

  it('property: it is open exactly when the last `threshold` outcomes failed and the cool-down has not passed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (threshold, outcomes) => {
          const { b } = breaker(threshold, 1_000_000);
          let run = 0;
          for (const ok of outcomes) {
            // While open nothing is sent; only outcomes of requests that were allowed count.
            if (!b.tryAcquire()) break;
            if (ok) b.recordSuccess();
            else b.recordFailure();
            run = ok ? 0 : run + 1;
          }
          expect(b.state() === 'open').toBe(run >= threshold);
        },
      ),
    );
  });
});
