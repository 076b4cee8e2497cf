import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { formatLocation } from '../../domain/location.js';
import type { Shipment } from '../../domain/shipment.js';
import { SUBSTATUSES } from '../../domain/status.js';
import { orderTimeline, effectiveTimeline } from '../../domain/timeline.js';
import type { TrackingEvent } from '../../domain/tracking-event.js';
import { normalizeTrackingNumber } from '../../ingest/normalize.js';
import type { Store } from '../../store/open-store.js';
import { findShipmentByNumber, lastMovedShipment, listEvents } from '../../store/repositories/shipments.js';
import { findTenant, listTenants } from '../../store/repositories/tenants.js';
import { withStore } from '../context.js';
import { CliError } from '../errors.js';
import { remoteFrom, serverNamed } from '../remote.js';
import { shipmentOnServer } from './track-remote.js';

export function registerTrack(program: Command): void {
  program
    .command('track')
    .description('Show a shipment’s status, estimate and scans in local time')
    .argument('[number]', 'tracking number (spaces, dashes and case do not matter)')
    .option('--latest', 'show the shipment with the most recent scan')
    .option('--tenant <id>', 'only look in this tenant')
    .option('--json', 'print the shipment and its timeline as JSON')
    .option('--server <url>', 'ask this running Waybill instead of opening the database (or WAYBILL_URL)')
    .option('--key <key>', 'API key for --server (better: WAYBILL_API_KEY, which other users cannot see)')
    .action(async (number: string | undefined, options: TrackOptions) => {
      if (!number && !options.latest) throw new CliError('give a tracking number, or --latest');
      // What cannot go with a server is said before the server's own needs (its API key).
      if (serverNamed(options)) {
        if (options.latest)
          throw new CliError('--latest reads the database itself; with a server, give a tracking number');
        if (options.tenant !== undefined)
          throw new CliError('--tenant does not apply with a server: the API key names the tenant');
      }
      const remote = remoteFrom(options);
      if (remote) {
        const { answer, events } = await shipmentOnServer(remote, trackingNumberOf(number));
        // --json: what the API answers (the shipment with its timeline, oldest first).
        if (options.json) console.log(JSON.stringify(answer, null, 2));
        else console.log(renderTrack(answer, events, new Date()));
        return;
      }
      await withStore(async (store) => {
        const shipment = await locate(store, number, options);
        const events = await listEvents(store.db, shipment.tenantId, shipment.id);
        if (options.json)
          console.log(JSON.stringify({ ...shipment, timeline: orderTimeline(events) }, null, 2));
        else console.log(renderTrack(shipment, events, new Date()));
      });
    });
}

interface TrackOptions {
  latest?: boolean;
  tenant?: string;
  json?: boolean;
  server?: string;
  key?: string;
}

/** The number as stored (spaces, dashes and case removed), or a one-line refusal. */
function trackingNumberOf(number: string | undefined): string {
  const wanted = normalizeTrackingNumber(number ?? '');
  if (!/^[A-Z0-9]{4,40}$/.test(wanted))
    throw new CliError(`"${number}" is not a tracking number (4 to 40 letters or digits)`);
  return wanted;
}

async function locate(
  store: Store,
  number: string | undefined,
  options: { latest?: boolean; tenant?: string },
) {
  if (options.tenant !== undefined && !(await findTenant(store.db, options.tenant))) {
    throw new CliError(`no tenant with id ${options.tenant}`);
  }
  const tenants = options.tenant ? [options.tenant] : (await listTenants(store.db)).map((t) => t.id);
  if (options.latest) {
    // The parcel that moved last, which is the one worth watching (not the newest, still unscanned).
    let latest: Shipment | undefined;
    for (const tenantId of tenants) {
      const candidate = await lastMovedShipment(store.db, tenantId);
      if (candidate && (!latest || (candidate.lastEventAt ?? '') > (latest.lastEventAt ?? '')))
        latest = candidate;
    }
    if (latest) return latest;
    throw new CliError(
      'no shipments yet; start the server (npm start) or run: waybill simulate --shipments 100',
    );
  }
  const wanted = trackingNumberOf(number);
  for (const tenantId of tenants) {
    const found = await findShipmentByNumber(store.db, tenantId, wanted);
    if (found) return found;
  }
  throw new CliError(`no shipment with tracking number ${wanted}`);
}

/** The terminal view: a header, the estimate slot, then every scan in the place's local time. */
export function renderTrack(
  // Without the tenant: the API's shipment (remote mode) does not carry it, and the view does not show it.
  shipment: Omit<Shipment, 'tenantId'>,
  events: readonly TrackingEvent[],
  now: Date,
): string {
  const effective = new Set(effectiveTimeline(events));
  const route = [formatLocation(shipment.origin), formatLocation(shipment.destination)]
    .filter(Boolean)
    .join(' → ');
  const lines = [
    `${shipment.trackingNumber}  ·  ${shipment.carrier}${shipment.service ? ` · ${shipment.service}` : ''}`,
    `Status:    ${labelOf(shipment.status)} (${shipment.substatus}): ${SUBSTATUSES[shipment.substatus].description}`,
  ];
  if (shipment.exceptionReason)
    lines.push(`Action:    the ${shipment.exceptionReason.replace('_', ' ')} must act`);
  if (route) lines.push(`Route:     ${route}`);
  if (shipment.orderRef) lines.push(`Order:     ${shipment.orderRef}`);
  lines.push(`Estimate:  ${estimateLine(shipment)}`);
  if (shipment.promisedDate) lines.push(`Promised:  ${shipment.promisedDate}`);
  const delivery = shipment.deliveredAt
    ? orderTimeline(events).findLast((e) => e.status === 'delivered')
    : undefined;
  if (shipment.deliveredAt) lines.push(`Delivered: ${delivery ? localTime(delivery) : shipment.deliveredAt}`);
  if (shipment.lastEventAt)
    lines.push(`Last scan: ${ago(shipment.lastEventAt, now)}${shipment.stalled ? '  (stalled)' : ''}`);
  lines.push('');
  if (events.length === 0) lines.push('  No scans yet: the carrier has not reported anything.');
  for (const event of orderTimeline(events).reverse()) {
    const place = formatLocation(event.location) || '—';
    const voided = effective.has(event) ? '' : '  [corrected]';
    const text = event.rawDescription || SUBSTATUSES[event.substatus].description;
    lines.push(`  ${localTime(event)}  ${place.padEnd(28)}  ${text} (${event.substatus})${voided}`);
  }
  return lines.join('\n');
}

function estimateLine(shipment: Omit<Shipment, 'tenantId'>): string {
  const estimate = shipment.estimate;
  if (!estimate) return 'not predicted yet';
  const p =
    estimate.probabilityByPromise === undefined
      ? ''
      : `, ${Math.round(estimate.probabilityByPromise * 100)}% by the promised date`;
  const change = shipment.estimateChange ? `; ${shipment.estimateChange}` : '';
  const delayed = shipment.delayReasons.length > 0 ? `  DELAYED: ${shipment.delayReasons.join(', ')}` : '';
  return (
    `${estimate.earliest} – ${estimate.latest} (most likely ${estimate.mostLikely}${p}${change}); ` +
    `${estimate.basis}${delayed}`
  );
}

function labelOf(status: string): string {
  const words = status.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function localTime(event: TrackingEvent): string {
  const zone = /^[+-]\d{2}:\d{2}$/.test(event.zone) ? `UTC${event.zone}` : event.zone;
  const local = DateTime.fromISO(event.occurredAt, { zone: 'utc' }).setZone(zone).setLocale('en-GB');
  return local.isValid ? local.toFormat('ccc d LLL yyyy HH:mm ZZ') : event.occurredAt;
}

function ago(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
