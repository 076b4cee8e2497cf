import { DateTime } from 'luxon';

const OFFSET = /^[+-](?:0\d|1[0-4]):[0-5]\d$/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * eventTime is the instant; eventTimeZoneOffset is the local offset where it happened. The scan
 * keeps both: the instant written in that offset (`2025-03-11T04:00:00.000-06:00`).
 */
export function occurredAtOf(
  eventTime: unknown,
  offset: unknown,
): { occurredAt: string } | { error: string } {
  if (typeof eventTime !== 'string' || eventTime.length > 64)
    return { error: 'eventTime must be an ISO 8601 date-time' };
  if (offset !== undefined && (typeof offset !== 'string' || !OFFSET.test(offset))) {
    return { error: 'eventTimeZoneOffset must be an offset such as "-06:00"' };
  }
  const zone = offset === undefined ? undefined : `UTC${offset}`;
  if (!HAS_OFFSET.test(eventTime)) {
    // Not valid EPCIS, but unambiguous when the offset is given: the wall time at that offset.
    if (!zone) return { error: 'eventTime has no offset and there is no eventTimeZoneOffset' };
    const local = DateTime.fromISO(eventTime, { zone });
    return local.isValid
      ? { occurredAt: local.toISO() as string }
      : { error: 'eventTime is not a date-time' };
  }
  const instant = DateTime.fromISO(eventTime, { setZone: true });
  if (!instant.isValid) return { error: 'eventTime is not a date-time' };
  return { occurredAt: (zone ? instant.setZone(zone) : instant).toISO() as string };
}
