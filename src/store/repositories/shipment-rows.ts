import type { Location } from '../../domain/location.js';
import { describeEstimateChange, type EstimateHistoryEntry } from '../../eta/estimate-history.js';
import type { Address, EstimatedDeliveryWindow, Shipment } from '../../domain/shipment.js';
import type { ExceptionReason, Status, Substatus } from '../../domain/status.js';
import type { TrackingEvent } from '../../domain/tracking-event.js';
import type { ShipmentTable, TrackingEventTable } from '../schema.js';

// Row ↔ domain mapping in one place; the rest of the code never sees column names.

export function shipmentFromRow(row: ShipmentTable): Shipment {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    trackingNumber: row.tracking_number,
    carrier: row.carrier,
    service: row.service,
    orderRef: row.order_ref,
    origin: address(row.origin_postal_code, row.origin_city, row.origin_region, row.origin_country),
    destination: address(
      row.destination_postal_code,
      row.destination_city,
      row.destination_region,
      row.destination_country,
    ),
    promisedDate: row.promised_date,
    orderedAt: row.ordered_at ?? null,
    status: row.status as Status,
    substatus: row.substatus as Substatus,
    exceptionReason: (row.exception_reason as ExceptionReason | null) ?? null,
    lastLocation: address(row.last_postal_code, row.last_city, row.last_region, row.last_country),
    lastEventAt: row.last_event_at,
    deliveredAt: row.delivered_at,
    firstScanAt: row.first_scan_at,
    deliveryAttempts: row.delivery_attempts,
    stalled: row.stalled === 1,
    estimate: row.estimate ? (JSON.parse(row.estimate) as EstimatedDeliveryWindow) : null,
    estimateChange: row.estimate_history
      ? (describeEstimateChange(JSON.parse(row.estimate_history) as EstimateHistoryEntry[]) ?? null)
      : null,
    delayReasons: row.delay_reasons ? (JSON.parse(row.delay_reasons) as string[]) : [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function eventFromRow(row: TrackingEventTable): TrackingEvent {
  return {
    occurredAt: row.occurred_at,
    zone: row.zone,
    status: row.status as Status,
    substatus: row.substatus as Substatus,
    rawCode: row.raw_code,
    rawDescription: row.raw_description,
    location: address(row.postal_code, row.city, row.region, row.country),
    source: {
      adapter: row.source_adapter,
      mode: row.source_mode as TrackingEvent['source']['mode'],
      requestId: row.source_request_id ?? undefined,
    },
    dedupeKey: row.dedupe_key,
    corrects: row.corrects ?? undefined,
    carrierEstimate: row.carrier_estimate ?? undefined,
  };
}

export function eventToRow(
  event: TrackingEvent,
  ids: { id: string; tenantId: string; shipmentId: string; receivedAt: string },
): TrackingEventTable {
  return {
    id: ids.id,
    tenant_id: ids.tenantId,
    shipment_id: ids.shipmentId,
    dedupe_key: event.dedupeKey,
    occurred_at: event.occurredAt,
    zone: event.zone,
    status: event.status,
    substatus: event.substatus,
    raw_code: event.rawCode,
    raw_description: event.rawDescription,
    city: event.location?.city ?? null,
    region: event.location?.region ?? null,
    postal_code: event.location?.postalCode ?? null,
    country: event.location?.country ?? null,
    source_adapter: event.source.adapter,
    source_mode: event.source.mode,
    source_request_id: event.source.requestId ?? null,
    corrects: event.corrects ?? null,
    carrier_estimate: event.carrierEstimate ?? null,
    received_at: ids.receivedAt,
  };
}

export function originColumns(value: Address | null | undefined) {
  return {
    origin_postal_code: value?.postalCode ?? null,
    origin_city: value?.city ?? null,
    origin_region: value?.region ?? null,
    origin_country: value?.country ?? null,
  };
}

export function destinationColumns(value: Address | null | undefined) {
  return {
    destination_postal_code: value?.postalCode ?? null,
    destination_city: value?.city ?? null,
    destination_region: value?.region ?? null,
    destination_country: value?.country ?? null,
  };
}

export function lastLocationColumns(value: Location | null | undefined) {
  return {
    last_postal_code: value?.postalCode ?? null,
    last_city: value?.city ?? null,
    last_region: value?.region ?? null,
    last_country: value?.country ?? null,
  };
}

function address(
  postalCode: string | null,
  city: string | null,
  region: string | null,
  country: string | null,
): Address | null {
  if (postalCode === null && city === null && region === null && country === null) return null;
  const result: { postalCode?: string; city?: string; region?: string; country?: string } = {};
  if (postalCode !== null) result.postalCode = postalCode;
  if (city !== null) result.city = city;
  if (region !== null) result.region = region;
  if (country !== null) result.country = country;
  return result;
}
