import { isBeforeFirstScan, isPhysicalScan } from './progression.js';
import { statusOf } from './status.js';
import type { Substatus } from './status.js';
import type { TrackingEvent } from './tracking-event.js';

/** What the fold needs to remember between scans, beyond the substatus itself. */
export interface Journey {
  readonly substatus: Substatus;
  /** Set by a return_to_sender scan: from then on forward-looking scans describe the way back. */
  readonly returning: boolean;
  /** A physical scan has been applied, so label-only scans can no longer move the status back. */
  readonly scanned: boolean;
}

export const JOURNEY_START: Journey = { substatus: 'pending.registered', returning: false, scanned: false };

/**
 * The substatus a scan moves the journey to, or null when the scan is a stray that must not
 * change it. The timeline is folded through this in canonical order.
 */
export function substatusAfter(journey: Journey, event: TrackingEvent): Substatus | null {
  const incoming = statusOf(event.substatus);
  // The carrier said outright that an earlier scan was wrong: believe it as written.
  if (event.corrects !== undefined) return event.substatus;

  if (statusOf(journey.substatus) === 'delivered') {
    // Delivery is sticky: depots re-scan delivered parcels, and a stray scan must not
    // tell a customer their parcel is travelling again. Only a return (or a correction) undoes it.
    if (incoming === 'delivered' || incoming === 'return_to_sender') return event.substatus;
    return null;
  }
  // Back with the sender is as final as delivered.
  if (journey.substatus === 'return_to_sender.delivered') return null;

  if (journey.scanned && isBeforeFirstScan(incoming)) return null;

  if (journey.returning) {
    switch (incoming) {
      case 'in_transit':
      case 'out_for_delivery':
      case 'attempt_failed':
      case 'available_for_pickup':
        return 'return_to_sender.in_transit';
      case 'delivered':
        return 'return_to_sender.delivered';
      default:
        return event.substatus;
    }
  }
  return event.substatus;
}

/** The journey after applying a scan that `substatusAfter` accepted. */
export function advance(journey: Journey, event: TrackingEvent, substatus: Substatus): Journey {
  const status = statusOf(substatus);
  const returning =
    event.corrects !== undefined
      ? status === 'return_to_sender'
      : journey.returning || status === 'return_to_sender';
  return { substatus, returning, scanned: journey.scanned || isPhysicalScan(status) };
}
