import type { CarrierScan } from '../../carriers/carrier.js';
import type { Status } from '../../domain/status.js';
import type { PollOutcome, PollRow } from './claims.js';
import type { NumberAnswer } from './poll-answer.js';
import { nextPoll, type PollSchedule } from './poll-interval.js';

const EXPIRED_CODE = 'WAYBILL_NOT_FOUND';

export interface OutcomeContext {
  readonly carrier: string;
  readonly now: Date;
  readonly schedule: PollSchedule;
  readonly random: () => number;
  readonly notFoundExpiryDays: number;
}

/**
 * What one poll's answers mean for each polled number: when to poll it next (or never), and the
 * `expired` scans of numbers the carrier never knew in time. Numbers without an answer are left
 * out (their claim runs out and they are polled again). Pure.
 */
export function pollOutcomes(
  rows: readonly PollRow[],
  answers: ReadonlyMap<string, NumberAnswer>,
  untracked: ReadonlySet<string>,
  context: OutcomeContext,
): { outcomes: PollOutcome[]; expire: CarrierScan[] } {
  const { now } = context;
  const outcomes: PollOutcome[] = [];
  const expire: CarrierScan[] = [];
  for (const row of rows) {
    const answer = answers.get(row.tracking_number);
    if (!answer) continue;
    if (answer.status !== undefined && untracked.has(row.tracking_number)) {
      // Nobody tracks it any more.
      outcomes.push({ trackingNumber: row.tracking_number, nextPollAt: null, polled: true, finished: true });
      continue;
    }
    const changed = answer.digest !== row.answer_digest;
    const firstSeen = row.first_seen_by_carrier_at ?? (answer.known ? now.toISOString() : null);
    const status = (answer.status ?? row.status) as Status;
    const state = {
      status,
      unchangedPolls: changed ? 0 : row.unchanged_polls + 1,
      lastEventAt: answer.lastEventAt ?? row.last_event_at,
      deliveredAt: answer.deliveredAt ?? row.delivered_at,
      firstSeenByCarrierAt: firstSeen,
      registeredAt: row.registered_at,
    };
    const decision = nextPoll(state, now, context.schedule, context.random);
    if (decision.kind === 'expire') expire.push(expiredScan(row.tracking_number, context));
    outcomes.push({
      trackingNumber: row.tracking_number,
      nextPollAt: decision.kind === 'poll' ? decision.at.toISOString() : null,
      unchangedPolls: state.unchangedPolls,
      status: decision.kind === 'expire' ? 'expired' : status,
      lastEventAt: state.lastEventAt,
      answerDigest: answer.digest,
      firstSeenByCarrierAt: firstSeen,
      deliveredAt: state.deliveredAt,
      polled: true,
      finished: decision.kind !== 'poll',
    });
  }
  return { outcomes, expire };
}

/** The scan that ends tracking of a number the carrier never knew. */
function expiredScan(trackingNumber: string, context: OutcomeContext): CarrierScan {
  return {
    trackingNumber,
    carrier: context.carrier,
    occurredAt: context.now.toISOString(),
    status: 'expired.not_found',
    rawCode: EXPIRED_CODE,
    rawDescription: `The carrier did not know this number within ${context.notFoundExpiryDays} days of registration.`,
    location: null,
  };
}
