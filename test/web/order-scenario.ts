import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { ingestOrder } from '../../src/orders/ingest-order.js';
import type { Order } from '../../src/store/repositories/orders.js';
import { pageTokenFor } from '../../src/web/page-token.js';
import type { TestApp } from '../helpers/app.js';

// One order split over three parcels from two carriers, made as a shop integration would
// (ingestOrder) and moved along by scans through POST /v1/events, for the order page's tests.

export interface OrderScan {
  readonly occurredAt: string;
  readonly status: string;
  readonly rawDescription: string;
  readonly city: string;
  readonly country: string;
}

export interface SplitParcel {
  readonly trackingNumber: string;
  readonly carrier: 'ups' | 'fedex';
  readonly shipmentId: string;
  /** The parcel's own page token (/t/<token>). */
  readonly token: string;
}

export interface SplitOrder {
  readonly order: Order;
  /** In the order they were registered: the page lists them oldest first. */
  readonly parcels: readonly [SplitParcel, SplitParcel, SplitParcel];
}

export const CUSTOMER = {
  email: 'ana.lima@example.com',
  phone: '+4915123456789',
  name: 'Ana Lima',
};
export const POSTCODE = '10115';

const LABEL: OrderScan = {
  occurredAt: '2026-11-24T16:02:00+01:00',
  status: 'info_received.label_created',
  rawDescription: 'Shipper created a label',
  city: 'Hamburg',
  country: 'DE',
};
const DELIVERED_1: OrderScan = {
  occurredAt: '2026-11-26T13:12:00+01:00',
  status: 'delivered.signed',
  rawDescription: 'Delivered, signed by A LIMA',
  city: 'Berlin',
  country: 'DE',
};
const LEIPZIG: OrderScan = {
  occurredAt: '2026-11-26T08:30:00+01:00',
  status: 'in_transit.destination_facility',
  rawDescription: 'Arrived at FedEx hub',
  city: 'Leipzig',
  country: 'DE',
};
const DELIVERED_3: OrderScan = {
  occurredAt: '2026-11-27T10:05:00+01:00',
  status: 'delivered.signed',
  rawDescription: 'Delivered, signed by A LIMA',
  city: 'Berlin',
  country: 'DE',
};
export const FEDEX_DELIVERED: OrderScan = {
  occurredAt: '2026-11-28T11:40:00+01:00',
  status: 'delivered.safe_place',
  rawDescription: 'Left at front door',
  city: 'Berlin',
  country: 'DE',
};

let serial = 0;

/**
 * Order `#<n>` with a UPS parcel (delivered), a FedEx parcel (in Leipzig, arriving 1–3 Dec) and a
 * second UPS parcel (delivered): "2 of 3 delivered".
 */
export async function splitOrder(t: TestApp, orderNumber?: string): Promise<SplitOrder> {
  serial += 1;
  const stem = `${String(process.pid).padStart(7, '0')}${String(serial).padStart(4, '0')}`;
  const numbers = [
    { trackingNumber: `1ZOR${stem}01`, carrier: 'ups' as const },
    { trackingNumber: `79${stem}`, carrier: 'fedex' as const },
    { trackingNumber: `1ZOR${stem}03`, carrier: 'ups' as const },
  ];
  const result = await ingestOrder(
    t.store,
    {
      tenantId: t.tenantId,
      source: 'api',
      orderNumber: orderNumber ?? `#${5000 + serial}`,
      customer: { ...CUSTOMER, locale: 'de' },
      destination: { postalCode: POSTCODE, city: 'Berlin', country: 'DE' },
      promisedDate: '2026-12-03',
      parcels: numbers,
    },
    new Date(),
    { detectCarrier: chooseCarrier, mode: 'strict', onCommitted: () => t.relay.wake() },
  );
  const parcels = [];
  for (const [i, outcome] of result.parcels.entries()) {
    if (!('shipmentId' in outcome)) throw new Error(`parcel not stored: ${outcome.problem}`);
    const number = numbers[i]!;
    parcels.push({
      ...number,
      shipmentId: outcome.shipmentId,
      token: await pageTokenFor(t.store.db, { id: outcome.shipmentId, tenantId: t.tenantId }),
    });
  }
  const [ups1, fedex, ups3] = parcels as [SplitParcel, SplitParcel, SplitParcel];
  await scan(t, ups1, [LABEL, DELIVERED_1]);
  await scan(t, fedex, [LABEL, LEIPZIG]);
  await scan(t, ups3, [LABEL, DELIVERED_3]);
  await t.store.db
    .updateTable('shipments')
    .set({
      estimate: JSON.stringify({
        earliest: '2026-12-01',
        mostLikely: '2026-12-02',
        latest: '2026-12-03',
        confidence: 0.8,
        basis: 'based on 310 similar FedEx Ground shipments to this area',
        basisFacts: { kind: 'history', parcels: 310, scope: 'area' },
        predictedAt: '2026-11-26T08:00:00.000Z',
      }),
    })
    .where('id', '=', fedex.shipmentId)
    .execute();
  return { order: result.order, parcels: [ups1, fedex, ups3] };
}

/** Scans for one parcel through the API, as a merchant's own system would send them. */
export async function scan(t: TestApp, parcel: SplitParcel, scans: readonly OrderScan[]): Promise<void> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/events',
    headers: t.auth,
    payload: {
      events: scans.map((s) => ({
        trackingNumber: parcel.trackingNumber,
        carrier: parcel.carrier,
        occurredAt: s.occurredAt,
        status: s.status,
        rawCode: s.status,
        rawDescription: s.rawDescription,
        location: { city: s.city, country: s.country, postalCode: POSTCODE },
      })),
    },
  });
  const body = response.json() as { accepted: number };
  if (response.statusCode !== 200 || body.accepted !== scans.length)
    throw new Error(`ingest failed: ${response.body}`);
}
