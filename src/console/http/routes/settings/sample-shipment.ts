import type { Shipment } from '../../../../domain/shipment.js';
import type { TrackingEvent } from '../../../../domain/tracking-event.js';

/** A made-up parcel on its way, for previews: never stored, never a customer's. */
export function sampleShipment(tenantId: string, now: Date): { shipment: Shipment; scans: TrackingEvent[] } {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  const day = (daysAhead: number) =>
    new Date(now.getTime() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  const scan = (
    hoursAgo: number,
    status: TrackingEvent['status'],
    substatus: TrackingEvent['substatus'],
    city: string,
    description: string,
  ): TrackingEvent => ({
    occurredAt: at(hoursAgo),
    zone: 'Europe/Berlin',
    status,
    substatus,
    rawCode: 'SAMPLE',
    rawDescription: description,
    location: { city, country: 'DE' },
    source: { adapter: 'preview', mode: 'manual' },
    dedupeKey: `sample-${hoursAgo}`,
  });
  const shipment: Shipment = {
    id: 'SAMPLE',
    tenantId,
    trackingNumber: 'WB1234567890DE',
    carrier: 'waybill',
    service: 'Standard',
    orderRef: '10482',
    origin: { city: 'Hamburg', country: 'DE' },
    destination: { city: 'Munich', postalCode: '80331', country: 'DE' },
    promisedDate: day(3),
    orderedAt: null,
    status: 'in_transit',
    substatus: 'in_transit.linehaul',
    exceptionReason: null,
    lastLocation: { city: 'Hanover', country: 'DE' },
    lastEventAt: at(2),
    deliveredAt: null,
    firstScanAt: at(20),
    deliveryAttempts: 0,
    stalled: false,
    estimate: {
      mostLikely: day(2),
      earliest: day(1),
      latest: day(3),
      confidence: 0.8,
      basis: 'a sample estimate',
      predictedAt: at(2),
    },
    estimateChange: null,
    delayReasons: [],
    createdAt: at(24),
    updatedAt: at(2),
  };
  return {
    shipment,
    scans: [
      scan(2, 'in_transit', 'in_transit.linehaul', 'Hanover', 'Departed facility'),
      scan(12, 'in_transit', 'in_transit.origin_facility', 'Hamburg', 'Arrived at facility'),
      scan(20, 'in_transit', 'in_transit.picked_up', 'Hamburg', 'Picked up'),
    ],
  };
}
