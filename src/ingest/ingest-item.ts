import type { Address } from '../domain/shipment.js';
import type { Location } from '../domain/location.js';
import type { EventSource } from '../domain/tracking-event.js';

/**
 * What an adapter (or the API, or the simulator) hands to the pipeline: one scan, not yet
 * normalised. The pipeline validates it, fills in the dedupe key, and turns a local time
 * without an offset into an instant using `zone`.
 */
export interface IngestItem {
  readonly tenantId: string;
  readonly trackingNumber: string;
  readonly carrier: string;
  /** ISO 8601; with an offset or `Z`, or local time when `zone` names an IANA zone. */
  readonly occurredAt: string;
  /** IANA zone of the place, when known. Needed when occurredAt has no offset. */
  readonly zone?: string | undefined;
  /** Either a full substatus code (`delivered.signed`) or a bare status (`delivered`). */
  readonly status: string;
  readonly rawCode?: string | undefined;
  readonly rawDescription?: string | undefined;
  readonly location?: Location | null | undefined;
  readonly source: EventSource;
  readonly corrects?: string | undefined;
  readonly carrierEstimate?: string | undefined;
  /** Registers the shipment if this tenant does not track the number yet. */
  readonly shipment?: ShipmentDetails | undefined;
}

export interface ShipmentDetails {
  readonly service?: string | null | undefined;
  readonly orderRef?: string | null | undefined;
  readonly origin?: Address | null | undefined;
  readonly destination?: Address | null | undefined;
  readonly promisedDate?: string | null | undefined;
  /** When the customer ordered: an ISO instant with an offset, stored in UTC. */
  readonly orderedAt?: string | null | undefined;
}
