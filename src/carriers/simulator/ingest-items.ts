import type { EventSource } from '../../domain/tracking-event.js';
import type { IngestItem } from '../../ingest/ingest-item.js';
import type { PlannedScan } from './itinerary.js';
import type { PlannedJourney } from './journey.js';

export const SIMULATOR_CARRIER = 'simulator';

const SIMULATOR_SOURCE: EventSource = Object.freeze({ adapter: 'simulator', mode: 'simulator' });

/**
 * One scan as the simulator pushes it into the pipeline, the way a carrier's webhook would. The
 * shipment details ride along on every item, so whichever scan arrives first registers the parcel.
 */
export function ingestItemOf(journey: PlannedJourney, scan: PlannedScan, tenantId: string): IngestItem {
  return {
    tenantId,
    trackingNumber: journey.trackingNumber,
    carrier: SIMULATOR_CARRIER,
    occurredAt: scan.occurredAt,
    zone: scan.zone,
    status: scan.substatus,
    rawCode: scan.rawCode,
    rawDescription: scan.rawDescription,
    location: scan.location,
    source: SIMULATOR_SOURCE,
    carrierEstimate: scan.carrierEstimate,
    shipment: journey.shipment,
  };
}
