import type { StoreCapabilities } from '../store/dialects/capabilities.js';
import { latestPositionOfShipments } from '../store/repositories/outbox.js';
import type { Branding } from '../domain/branding.js';
import type { Shipment } from '../domain/shipment.js';
import { effectiveTimeline, orderTimeline } from '../domain/timeline.js';
import type { TrackingEvent } from '../domain/tracking-event.js';
import { destinationZone } from '../estimates/destination-zone.js';
import type { Executor } from '../store/executor.js';
import { findShipment, listEvents } from '../store/repositories/shipments.js';
import { tenantBranding } from '../store/repositories/tenants.js';
import { carrierInfo, type CarrierInfo } from './carrier-info.js';
import { isZone } from './format-time.js';
import { directionOf, translator, type Locale, type Translate } from './i18n/messages.js';
import type { PageTarget } from './page-token.js';

/** Everything one render of the page needs, read once per request (or per live update). */
export interface PageView {
  readonly token: string;
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly t: Translate;
  readonly shipment: Shipment;
  /** Effective scans, newest first. */
  readonly scans: readonly TrackingEvent[];
  readonly branding: Branding;
  readonly carrier: CarrierInfo;
  /** The zone times are shown in: the customer's (from the browser), else the destination's. */
  readonly zone: string;
  /** Full details are shown only after verification. */
  readonly verified: boolean;
  /** Newest outbox seq of this shipment: where live updates resume from. */
  readonly seq: number;
}

export interface ViewOptions {
  readonly token: string;
  readonly locale: Locale;
  readonly customerZone: string | undefined;
  readonly verified: boolean;
}

export async function loadPageView(
  db: Executor,
  caps: StoreCapabilities,
  target: PageTarget,
  options: ViewOptions,
): Promise<PageView | undefined> {
  // The position first, then what it stands for: a view may then show a change newer than its
  // position (the update for it comes again, and is the same), never claim one it does not show.
  const seq = await latestShipmentSeq(db, caps, target.shipmentId);
  const [shipment, events, branding] = await Promise.all([
    findShipment(db, target.tenantId, target.shipmentId),
    listEvents(db, target.tenantId, target.shipmentId),
    tenantBranding(db, target.tenantId),
  ]);
  if (!shipment) return undefined;
  const zone = isZone(options.customerZone) ? options.customerZone : destinationZone(shipment.destination);
  return {
    token: options.token,
    locale: options.locale,
    dir: directionOf(options.locale),
    t: translator(options.locale),
    shipment,
    scans: orderTimeline(effectiveTimeline(events)).reverse(),
    branding,
    carrier: carrierInfo(shipment.carrier, shipment.trackingNumber),
    zone,
    verified: options.verified,
    seq,
  };
}

/** The newest delivery position of the shipment's messages: live updates newer than it are news. */
export async function latestShipmentSeq(
  db: Executor,
  caps: StoreCapabilities,
  shipmentId: string,
): Promise<number> {
  return latestPositionOfShipments(db, caps, [shipmentId]);
}
