import type { Location } from '../domain/location.js';
import { zoneOfPlace } from './place-zone.js';
import { localTimeIn, timeWithOffset, type ScanTime } from './payload/scan-time.js';

const OFFSET = /([+-])(\d{2}):(\d{2})$/;

/**
 * When an aggregator's scan happened (EasyPost, AfterShip, Shippo all send ISO 8601): with the
 * offset they gave, or, without one, as local time in the place's zone (`zoneOfPlace`). A UTC
 * time at a known place also gets the place's zone, so pages show it in local time. Offsets
 * beyond ±18 h are refused: no place uses them, and `Date.parse` rejects them downstream.
 */
export function aggregatorScanTime(
  text: string | undefined,
  location: Location | null,
): ScanTime | undefined {
  const zone = location ? zoneOfPlace(location) : undefined;
  const withOffset = timeWithOffset(text);
  if (withOffset) {
    const offset = OFFSET.exec(withOffset.occurredAt);
    if (offset && Number(offset[2]) * 60 + Number(offset[3]) > 18 * 60) return undefined;
    if (!Number.isFinite(Date.parse(withOffset.occurredAt))) return undefined;
    return zone && /(?:Z|[+-]00:00)$/i.test(withOffset.occurredAt) ? { ...withOffset, zone } : withOffset;
  }
  return localTimeIn(text, zone);
}
