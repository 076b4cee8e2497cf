import { IANAZone } from 'luxon';
import { isSubstatus, isStatus } from '../../src/domain/status.js';
import type { ParseResult } from '../../src/carriers/carrier.js';

const KINDS = new Set(['not_found', 'invalid_payload', 'carrier_error', 'unsupported']);
const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * What every parser promises for any input, however broken: events or problems, each well
 * formed. Returns the first broken promise, or undefined; property tests assert on it.
 */
export function brokenPromise(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null) return 'the result is not an object';
  const { scans, problems } = result as ParseResult;
  if (!Array.isArray(scans) || !Array.isArray(problems)) return 'scans and problems must be arrays';
  for (const scan of scans) {
    if (!isSubstatus(scan.status) && !isStatus(scan.status))
      return `status ${String(scan.status)} is not ours`;
    if (typeof scan.trackingNumber !== 'string' || scan.trackingNumber.length === 0)
      return 'a scan without a tracking number';
    if (typeof scan.occurredAt !== 'string') return 'occurredAt is not a string';
    const hasOffset = OFFSET.test(scan.occurredAt);
    if (!hasOffset && !(scan.zone && IANAZone.isValidZone(scan.zone)))
      return `occurredAt ${scan.occurredAt} has neither an offset nor a zone`;
    if (Number.isNaN(Date.parse(hasOffset ? scan.occurredAt : `${scan.occurredAt}Z`)))
      return `occurredAt ${scan.occurredAt} is not a date-time`;
  }
  for (const problem of problems) {
    if (!KINDS.has(problem.kind)) return `problem kind ${String(problem.kind)}`;
    if (typeof problem.message !== 'string' || problem.message.length === 0)
      return 'a problem without a message';
  }
  return undefined;
}
