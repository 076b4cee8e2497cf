import { DateTime } from 'luxon';
import { WaybillError } from './errors.js';

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * Milliseconds since the epoch for an ISO 8601 instant. `Date.parse` would read a string without
 * an offset as the machine's local time; the domain must never depend on where it runs, so such a
 * string is read as UTC, which is what every timestamp in the domain is meant to be.
 */
export function instantOf(iso: string, field = 'occurredAt'): number {
  // Stored instants are always this exact UTC spelling; Date.parse reads it unambiguously and is
  // far cheaper than luxon on the ingest hot path.
  if (CANONICAL_UTC.test(iso)) return Date.parse(iso);
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) {
    throw new WaybillError('validation_failed', `${field} is not an ISO 8601 instant`, {
      problems: [{ field, message: `expected an ISO 8601 instant, got ${JSON.stringify(iso)}` }],
    });
  }
  return parsed.toMillis();
}

/** The one UTC spelling the domain hands out, so equal instants compare equal as strings. */
export function utcIsoOf(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
