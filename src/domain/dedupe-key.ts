import * as crypto from 'node:crypto';
import type { Location } from './location.js';

export interface ScanIdentity {
  readonly carrier: string;
  readonly trackingNumber: string;
  /** UTC instant, ISO 8601. */
  readonly occurredAt: string;
  readonly rawCode: string;
  readonly location: Location | null;
}

/**
 * The same physical scan reaches us by webhook, by poll and by file. Its key must not depend on
 * the channel, the description wording or sub-minute precision (some carriers drop seconds),
 * so it hashes only carrier, number, the minute, the raw code and the place.
 */
export function dedupeKeyOf(scan: ScanIdentity): string {
  const minute = new Date(scan.occurredAt).toISOString().slice(0, 16);
  const place = [scan.location?.postalCode, scan.location?.city, scan.location?.country]
    .map((part) => (part ?? '').trim().toUpperCase())
    .join('/');
  const material = [
    scan.carrier,
    scan.trackingNumber.toUpperCase(),
    minute,
    scan.rawCode.toUpperCase(),
    place,
  ];
  return sha256(material.join('\u001f')).slice(0, 32);
}

// crypto.hash (Node 20.12+) is the one-shot form, several times cheaper per call than
// createHash on the ingest path; the fallback keeps older builds working.
const sha256: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'base64url')
    : (text) => crypto.createHash('sha256').update(text).digest('base64url');
