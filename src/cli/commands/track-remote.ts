import { unwrap, type operations } from '../../client/index.js';
import type { EventSourceMode, TrackingEvent } from '../../domain/tracking-event.js';
import { CliError } from '../errors.js';
import { askServer, type Remote } from '../remote.js';

/**
 * `waybill track <number> --server <url>`: the key's shipment with this (normalised) number, found
 * with GET /v1/shipments?tracking_number= and read with GET /v1/shipments/{id}: the API's answer,
 * and its timeline as the scans the terminal view renders.
 */
export async function shipmentOnServer(remote: Remote, trackingNumber: string) {
  return askServer(remote, async () => {
    const found = await unwrap(
      remote.client.GET('/v1/shipments', {
        params: { query: { tracking_number: trackingNumber, limit: 1 } },
      }),
    );
    const [listed] = found.data;
    if (!listed) throw new CliError(`no shipment with tracking number ${trackingNumber} at ${remote.server}`);
    const answer = await unwrap(
      remote.client.GET('/v1/shipments/{id}', { params: { path: { id: listed.id } } }),
    );
    return { answer, events: answer.timeline.map(asTrackingEvent) };
  });
}

type TimelineEntry =
  operations['getShipment']['responses'][200]['content']['application/json']['timeline'][number];

/** A timeline entry as the scan it shows, without the API's view fields (localTime, voided). */
function asTrackingEvent(entry: TimelineEntry): TrackingEvent {
  return {
    occurredAt: entry.occurredAt,
    zone: entry.zone,
    status: entry.status,
    substatus: entry.substatus,
    rawCode: entry.rawCode,
    rawDescription: entry.rawDescription,
    location: entry.location,
    // The document types the mode as a string; the server writes only EventSourceMode values.
    source: { adapter: entry.source.adapter, mode: entry.source.mode as EventSourceMode },
    dedupeKey: entry.dedupeKey,
    ...(entry.corrects === undefined ? {} : { corrects: entry.corrects }),
  };
}
