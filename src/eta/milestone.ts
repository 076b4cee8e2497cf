import type { Substatus } from '../domain/status.js';
import type { TrackingEvent } from '../domain/tracking-event.js';

// How far a shipment has got, as the predictor sees it. The time left after "arrived at the
// destination facility" is not the time left after "picked up", so the model keeps a transit
// distribution per milestone and predicts from the latest one reached.

export const MILESTONES = [
  'purchase',
  'shipped',
  'in_transit',
  'destination_facility',
  'out_for_delivery',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/** Later milestones rank higher; a shipment never moves back to a lower one. */
export const MILESTONE_RANK: Record<Milestone, number> = {
  purchase: 0,
  shipped: 1,
  in_transit: 2,
  destination_facility: 3,
  out_for_delivery: 4,
};

/**
 * The milestone a scan with this substatus shows the shipment has reached, or undefined when the
 * scan does not move it along the delivery path (exceptions, pickup points, final states): the
 * latest milestone then stays as it was.
 */
export function milestoneOf(substatus: Substatus): Milestone | undefined {
  switch (substatus) {
    // Before hand-over the clock runs from the order; with no order time, the label stands in for it.
    case 'pending.registered':
    case 'pending.not_found':
    case 'info_received.label_created':
    case 'info_received.awaiting_pickup':
      return 'purchase';
    case 'in_transit.picked_up':
    case 'in_transit.origin_facility':
      return 'shipped';
    case 'in_transit.linehaul':
    case 'in_transit.customs':
    case 'in_transit.delayed':
    case 'in_transit.rerouted':
    case 'in_transit.other':
      return 'in_transit';
    // After a failed attempt the parcel is back at the delivery depot, waiting for the next round.
    case 'in_transit.destination_facility':
    case 'attempt_failed.recipient_absent':
    case 'attempt_failed.no_access':
    case 'attempt_failed.business_closed':
    case 'attempt_failed.other':
      return 'destination_facility';
    case 'out_for_delivery.on_vehicle':
    case 'out_for_delivery.rescheduled':
      return 'out_for_delivery';
    default:
      return undefined;
  }
}

/** Instants (ms since epoch) at which each milestone was first reached. */
export type MilestoneTimes = Partial<Record<Milestone, number>>;

/** The first time each milestone was reached, from a shipment's scans in any order. */
export function milestoneTimesOf(
  events: readonly Pick<TrackingEvent, 'occurredAt' | 'substatus'>[],
): MilestoneTimes {
  const times: MilestoneTimes = {};
  for (const event of events) {
    const milestone = milestoneOf(event.substatus);
    const at = Date.parse(event.occurredAt);
    if (milestone === undefined || Number.isNaN(at)) continue;
    const seen = times[milestone];
    if (seen === undefined || at < seen) times[milestone] = at;
  }
  return times;
}

/** The most advanced milestone reached and when, or undefined before any. */
export function latestMilestoneOf(times: MilestoneTimes): { milestone: Milestone; at: number } | undefined {
  let latest: { milestone: Milestone; at: number } | undefined;
  for (const milestone of MILESTONES) {
    const at = times[milestone];
    if (at !== undefined) latest = { milestone, at };
  }
  return latest;
}
