import type { StoreCapabilities } from '../store/dialects/capabilities.js';
import { latestPositionOfShipments } from '../store/repositories/outbox.js';
import type { Branding } from '../domain/branding.js';
import type { Shipment } from '../domain/shipment.js';
import { destinationZone } from '../estimates/destination-zone.js';
import type { Executor } from '../store/executor.js';
import { shipmentIdsOfOrder, shipmentsOfOrder, type Order } from '../store/repositories/orders.js';
import { tenantBranding } from '../store/repositories/tenants.js';
import { carrierInfo, type CarrierInfo } from './carrier-info.js';
import { isZone } from './format-time.js';
import { directionOf, translator, type Locale, type Translate } from './i18n/messages.js';
import { orderTranslator, type OrderTranslate } from './i18n/order-page.js';
import { pageTokenFor } from './page-token.js';

/** One parcel of the order as the order page shows it, with the token of its own page. */
export interface ParcelView {
  readonly shipment: Shipment;
  readonly carrier: CarrierInfo;
  readonly pageToken: string;
}

/** Everything one render of the order page needs, read once per request (or per live update). */
export interface OrderView {
  readonly token: string;
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly t: Translate;
  readonly words: OrderTranslate;
  readonly order: Order;
  /** Oldest first. */
  readonly parcels: readonly ParcelView[];
  readonly branding: Branding;
  /** The zone times are shown in: the customer's (from the browser), else the destination's. */
  readonly zone: string;
  /** The order number and the destination are shown only after verification, as on /t/. */
  readonly verified: boolean;
  /** Newest outbox seq over the order's parcels: where live updates resume from. */
  readonly seq: number;
}

export interface OrderViewOptions {
  readonly token: string;
  readonly locale: Locale;
  readonly customerZone: string | undefined;
  /** Whether this browser proved it knows the order, given the ids of the order's parcels. */
  readonly verify: (shipmentIds: readonly string[]) => Promise<boolean>;
  readonly now: Date;
}

export async function loadOrderView(
  db: Executor,
  caps: StoreCapabilities,
  order: Order,
  options: OrderViewOptions,
): Promise<OrderView> {
  // The position first, then what it stands for (as loadPageView does).
  const seq = await latestOrderSeq(db, caps, await shipmentIdsOfOrder(db, order.tenantId, order.id));
  const [shipments, branding] = await Promise.all([
    shipmentsOfOrder(db, order.tenantId, order.id),
    tenantBranding(db, order.tenantId),
  ]);
  const ids = shipments.map((shipment) => shipment.id);
  const [tokens, verified] = await Promise.all([
    pageTokensOf(db, shipments, options.now),
    options.verify(ids),
  ]);
  const first = shipments[0];
  const zone = isZone(options.customerZone)
    ? options.customerZone
    : first
      ? destinationZone(first.destination)
      : 'UTC';
  return {
    token: options.token,
    locale: options.locale,
    dir: directionOf(options.locale),
    t: translator(options.locale),
    words: orderTranslator(options.locale),
    order,
    parcels: shipments.map((shipment) => ({
      shipment,
      carrier: carrierInfo(shipment.carrier, shipment.trackingNumber),
      pageToken: tokens.get(shipment.id) ?? '',
    })),
    branding,
    zone,
    verified,
    seq,
  };
}

/** The parcels' page tokens: one read for those that exist, made on first use for the rest. */
async function pageTokensOf(
  db: Executor,
  shipments: readonly Shipment[],
  now: Date,
): Promise<Map<string, string>> {
  if (shipments.length === 0) return new Map();
  const rows = await db
    .selectFrom('page_tokens')
    .select(['shipment_id', 'token'])
    .where(
      'shipment_id',
      'in',
      shipments.map((shipment) => shipment.id),
    )
    .execute();
  const tokens = new Map(rows.map((row) => [row.shipment_id, row.token]));
  for (const shipment of shipments)
    if (!tokens.has(shipment.id)) tokens.set(shipment.id, await pageTokenFor(db, shipment, now));
  return tokens;
}

/** The newest delivery position of the order's parcels' messages (see latestPositionOfShipments). */
export async function latestOrderSeq(
  db: Executor,
  caps: StoreCapabilities,
  shipmentIds: readonly string[],
): Promise<number> {
  return latestPositionOfShipments(db, caps, shipmentIds);
}
