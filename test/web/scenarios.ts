import type { EstimatedDeliveryWindow } from '../../src/domain/shipment.js';
import type { Status } from '../../src/domain/status.js';
import { pageTokenFor } from '../../src/web/page-token.js';
import type { TestApp } from '../helpers/app.js';

// Shipments in every status, made through the API as a merchant would, for the page tests.

export interface Scan {
  readonly occurredAt: string;
  readonly status: string;
  readonly rawDescription: string;
  readonly city: string;
  readonly country: string;
}

export interface Scenario {
  readonly name: string;
  readonly status: Status;
  readonly scans: readonly Scan[];
  readonly estimate?: EstimatedDeliveryWindow;
  readonly delayReasons?: readonly string[];
}

const ESTIMATE: EstimatedDeliveryWindow = {
  earliest: '2026-12-01',
  mostLikely: '2026-12-02',
  latest: '2026-12-03',
  confidence: 0.8,
  basis: 'based on 1,240 similar UPS Ground shipments to this area',
  basisFacts: { kind: 'history', parcels: 1240, scope: 'area' },
  predictedAt: '2026-11-26T08:00:00.000Z',
};

const LABEL: Scan = {
  occurredAt: '2026-11-24T16:02:00+01:00',
  status: 'info_received.label_created',
  rawDescription: 'Shipper created a label',
  city: 'Hamburg',
  country: 'DE',
};
const PICKED: Scan = {
  occurredAt: '2026-11-25T10:30:00+01:00',
  status: 'in_transit.picked_up',
  rawDescription: 'Picked up',
  city: 'Hamburg',
  country: 'DE',
};
const HUB: Scan = {
  occurredAt: '2026-11-25T22:10:00+01:00',
  status: 'in_transit.destination_facility',
  rawDescription: 'Arrived at facility',
  city: 'Berlin',
  country: 'DE',
};
const moving = [LABEL, PICKED, HUB];
const at = (occurredAt: string, status: string, rawDescription: string): Scan => ({
  occurredAt,
  status,
  rawDescription,
  city: 'Berlin',
  country: 'DE',
});

export const SCENARIOS: readonly Scenario[] = [
  { name: 'pending', status: 'pending', scans: [] },
  { name: 'info_received', status: 'info_received', scans: [LABEL] },
  { name: 'in_transit', status: 'in_transit', scans: moving, estimate: ESTIMATE },
  {
    name: 'in_transit-delayed',
    status: 'in_transit',
    scans: moving,
    estimate: { ...ESTIMATE, earliest: '2026-12-04', mostLikely: '2026-12-04', latest: '2026-12-05' },
    delayReasons: ['promise_at_risk'],
  },
  {
    name: 'out_for_delivery',
    status: 'out_for_delivery',
    scans: [...moving, at('2026-11-26T07:45:00+01:00', 'out_for_delivery.on_vehicle', 'Out for delivery')],
    estimate: { ...ESTIMATE, earliest: '2026-11-26', mostLikely: '2026-11-26', latest: '2026-11-26' },
  },
  {
    name: 'available_for_pickup',
    status: 'available_for_pickup',
    scans: [
      ...moving,
      at('2026-11-26T11:00:00+01:00', 'available_for_pickup.pickup_point', 'At access point'),
    ],
  },
  {
    name: 'attempt_failed',
    status: 'attempt_failed',
    scans: [...moving, at('2026-11-26T12:00:00+01:00', 'attempt_failed.recipient_absent', 'Receiver not in')],
    estimate: ESTIMATE,
  },
  {
    name: 'delivered',
    status: 'delivered',
    scans: [...moving, at('2026-11-26T13:12:00+01:00', 'delivered.signed', 'Delivered, signed by receiver')],
  },
  {
    name: 'exception',
    status: 'exception',
    scans: [...moving, at('2026-11-26T09:00:00+01:00', 'exception.customs_hold', 'Held by customs')],
  },
  {
    name: 'return_to_sender',
    status: 'return_to_sender',
    scans: [...moving, at('2026-11-26T09:00:00+01:00', 'return_to_sender.initiated', 'Returning to shipper')],
  },
  {
    name: 'expired',
    status: 'expired',
    scans: [LABEL, at('2026-11-26T09:00:00+01:00', 'expired.no_updates', 'No further updates')],
  },
  {
    name: 'cancelled',
    status: 'cancelled',
    scans: [LABEL, at('2026-11-25T09:00:00+01:00', 'cancelled.by_retailer', 'Label voided')],
  },
];

let serial = 0;

export interface Seeded {
  readonly shipmentId: string;
  readonly token: string;
  readonly trackingNumber: string;
  readonly orderRef: string;
}

/** Registers a shipment with the scans and estimate of the scenario; returns its page token. */
export async function seed(
  t: TestApp,
  scenario: Scenario,
  overrides: { rawDescription?: string } = {},
): Promise<Seeded> {
  serial += 1;
  const trackingNumber = `1ZWB${String(process.pid).padStart(7, '0')}${String(serial).padStart(7, '0')}`;
  const orderRef = `A-${1000 + serial}`;
  const created = await t.app.inject({
    method: 'POST',
    url: '/v1/shipments',
    headers: t.auth,
    payload: {
      trackingNumber,
      carrier: 'ups',
      orderRef,
      service: 'UPS Ground',
      destination: { postalCode: '10115', city: 'Berlin', country: 'DE' },
      promisedDate: '2026-12-03',
    },
  });
  if (created.statusCode !== 201) throw new Error(`register failed: ${created.body}`);
  const shipmentId = (created.json() as { id: string }).id;
  if (scenario.scans.length > 0) await ingest(t, trackingNumber, scenario.scans, overrides.rawDescription);
  if (scenario.estimate || scenario.delayReasons)
    await t.store.db
      .updateTable('shipments')
      .set({
        estimate: scenario.estimate ? JSON.stringify(scenario.estimate) : null,
        delay_reasons: scenario.delayReasons ? JSON.stringify(scenario.delayReasons) : null,
      })
      .where('id', '=', shipmentId)
      .execute();
  const token = await pageTokenFor(t.store.db, { id: shipmentId, tenantId: t.tenantId });
  return { shipmentId, token, trackingNumber, orderRef };
}

export async function ingest(
  t: TestApp,
  trackingNumber: string,
  scans: readonly Scan[],
  rawDescription?: string,
): Promise<void> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/events',
    headers: t.auth,
    payload: {
      events: scans.map((scan) => ({
        trackingNumber,
        carrier: 'ups',
        occurredAt: scan.occurredAt,
        status: scan.status,
        rawCode: scan.status,
        rawDescription: rawDescription ?? scan.rawDescription,
        location: { city: scan.city, country: scan.country, postalCode: '10115' },
      })),
    },
  });
  const body = response.json() as { accepted: number };
  if (response.statusCode !== 200 || body.accepted !== scans.length)
    throw new Error(`ingest failed: ${response.body}`);
}

export const scenario = (name: string): Scenario => {
  const found = SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
};
