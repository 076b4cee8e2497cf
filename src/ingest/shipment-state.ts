import type { DerivedState } from '../domain/derive.js';
import type { ExceptionReason, Status, Substatus } from '../domain/status.js';
import type { Location } from '../domain/location.js';
import { lastLocationColumns } from '../store/repositories/shipment-rows.js';
import type { DerivedColumns } from '../store/repositories/shipments.js';

/** The derived state a shipment row stores, read back for comparing before and after. */
export function storedState(row: DerivedColumns): DerivedState {
  return {
    status: row.status as Status,
    substatus: row.substatus as Substatus,
    exceptionReason: (row.exception_reason as ExceptionReason | null) ?? null,
    lastLocation: locationOf(row),
    lastEventAt: row.last_event_at,
    deliveredAt: row.delivered_at,
    firstScanAt: row.first_scan_at,
    deliveryAttempts: row.delivery_attempts,
    carrierEstimate: row.carrier_estimate,
    eventCount: row.event_count,
    corrected: row.corrected === 1,
  };
}

/** The derived columns for `state`. A new scan always clears `stalled`. */
export function derivedColumnsOf(id: string, state: DerivedState, now: string): DerivedColumns {
  return {
    id,
    ...lastLocationColumns(state.lastLocation),
    status: state.status,
    substatus: state.substatus,
    exception_reason: state.exceptionReason,
    last_event_at: state.lastEventAt,
    first_scan_at: state.firstScanAt,
    delivered_at: state.deliveredAt,
    delivery_attempts: state.deliveryAttempts,
    carrier_estimate: state.carrierEstimate,
    event_count: state.eventCount,
    corrected: state.corrected ? 1 : 0,
    stalled: 0,
    updated_at: now,
  };
}

function locationOf(row: DerivedColumns): Location | null {
  const location: { city?: string; region?: string; postalCode?: string; country?: string } = {};
  if (row.last_city !== null) location.city = row.last_city;
  if (row.last_region !== null) location.region = row.last_region;
  if (row.last_postal_code !== null) location.postalCode = row.last_postal_code;
  if (row.last_country !== null) location.country = row.last_country;
  return Object.keys(location).length > 0 ? location : null;
}
