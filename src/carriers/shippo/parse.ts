import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import type { Substatus } from '../../domain/status.js';
import { listOf, recordOf, textOf, type JsonRecord } from '../payload/json.js';
import { problemOf, saysNotFound } from '../payload/problem.js';
import { locationOf } from '../payload/scan-builder.js';
import { byTime, isoDateOf } from '../payload/scan-time.js';
import { aggregatorScanTime } from '../aggregator-scan-time.js';
import { refineByText } from '../payload/text-refine.js';
import { shippoStatusEntry, shippoSubstatus, shippoSubstatusEntry } from './status-map.js';

const CARRIER = 'shippo';

/**
 * A Shippo `track_updated` webhook (`{event, test, data: Track}`), or a Track as `GET /tracks/…`
 * returns it → scans and problems. The history and the current status usually repeat one
 * another; the current status is kept only when the history does not have it. Pure and total.
 */
export function parseShippo(payload: unknown): ParseResult {
  const root = recordOf(payload);
  if (!root)
    return { scans: [], problems: [problemOf('invalid_payload', 'Shippo payload is not a JSON object')] };
  if (root.event !== undefined || root.data !== undefined) {
    const event = textOf(root.event, 80);
    if (event !== undefined && event !== 'track_updated') {
      return {
        scans: [],
        problems: [problemOf('unsupported', `Shippo event "${event}" is not a tracking update`, '/event')],
      };
    }
    const track = recordOf(root.data);
    if (!track)
      return {
        scans: [],
        problems: [problemOf('invalid_payload', 'webhook without a Track in data', '/data')],
      };
    return trackResult(track, '/data');
  }
  if (root.tracking_number !== undefined || root.tracking_status !== undefined) return trackResult(root, '');
  const detail = textOf(root.detail, 500);
  if (detail)
    return {
      scans: [],
      problems: [problemOf(saysNotFound(detail) ? 'not_found' : 'carrier_error', detail, '/detail')],
    };
  return { scans: [], problems: [problemOf('invalid_payload', 'neither a Shippo webhook nor a Track', '')] };
}

function trackResult(track: JsonRecord, at: string): ParseResult {
  const trackingNumber = textOf(track.tracking_number, 64);
  if (!trackingNumber) {
    return {
      scans: [],
      problems: [problemOf('invalid_payload', 'Track has no tracking_number', `${at}/tracking_number`)],
    };
  }
  const problems: CarrierProblem[] = [];
  const statuses: { raw: unknown; at: string }[] = listOf(track.tracking_history).map((raw, index) => ({
    raw,
    at: `${at}/tracking_history/${index}`,
  }));
  if (track.tracking_status !== undefined && track.tracking_status !== null) {
    statuses.push({ raw: track.tracking_status, at: `${at}/tracking_status` });
  }

  const pending: { scan: CarrierScan; ms: number; index: number }[] = [];
  const seen = new Set<string>();
  statuses.forEach(({ raw, at: statusAt }, index) => {
    const status = recordOf(raw);
    if (!status)
      return void problems.push(
        problemOf('invalid_payload', 'tracking status is not an object', statusAt, trackingNumber),
      );
    const code = textOf(status.status, 40);
    const substatus = recordOf(status.substatus);
    const substatusCode = textOf(substatus?.code, 60);
    const date = textOf(status.status_date, 64);
    // The current status is also the newest history entry: same object id, or same time and codes.
    const identity = textOf(status.object_id, 80) ?? `${date}|${code}|${substatusCode}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    const place = recordOf(status.location);
    const location = locationOf({
      city: place?.city,
      region: place?.state,
      postalCode: place?.zip,
      country: place?.country,
    });
    const time = aggregatorScanTime(date, location);
    if (!time) {
      // An UNKNOWN status without a date is Shippo saying it has nothing yet.
      if (code?.toUpperCase() === 'UNKNOWN' && date === undefined) {
        return void problems.push(
          problemOf(
            'not_found',
            'the carrier has no information on this number yet',
            statusAt,
            trackingNumber,
          ),
        );
      }
      return void problems.push(
        problemOf(
          'invalid_payload',
          'tracking status has no readable status_date (or no place to find its zone)',
          statusAt,
          trackingNumber,
        ),
      );
    }
    const statusEntry = shippoStatusEntry(code);
    const substatusEntry = shippoSubstatusEntry(substatusCode);
    const details = textOf(status.status_details);
    const substatusText = textOf(substatus?.text, 500);
    let mapped: Substatus = statusEntry?.substatus ?? 'in_transit.other';
    if (statusEntry) mapped = refineByText(shippoSubstatus(mapped, substatusEntry), details, substatusText);
    const rawCode = code === undefined ? substatusCode : substatusCode ? `${code}/${substatusCode}` : code;
    const rawDescription = details ?? substatusText;
    pending.push({
      ms: time.ms,
      index,
      scan: {
        trackingNumber,
        carrier: CARRIER,
        occurredAt: time.occurredAt,
        ...(time.zone ? { zone: time.zone } : {}),
        status: mapped,
        ...(rawCode ? { rawCode } : {}),
        ...(rawDescription ? { rawDescription } : {}),
        ...(location ? { location } : {}),
        ...(statusEntry && (substatusCode === undefined || substatusEntry)
          ? {}
          : { unmapped: true as const }),
      },
    });
  });
  pending.sort(byTime);
  const estimate = isoDateOf(textOf(track.eta, 40));
  const last = pending.at(-1);
  if (last && estimate && !last.scan.status.startsWith('delivered'))
    last.scan = { ...last.scan, carrierEstimate: estimate };
  return { scans: pending.map((p) => p.scan), problems };
}
