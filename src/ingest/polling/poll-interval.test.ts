import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES, type Status } from '../../domain/status.js';
import {
  baseIntervalMs,
  nextPoll,
  retryDelayMs,
  type PollSchedule,
  type PollState,
} from './poll-interval.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const SCHEDULE: PollSchedule = {
  outForDeliveryMs: 30 * MIN,
  inTransitMs: 3 * HOUR,
  preTransitMs: 12 * HOUR,
  maxBackoffFactor: 8,
  maxIntervalMs: DAY,
  deliveredGraceMs: DAY,
  notFoundExpiryMs: 14 * DAY,
  jitter: 0.1,
};
const NOW = new Date('2026-11-26T08:00:00.000Z');
const middle = () => 0.5; // no jitter

function state(overrides: Partial<PollState> = {}): PollState {
  return {
    status: 'in_transit',
    unchangedPolls: 0,
    lastEventAt: '2026-11-26T06:00:00.000Z',
    deliveredAt: null,
    firstSeenByCarrierAt: '2026-11-25T08:00:00.000Z',
    registeredAt: '2026-11-25T07:00:00.000Z',
    ...overrides,
  };
}

const delayOf = (decision: ReturnType<typeof nextPoll>) =>
  decision.kind === 'poll' ? decision.at.getTime() - NOW.getTime() : Number.NaN;

describe('poll interval', () => {
  it('polls out-for-delivery every 30 minutes, in-transit every 3 hours, pre-transit twice a day', () => {
    expect(delayOf(nextPoll(state({ status: 'out_for_delivery' }), NOW, SCHEDULE, middle))).toBe(30 * MIN);
    expect(delayOf(nextPoll(state({ status: 'in_transit' }), NOW, SCHEDULE, middle))).toBe(3 * HOUR);
    expect(delayOf(nextPoll(state({ status: 'info_received' }), NOW, SCHEDULE, middle))).toBe(12 * HOUR);
    expect(
      delayOf(nextPoll(state({ status: 'pending', firstSeenByCarrierAt: null }), NOW, SCHEDULE, middle)),
    ).toBe(12 * HOUR);
  });

  it('backs off while nothing changes, doubling up to the cap', () => {
    const delays = [0, 1, 2, 3, 4, 10].map((n) =>
      delayOf(nextPoll(state({ unchangedPolls: n }), NOW, SCHEDULE, middle)),
    );
    expect(delays).toEqual([3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, DAY, DAY]);
  });

  it('keeps polling through the grace period after delivery, then stops', () => {
    const delivered = state({ status: 'delivered', deliveredAt: '2026-11-26T07:00:00.000Z' });
    expect(nextPoll(delivered, NOW, SCHEDULE, middle)).toMatchObject({ kind: 'poll' });
    const later = new Date(Date.parse('2026-11-27T07:00:00.000Z'));
    expect(nextPoll(delivered, later, SCHEDULE, middle)).toEqual({ kind: 'finish' });
  });

  it('expires a number the carrier never knew once the window has passed', () => {
    const unknown = state({
      status: 'pending',
      firstSeenByCarrierAt: null,
      registeredAt: '2026-11-12T08:00:00.000Z',
    });
    expect(nextPoll(unknown, NOW, SCHEDULE, middle)).toEqual({ kind: 'expire' });
    const young = state({
      status: 'pending',
      firstSeenByCarrierAt: null,
      registeredAt: '2026-11-12T08:00:01.000Z',
    });
    expect(nextPoll(young, NOW, SCHEDULE, middle)).toMatchObject({ kind: 'poll' });
  });

  it('property: the next poll is in the future, within the jitter of the backed-off interval', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Status>(
          ...STATUSES.filter((s) => !['delivered', 'cancelled', 'expired'].includes(s)),
        ),
        fc.nat(50),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (status, unchangedPolls, r) => {
          const decision = nextPoll(state({ status, unchangedPolls }), NOW, SCHEDULE, () => r);
          expect(decision.kind).toBe('poll');
          const delay = delayOf(decision);
          const base = Math.min(baseIntervalMs(status, SCHEDULE) * Math.min(2 ** unchangedPolls, 8), DAY);
          expect(delay).toBeGreaterThan(0);
          expect(delay).toBeGreaterThanOrEqual(base * 0.9 - 1);
          expect(delay).toBeLessThanOrEqual(base * 1.1 + 1);
        },
      ),
    );
  });

  it('property: more unchanged polls never poll sooner (same jitter)', () => {
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.nat(40),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (a, b, r) => {
          const [few, many] = a <= b ? [a, b] : [b, a];
          const d1 = delayOf(nextPoll(state({ unchangedPolls: few }), NOW, SCHEDULE, () => r));
          const d2 = delayOf(nextPoll(state({ unchangedPolls: many }), NOW, SCHEDULE, () => r));
          expect(d2).toBeGreaterThanOrEqual(d1);
        },
      ),
    );
  });

  it('property: a final status never polls past the end of its grace period', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Status>('delivered', 'cancelled', 'expired'),
        fc.integer({ min: 0, max: 3 * DAY }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (status, agoMs, r) => {
          const at = new Date(NOW.getTime() - agoMs).toISOString();
          const decision = nextPoll(
            state({ status, deliveredAt: at, lastEventAt: at }),
            NOW,
            SCHEDULE,
            () => r,
          );
          if (agoMs >= DAY) expect(decision).toEqual({ kind: 'finish' });
          else expect(delayOf(decision)).toBeLessThanOrEqual(DAY - agoMs);
        },
      ),
    );
  });

  it('property: retry delays grow with failures, stay under the cap, and honour Retry-After', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 10 * HOUR }), { nil: undefined }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (failures, retryAfterMs, r) => {
          const options = { baseMs: 30_000, maxMs: 30 * MIN, jitter: 0.2, retryAfterMs };
          const delay = retryDelayMs(failures, options, () => r);
          expect(delay).toBeGreaterThanOrEqual(retryAfterMs ?? 0);
          expect(delay).toBeLessThanOrEqual(Math.max(30 * MIN * 1.2, retryAfterMs ?? 0));
          const next = retryDelayMs(failures + 1, { ...options, retryAfterMs: undefined }, () => r);
          expect(next).toBeGreaterThanOrEqual(
            retryDelayMs(failures, { ...options, retryAfterMs: undefined }, () => r),
          );
        },
      ),
    );
  });
});
