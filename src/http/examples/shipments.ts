import type { Static } from 'typebox';
import type { IngestBody, IngestResponse } from '../schemas/events.js';
import type {
  CreateShipmentBody,
  ShipmentSchema,
  ShipmentWithTimeline,
  TimelineEventSchema,
} from '../schemas/shipment.js';
import { DESTINATION, ORIGIN, PUBLIC_BASE_URL, SHIPMENT_ID, TRACKING_NUMBER } from './fragments.js';

type Shipment = Static<typeof ShipmentSchema>;

// One story: registered when the order is placed, then two scans pushed through /v1/events.
// test/http/openapi-examples.test.ts sends these requests to the server in this order.

export const createShipmentExample: CreateShipmentBody = {
  trackingNumber: TRACKING_NUMBER,
  service: 'UPS Ground',
  orderRef: 'ORD-10482',
  origin: ORIGIN,
  destination: DESTINATION,
  promisedDate: '2026-11-25',
  orderedAt: '2026-11-20T09:15:00-06:00',
};

/** What registration answers (201): no scan yet. */
export const registeredShipmentExample: Shipment = {
  id: SHIPMENT_ID,
  trackingNumber: TRACKING_NUMBER,
  carrier: 'ups',
  service: 'UPS Ground',
  orderRef: 'ORD-10482',
  origin: ORIGIN,
  destination: DESTINATION,
  promisedDate: '2026-11-25',
  orderedAt: '2026-11-20T15:15:00.000Z',
  status: 'pending',
  substatus: 'pending.registered',
  exceptionReason: null,
  lastLocation: null,
  lastEventAt: null,
  deliveredAt: null,
  firstScanAt: null,
  deliveryAttempts: 0,
  stalled: false,
  estimate: null,
  estimateChange: null,
  delayReasons: [],
  createdAt: '2026-11-20T15:16:04.512Z',
  updatedAt: '2026-11-20T15:16:04.512Z',
};

export const ingestEventsExample: IngestBody = {
  events: [
    {
      trackingNumber: TRACKING_NUMBER,
      carrier: 'ups',
      occurredAt: '2026-11-20T18:42:00-05:00',
      status: 'in_transit.picked_up',
      rawCode: 'P',
      rawDescription: 'Pickup Scan',
      location: ORIGIN,
    },
    {
      trackingNumber: TRACKING_NUMBER,
      carrier: 'ups',
      // Local wall time with its zone, as many scanners report it.
      occurredAt: '2026-11-22T05:48:00',
      zone: 'America/Chicago',
      status: 'in_transit.destination_facility',
      rawCode: 'I',
      rawDescription: 'Arrived at Facility',
      location: { city: 'Austin', region: 'TX', country: 'US' },
      carrierEstimate: '2026-11-23',
    },
  ],
};

export const ingestResultExample: Static<typeof IngestResponse> = {
  accepted: 2,
  duplicates: 0,
  rejected: [],
};

/** The shipment after those two scans, as lists show it. */
export const shipmentInTransitExample: Shipment = {
  ...registeredShipmentExample,
  status: 'in_transit',
  substatus: 'in_transit.destination_facility',
  lastLocation: { city: 'Austin', region: 'TX', country: 'US' },
  lastEventAt: '2026-11-22T11:48:00.000Z',
  firstScanAt: '2026-11-20T23:42:00.000Z',
  estimate: {
    mostLikely: '2026-11-23',
    earliest: '2026-11-23',
    latest: '2026-11-24',
    confidence: 0.86,
    probabilityByPromise: 0.97,
    basis:
      'based on 1,240 similar UPS Ground shipments to this area, timed from arrival at the destination ' +
      "facility, weighed against the carrier's own estimate",
    predictedAt: '2026-11-22T11:48:00.412Z',
  },
  updatedAt: '2026-11-22T11:48:00.412Z',
};

const timeline: Static<typeof TimelineEventSchema>[] = [
  {
    occurredAt: '2026-11-20T23:42:00.000Z',
    zone: '-05:00',
    localTime: '2026-11-20T18:42:00-05:00',
    status: 'in_transit',
    substatus: 'in_transit.picked_up',
    rawCode: 'P',
    rawDescription: 'Pickup Scan',
    location: ORIGIN,
    source: { adapter: 'api', mode: 'push' },
    dedupeKey: 'F1PSG5RReklo7OMyAN12Lx2WFqQkEseK',
    voided: false,
  },
  {
    occurredAt: '2026-11-22T11:48:00.000Z',
    zone: 'America/Chicago',
    localTime: '2026-11-22T05:48:00-06:00',
    status: 'in_transit',
    substatus: 'in_transit.destination_facility',
    rawCode: 'I',
    rawDescription: 'Arrived at Facility',
    location: { city: 'Austin', region: 'TX', country: 'US' },
    source: { adapter: 'api', mode: 'push' },
    dedupeKey: 'iWBlwl238pE7ESZI3ubbnMuXwvsoFl_z',
    voided: false,
  },
];

export const shipmentWithTimelineExample: Static<typeof ShipmentWithTimeline> = {
  ...shipmentInTransitExample,
  timeline,
  trackingPageUrl: `${PUBLIC_BASE_URL}/t/Bq2rkCgOM8Cd4YJ-dSqx0tBg`,
};

export const shipmentPageExample = { data: [shipmentInTransitExample], nextCursor: null };
