import { newId } from '../store/ids.js';
import { destinationColumns, originColumns } from '../store/repositories/shipment-rows.js';
import type { ShipmentTable } from '../store/schema.js';
import type { ShipmentDetails } from './ingest-item.js';
import { orderedAtOf } from './ordered-at.js';

/** Checked by whoever took the details in; anything else is left out rather than stored. */
function orderedAtColumn(text: string | null | undefined): string | null {
  return text ? (orderedAtOf(text) ?? null) : null;
}

export interface NewShipment {
  readonly tenantId: string;
  readonly trackingNumber: string;
  readonly carrier: string;
  readonly details: ShipmentDetails | undefined;
  readonly now: string;
  /** The order it is a parcel of, if any. */
  readonly orderId?: string | null;
}

/** A freshly registered shipment: the carrier knows nothing yet. */
export function newShipmentRow(input: NewShipment): ShipmentTable {
  const { details } = input;
  return {
    id: newId(),
    tenant_id: input.tenantId,
    tracking_number: input.trackingNumber,
    carrier: input.carrier,
    service: details?.service ?? null,
    order_ref: details?.orderRef ?? null,
    ...originColumns(details?.origin),
    ...destinationColumns(details?.destination),
    promised_date: details?.promisedDate ?? null,
    ordered_at: orderedAtColumn(details?.orderedAt),
    status: 'pending',
    substatus: 'pending.registered',
    exception_reason: null,
    last_city: null,
    last_region: null,
    last_postal_code: null,
    last_country: null,
    last_event_at: null,
    first_scan_at: null,
    delivered_at: null,
    delivery_attempts: 0,
    carrier_estimate: null,
    event_count: 0,
    corrected: 0,
    stalled: 0,
    estimate: null,
    estimate_history: null,
    estimated_at: null,
    delay_reasons: null,
    archived_at: null,
    notifications_paused: 0,
    created_at: input.now,
    updated_at: input.now,
    version: 0,
    order_id: input.orderId ?? null,
  };
}
