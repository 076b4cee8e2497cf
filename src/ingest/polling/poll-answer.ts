import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { CarrierScan, ParseResult } from '../../carriers/carrier.js';
import { isStatus, isSubstatus, statusOf, type Status } from '../../domain/status.js';
import { normalizeTrackingNumber } from '../normalize.js';

/** What one carrier answer says about one number, for the schedule. */
export interface NumberAnswer {
  /** The carrier knows the number (it sent scans, or at least no "not found"). */
  readonly known: boolean;
  /** Status of the newest scan; undefined when there are no scans. */
  readonly status: Status | undefined;
  readonly lastEventAt: string | null;
  readonly deliveredAt: string | null;
  /** Stable digest of the scans: equal digests mean nothing changed. */
  readonly digest: string;
}

/** Splits a poll answer by tracking number. Pure. */
export function answersByNumber(numbers: readonly string[], result: ParseResult): Map<string, NumberAnswer> {
  const scansOf = new Map<string, CarrierScan[]>();
  for (const scan of result.scans) {
    const number = normalizeTrackingNumber(String(scan.trackingNumber ?? ''));
    const list = scansOf.get(number);
    if (list) list.push(scan);
    else scansOf.set(number, [scan]);
  }
  const notFound = new Set(
    result.problems
      .filter((p) => p.kind === 'not_found' && p.trackingNumber !== undefined)
      .map((p) => normalizeTrackingNumber(p.trackingNumber as string)),
  );
  const answers = new Map<string, NumberAnswer>();
  for (const number of numbers) {
    const scans = scansOf.get(number) ?? [];
    let newest: { ms: number; status: Status } | undefined;
    let delivered: number | undefined;
    const material: string[] = [];
    for (const scan of scans) {
      const ms = instantOf(scan);
      const status = statusOfScan(scan.status);
      material.push(
        [
          Number.isFinite(ms) ? new Date(ms).toISOString() : scan.occurredAt,
          scan.rawCode ?? '',
          scan.status,
          scan.location?.postalCode ?? '',
          scan.location?.city ?? '',
          scan.location?.country ?? '',
          scan.corrects ?? '',
        ].join('|'),
      );
      if (!Number.isFinite(ms)) continue;
      if (!newest || ms >= newest.ms) newest = { ms, status };
      if (status === 'delivered' && (delivered === undefined || ms > delivered)) delivered = ms;
    }
    material.sort();
    answers.set(number, {
      known: scans.length > 0 || !notFound.has(number),
      status: newest?.status,
      lastEventAt: newest ? new Date(newest.ms).toISOString() : null,
      deliveredAt: delivered === undefined ? null : new Date(delivered).toISOString(),
      digest: createHash('sha256').update(material.join('\n')).digest('base64url').slice(0, 22),
    });
  }
  return answers;
}

function statusOfScan(status: string): Status {
  if (isSubstatus(status)) return statusOf(status);
  if (isStatus(status)) return status;
  return 'in_transit';
}

/** The scan's instant; a local time is read in the scan's own zone, never the machine's. */
function instantOf(scan: CarrierScan): number {
  const parsed = DateTime.fromISO(scan.occurredAt, { zone: scan.zone ?? 'UTC' });
  return parsed.isValid ? parsed.toMillis() : Number.NaN;
}
