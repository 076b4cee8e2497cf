import type { Branding } from '../domain/branding.js';
import type { Shipment } from '../domain/shipment.js';
import { destinationZone } from '../estimates/destination-zone.js';
import type { Executor } from '../store/executor.js';
import { tenantBranding } from '../store/repositories/tenants.js';
import { carrierInfo } from '../web/carrier-info.js';
import { pageUrlFor } from '../web/page-token.js';
import type { ShipmentFacts } from './templates/compose.js';

/**
 * The tracking page link messages carry: the page engineer's token URL. With the token already
 * read (a sender round reads them all at once) no query is needed; without, it is made.
 */
export function trackingPageUrl(
  db: Executor,
  shipmentId: string,
  publicBaseUrl: string,
  token?: string,
): Promise<string> {
  // The shape pageUrlFor builds.
  if (token !== undefined) return Promise.resolve(`${publicBaseUrl.replace(/\/+$/, '')}/t/${token}`);
  return pageUrlFor(db, shipmentId, publicBaseUrl);
}

export function unsubscribeUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/u/${token}`;
}

/** The zone a shipment's days are counted in when the recipient gave none. */
export function shipmentZone(shipment: Pick<Shipment, 'destination'>): string {
  return destinationZone(shipment.destination);
}

export function factsOf(shipment: Shipment, branding: Branding, trackingUrl: string): ShipmentFacts {
  return {
    branding,
    carrierName: carrierInfo(shipment.carrier, shipment.trackingNumber).name,
    trackingNumber: shipment.trackingNumber,
    trackingUrl,
    estimate: shipment.estimate,
    lastEventAt: shipment.lastEventAt,
    status: shipment.status,
    destination: shipment.destination,
    orderRef: shipment.orderRef,
  };
}

/**
 * Branding changes rarely and every message reads it: kept for a few seconds per tenant, so a
 * burst of messages does one read, and a merchant's edit shows within seconds.
 */
export class BrandingCache {
  private readonly entries = new Map<string, { branding: Branding; until: number }>();

  constructor(private readonly ttlMs = 5_000) {}

  async get(db: Executor, tenantId: string, now: number): Promise<Branding> {
    const hit = this.entries.get(tenantId);
    if (hit && hit.until > now) return hit.branding;
    const branding = await tenantBranding(db, tenantId);
    this.entries.set(tenantId, { branding, until: now + this.ttlMs });
    return branding;
  }
}
