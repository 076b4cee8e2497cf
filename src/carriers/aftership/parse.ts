import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import type { Location } from '../../domain/location.js';
import type { Substatus } from '../../domain/status.js';
import { listOf, recordOf, textOf, type JsonRecord } from '../payload/json.js';
import { problemOf, saysNotFound } from '../payload/problem.js';
import { locationOf } from '../payload/scan-builder.js';
import { byTime, isoDateOf } from '../payload/scan-time.js';
import { aggregatorScanTime } from '../aggregator-scan-time.js';
import { refineByText } from '../payload/text-refine.js';
import { countryOfAftership } from './country-alpha3.js';
import { aftershipEntryAnyCase } from './status-map.js';

const CARRIER = 'aftership';
const TRACKING_EVENTS = new Set(['tracking_update', 'edd_revise', 'tracking_pending_time']);

/**
 * An AfterShip webhook (`{ts, event, event_id, msg}`), a Tracking API answer (`{meta, data}`, the
 * tracking under `data` or `data.tracking`) or a bare tracking → scans and problems. Reads the
 * current (2024+) field names and the legacy v4 ones. Pure and total: never throws.
 */
export function parseAftership(payload: unknown): ParseResult {
  const root = recordOf(payload);
  if (!root)
    return { scans: [], problems: [problemOf('invalid_payload', 'AfterShip payload is not a JSON object')] };

  if (root.msg !== undefined || root.event !== undefined) {
    const event = textOf(root.event, 80);
    const tracking = recordOf(root.msg);
    if (!tracking)
      return {
        scans: [],
        problems: [problemOf('invalid_payload', 'webhook without a tracking in msg', '/msg')],
      };
    if (event !== undefined && !TRACKING_EVENTS.has(event) && !hasTracking(tracking)) {
      return {
        scans: [],
        problems: [problemOf('unsupported', `AfterShip event "${event}" carries no tracking`, '/event')],
      };
    }
    return trackingResult(tracking, '/msg');
  }
  if (root.meta !== undefined || root.data !== undefined) {
    const data = recordOf(root.data);
    const nested = recordOf(data?.tracking);
    if (nested) return trackingResult(nested, '/data/tracking');
    if (data && hasTracking(data)) return trackingResult(data, '/data');
    const meta = recordOf(root.meta);
    const code = textOf(meta?.code, 12);
    const message = textOf(meta?.message, 500) ?? 'AfterShip answered without a tracking';
    const kind = code === '4004' || saysNotFound(message) ? 'not_found' : 'carrier_error';
    return { scans: [], problems: [problemOf(kind, code ? `${code}: ${message}` : message, '/meta')] };
  }
  if (hasTracking(root)) return trackingResult(root, '');
  return {
    scans: [],
    problems: [
      problemOf('invalid_payload', 'neither an AfterShip webhook, an API answer nor a tracking', ''),
    ],
  };
}

function hasTracking(record: JsonRecord): boolean {
  return record.tracking_number !== undefined || record.checkpoints !== undefined;
}

function trackingResult(tracking: JsonRecord, at: string): ParseResult {
  const problems: CarrierProblem[] = [];
  const trackingNumber = textOf(tracking.tracking_number, 64);
  if (!trackingNumber) {
    return {
      scans: [],
      problems: [problemOf('invalid_payload', 'tracking has no tracking_number', `${at}/tracking_number`)],
    };
  }
  const pending: { scan: CarrierScan; ms: number; index: number }[] = [];
  listOf(tracking.checkpoints).forEach((raw, index) => {
    const checkpoint = recordOf(raw);
    const checkpointAt = `${at}/checkpoints/${index}`;
    if (!checkpoint)
      return void problems.push(
        problemOf('invalid_payload', 'checkpoint is not an object', checkpointAt, trackingNumber),
      );
    const location = checkpointPlace(checkpoint);
    const time = aggregatorScanTime(textOf(checkpoint.checkpoint_time, 64), location);
    if (!time) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'checkpoint has no readable checkpoint_time (or no place to find its zone)',
          checkpointAt,
          trackingNumber,
        ),
      );
    }
    const tag = textOf(checkpoint.tag, 60);
    const subtag = textOf(checkpoint.subtag, 60);
    const message = textOf(checkpoint.message);
    const subtagMessage = textOf(checkpoint.subtag_message, 200);
    const entry = aftershipEntryAnyCase(subtag) ?? aftershipEntryAnyCase(tag);
    let substatus: Substatus = entry?.substatus ?? 'in_transit.other';
    // The reference: cancellation sub-statuses of Exception mean the shipment was cancelled.
    if (substatus.startsWith('exception.') && /cancel/i.test(`${subtagMessage ?? ''} ${message ?? ''}`)) {
      substatus = 'cancelled.by_carrier';
    }
    if (entry) substatus = refineByText(substatus, message, subtagMessage);
    const rawCode = subtag ?? tag ?? textOf(checkpoint.raw_tag, 60);
    pending.push({
      ms: time.ms,
      index,
      scan: {
        trackingNumber,
        carrier: CARRIER,
        occurredAt: time.occurredAt,
        ...(time.zone ? { zone: time.zone } : {}),
        status: substatus,
        ...(rawCode ? { rawCode } : {}),
        ...(message || subtagMessage ? { rawDescription: message ?? subtagMessage } : {}),
        ...(location ? { location } : {}),
        ...(entry ? {} : { unmapped: true as const }),
      },
    });
  });
  pending.sort(byTime);

  const signer = textOf(tracking.signed_by, 200);
  const delivery = pending.findLast((p) => p.scan.status.startsWith('delivered'));
  if (signer && delivery?.scan.status === 'delivered.standard')
    delivery.scan = { ...delivery.scan, status: 'delivered.signed' };
  const estimate = estimatedDate(tracking);
  const last = pending.at(-1);
  if (last && estimate && !last.scan.status.startsWith('delivered'))
    last.scan = { ...last.scan, carrierEstimate: estimate };
  return { scans: pending.map((p) => p.scan), problems };
}

/** Current names first (`postal_code`, `country_region` alpha-3), then the legacy v4 ones. */
function checkpointPlace(checkpoint: JsonRecord): Location | null {
  const country =
    countryOfAftership(textOf(checkpoint.country_region, 60) ?? textOf(checkpoint.country_iso3, 60)) ??
    countryOfAftership(textOf(checkpoint.country_region_name, 60) ?? textOf(checkpoint.country_name, 60));
  return locationOf({
    city: checkpoint.city,
    region: checkpoint.state,
    postalCode: checkpoint.postal_code ?? checkpoint.zip,
    country,
  });
}

function estimatedDate(tracking: JsonRecord): string | undefined {
  const courier = recordOf(tracking.courier_estimated_delivery_date);
  const aftership = recordOf(tracking.aftership_estimated_delivery_date);
  const latest = recordOf(tracking.latest_estimated_delivery);
  return isoDateOf(
    textOf(courier?.estimated_delivery_date, 40) ??
      textOf(courier?.estimated_delivery_date_max, 40) ??
      textOf(aftership?.estimated_delivery_date, 40) ??
      textOf(latest?.datetime, 40) ??
      textOf(tracking.expected_delivery, 40),
  );
}
