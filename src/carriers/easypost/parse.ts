import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import type { Substatus } from '../../domain/status.js';
import { listOf, pointer, recordOf, textOf, type JsonRecord } from '../payload/json.js';
import { problemOf, saysNotFound } from '../payload/problem.js';
import { locationOf } from '../payload/scan-builder.js';
import { byTime, isoDateOf } from '../payload/scan-time.js';
import { aggregatorScanTime } from '../aggregator-scan-time.js';
import { refineByText } from '../payload/text-refine.js';
import { easypostDetailEntry, easypostStatusEntry, refineByDetail } from './status-map.js';

const CARRIER = 'easypost';

/**
 * Anything EasyPost sends or answers → scans and problems: a webhook Event (`tracker.created`,
 * `tracker.updated`; `result` is the Tracker), a Tracker as `POST/GET /trackers` return it, a
 * tracker list (`{trackers: []}`), or an error body. The webhook and the API give the same
 * Tracker, so a scan parses identically by either path and the pipeline stores it once. Pure and
 * total: never throws.
 */
export function parseEasypost(payload: unknown): ParseResult {
  const root = recordOf(payload);
  if (!root)
    return { scans: [], problems: [problemOf('invalid_payload', 'EasyPost payload is not a JSON object')] };
  const problems: CarrierProblem[] = [];
  const scans: CarrierScan[] = [];
  const object = textOf(root.object, 40);

  if (object === 'Event' || (root.result !== undefined && root.description !== undefined)) {
    const description = textOf(root.description, 80);
    if (!description?.startsWith('tracker.')) {
      problems.push(
        problemOf(
          'unsupported',
          `EasyPost event "${description ?? '?'}" is not about a tracker`,
          '/description',
        ),
      );
      return { scans, problems };
    }
    const tracker = recordOf(root.result);
    if (!tracker)
      return { scans, problems: [problemOf('invalid_payload', 'tracker event without a result', '/result')] };
    scans.push(...trackerScans(tracker, '/result', problems));
    return { scans, problems };
  }
  if (Array.isArray(root.trackers)) {
    root.trackers.forEach((raw, index) => {
      const tracker = recordOf(raw);
      const at = pointer('trackers', index);
      if (!tracker) return void problems.push(problemOf('invalid_payload', 'tracker is not an object', at));
      scans.push(...trackerScans(tracker, at, problems));
    });
    return { scans, problems };
  }
  const error = recordOf(root.error);
  if (error) {
    const code = textOf(error.code, 120);
    const message = textOf(error.message, 500) ?? 'EasyPost reported an error';
    const kind =
      code?.toUpperCase().includes('NOT_FOUND') || saysNotFound(message) ? 'not_found' : 'carrier_error';
    return { scans, problems: [problemOf(kind, code ? `${code}: ${message}` : message, '/error')] };
  }
  if (object === 'Tracker' || root.tracking_code !== undefined) {
    scans.push(...trackerScans(root, '', problems));
    return { scans, problems };
  }
  return {
    scans,
    problems: [problemOf('invalid_payload', 'neither an EasyPost Event, a Tracker nor an error', '')],
  };
}

function trackerScans(tracker: JsonRecord, at: string, problems: CarrierProblem[]): CarrierScan[] {
  const trackingNumber = textOf(tracker.tracking_code, 64);
  if (!trackingNumber) {
    problems.push(problemOf('invalid_payload', 'tracker has no tracking_code', `${at}/tracking_code`));
    return [];
  }
  const details = listOf(tracker.tracking_details);
  const trackerStatus = textOf(tracker.status, 60);
  if (details.length === 0) {
    // A tracker EasyPost could not follow, or one the carrier does not know yet: data, not scans.
    if (trackerStatus === 'error' || trackerStatus === 'failure') {
      problems.push(
        problemOf(
          'carrier_error',
          `EasyPost tracker status "${trackerStatus}"`,
          `${at}/status`,
          trackingNumber,
        ),
      );
    } else if (trackerStatus === undefined || trackerStatus === 'unknown') {
      problems.push(
        problemOf(
          'not_found',
          'the carrier has no information on this number yet',
          `${at}/status`,
          trackingNumber,
        ),
      );
    }
    return [];
  }

  const pending: { scan: CarrierScan; ms: number; index: number }[] = [];
  details.forEach((raw, index) => {
    const detail = recordOf(raw);
    const detailAt = `${at}/tracking_details/${index}`;
    if (!detail)
      return void problems.push(
        problemOf('invalid_payload', 'tracking detail is not an object', detailAt, trackingNumber),
      );
    const place = recordOf(detail.tracking_location);
    const location = locationOf({
      city: place?.city,
      region: place?.state,
      postalCode: place?.zip,
      country: place?.country,
    });
    const time = aggregatorScanTime(textOf(detail.datetime, 64), location);
    if (!time) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'tracking detail has no readable datetime (or no place to find its zone)',
          detailAt,
          trackingNumber,
        ),
      );
    }
    const status = textOf(detail.status, 60);
    const statusDetail = textOf(detail.status_detail, 80);
    const message = textOf(detail.message);
    const description = textOf(detail.description);
    const statusEntry = easypostStatusEntry(status);
    const detailEntry = easypostDetailEntry(statusDetail);
    let substatus: Substatus = statusEntry?.substatus ?? 'in_transit.other';
    if (statusEntry) substatus = refineByDetail(substatus, detailEntry?.substatus);
    if (
      status === 'failure' &&
      statusDetail === 'delivery_exception' &&
      /attempt/i.test(`${message ?? ''} ${description ?? ''}`)
    ) {
      substatus = 'attempt_failed.other';
    }
    if (statusEntry) substatus = refineByText(substatus, message, description);
    const rawCode = status === undefined ? statusDetail : statusDetail ? `${status}/${statusDetail}` : status;
    const rawDescription = [message, description].filter(Boolean).join(': ');
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
        ...(rawDescription ? { rawDescription } : {}),
        ...(location ? { location } : {}),
        // A status or detail we do not know is kept raw and counted, with a safe status.
        ...(statusEntry && (statusDetail === undefined || detailEntry) ? {} : { unmapped: true as const }),
      },
    });
  });
  pending.sort(byTime);

  const signer = textOf(tracker.signed_by, 200);
  const delivery = pending.findLast((p) => p.scan.status.startsWith('delivered'));
  if (signer && delivery?.scan.status === 'delivered.standard')
    delivery.scan = { ...delivery.scan, status: 'delivered.signed' };
  const carrierDetail = recordOf(tracker.carrier_detail);
  const estimate = isoDateOf(
    textOf(carrierDetail?.est_delivery_date_local, 40) ?? textOf(tracker.est_delivery_date, 40),
  );
  const last = pending.at(-1);
  if (last && estimate && !last.scan.status.startsWith('delivered'))
    last.scan = { ...last.scan, carrierEstimate: estimate };
  return pending.map((p) => p.scan);
}
