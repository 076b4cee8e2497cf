import { describe, expect, it } from 'vitest';
import type { PollRow } from './claims.js';
import type { NumberAnswer } from './poll-answer.js';
import { pollOutcomes, type OutcomeContext } from './poll-outcomes.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const DAY = 86_400_000;
const context: OutcomeContext = {
  carrier: 'ups',
  now: NOW,
  schedule: {
    outForDeliveryMs: 30 * 60_000,
    inTransitMs: 3 * 3_600_000,
    preTransitMs: 6 * 3_600_000,
    maxBackoffFactor: 4,
    maxIntervalMs: DAY,
    deliveredGraceMs: 24 * 3_600_000,
    notFoundExpiryMs: 14 * DAY,
    jitter: 0,
  },
  random: () => 0.5,
  notFoundExpiryDays: 14,
};

function row(number: string, overrides: Partial<PollRow> = {}): PollRow {
  return {
    carrier: 'ups',
    tracking_number: number,
    next_poll_at: NOW.toISOString(),
    claimed_by: 'w',
    claimed_until: null,
    unchanged_polls: 0,
    status: 'pending',
    last_event_at: null,
    answer_digest: null,
    last_polled_at: null,
    first_seen_by_carrier_at: null,
    delivered_at: null,
    finished_at: null,
    registered_at: new Date(NOW.getTime() - DAY).toISOString(),
    created_at: new Date(NOW.getTime() - DAY).toISOString(),
    updated_at: new Date(NOW.getTime() - DAY).toISOString(),
    ...overrides,
  };
}

const inTransit: NumberAnswer = {
  known: true,
  status: 'in_transit',
  lastEventAt: '2026-12-07T10:00:00.000Z',
  deliveredAt: null,
  digest: 'd1',
};
const notFound: NumberAnswer = {
  known: false,
  status: undefined,
  lastEventAt: null,
  deliveredAt: null,
  digest: 'nf',
};

describe('pollOutcomes', () => {
  it('schedules a known number again, counts unchanged answers, and leaves unanswered numbers out', () => {
    const { outcomes, expire } = pollOutcomes(
      [row('A'), row('B', { answer_digest: 'd1', unchanged_polls: 2 }), row('C')],
      new Map([
        ['A', inTransit],
        ['B', inTransit],
      ]),
      new Set(),
      context,
    );
    expect(expire).toEqual([]);
    expect(outcomes.map((o) => o.trackingNumber)).toEqual(['A', 'B']);
    const [a, b] = outcomes;
    expect(a).toMatchObject({ status: 'in_transit', unchangedPolls: 0, finished: false, polled: true });
    expect(a?.firstSeenByCarrierAt).toBe(NOW.toISOString());
    expect(b?.unchangedPolls).toBe(3);
    expect(Date.parse(a!.nextPollAt!)).toBeGreaterThan(NOW.getTime());
  });

  it('finishes a number nobody tracks any more', () => {
    const { outcomes } = pollOutcomes([row('A')], new Map([['A', inTransit]]), new Set(['A']), context);
    expect(outcomes).toEqual([{ trackingNumber: 'A', nextPollAt: null, polled: true, finished: true }]);
  });

  it('expires a number the carrier never knew within the expiry, with an expired scan', () => {
    const old = new Date(NOW.getTime() - 15 * DAY).toISOString();
    const { outcomes, expire } = pollOutcomes(
      [row('A', { registered_at: old }), row('B')],
      new Map([
        ['A', notFound],
        ['B', notFound],
      ]),
      new Set(),
      context,
    );
    expect(expire).toHaveLength(1);
    expect(expire[0]).toMatchObject({ trackingNumber: 'A', carrier: 'ups', status: 'expired.not_found' });
    expect(expire[0]?.rawDescription).toContain('14 days');
    expect(outcomes[0]).toMatchObject({ status: 'expired', nextPollAt: null, finished: true });
    expect(outcomes[1]).toMatchObject({ finished: false });
  });
});
