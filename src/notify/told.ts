import type { EstimatedDeliveryWindow } from '../domain/shipment.js';
import { parseIsoDate } from '../eta/calendar/civil-day.js';
import type { FiredTopic } from './templates/compose.js';
import type { Topic } from './topics.js';

// What one recipient should hear, given what they were last told. An estimate that moved before
// anyone saw it is no news; a move is measured against the window this recipient was shown; and
// the topic that matters most leads the message, whatever order the events came in.

/** The window a sent message showed, kept with that message. */
export interface ToldEstimate {
  readonly mostLikely: string;
  readonly earliest: string;
  readonly latest: string;
}

/**
 * Which topic leads a message with several: where the parcel is now comes first (the newest such
 * news, as it replaces the older), then trouble, then the start of the journey, and a moved
 * estimate last.
 */
const TIER: Record<Topic, number> = {
  delivered: 0,
  out_for_delivery: 0,
  available_for_pickup: 0,
  failed_attempt: 0,
  exception: 0,
  returned: 0,
  delay: 1,
  stalled: 1,
  shipped: 2,
  // Never in a message with other topics (plan-batch.ts keeps confirmations apart).
  shipping_confirmation: 2,
  estimate_moved: 3,
};

function daysBetween(from: string, to: string): number | undefined {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/**
 * The topics worth sending to this recipient, the lead last (composeContent leads with the last).
 * Estimate moves collapse into one, measured from `told` to the shipment's current estimate (or
 * the newest move's window): later moves the same day are not queued apart, so the events alone
 * may not know where the estimate ended. With nothing told yet, or a net move under a day, they
 * are dropped. An empty result means: send nothing.
 */
export function topicsForRecipient(
  topics: readonly FiredTopic[],
  told: ToldEstimate | null,
  current: EstimatedDeliveryWindow | null = null,
): FiredTopic[] {
  const moves = topics.filter((fired) => fired.topic === 'estimate_moved');
  const others = topics.filter((fired) => fired.topic !== 'estimate_moved');
  const newest = moves.at(-1);
  if (newest && newest.event.type === 'eta.changed' && told) {
    const window = current ?? newest.event.payload.window;
    const shift = daysBetween(told.mostLikely, window.mostLikely);
    if (shift !== undefined && Math.abs(shift) >= 1) {
      const payload = { ...newest.event.payload, window, shiftDays: shift };
      others.push({ ...newest, event: { ...newest.event, payload } });
    }
  }
  const inOrder = others.sort((a, b) => a.at.localeCompare(b.at));
  const lead = inOrder.reduce<FiredTopic | undefined>(
    (best, fired) => (best === undefined || TIER[fired.topic] <= TIER[best.topic] ? fired : best),
    undefined,
  );
  if (!lead) return [];
  return [...inOrder.filter((fired) => fired !== lead), lead];
}

/** The window a message built from these topics shows (see composeContent), to remember it. */
export function toldBy(
  topics: readonly FiredTopic[],
  estimate: EstimatedDeliveryWindow | null,
): ToldEstimate | null {
  const lead = topics.at(-1);
  if (!lead || lead.topic === 'delivered' || lead.topic === 'returned') return null;
  const window = 'window' in lead.event.payload ? lead.event.payload.window : estimate;
  if (!window) return null;
  return { mostLikely: window.mostLikely, earliest: window.earliest, latest: window.latest };
}
