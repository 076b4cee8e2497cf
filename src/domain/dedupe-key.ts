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
  const location = scan.location;
  const place = `${part(location?.postalCode)}/${part(location?.city)}/${part(location?.country)}`;
  const material =
    `${scan.carrier}\u001f${scan.trackingNumber.toUpperCase()}\u001f${minuteOf(scan.occurredAt)}` +
    `\u001f${scan.rawCode.toUpperCase()}\u001f${place}`;
  return sha256(material).slice(0, 32);
}

function part(value: string | null | undefined): string {
  return (value ?? '').trim().toUpperCase();
}

// Ingest hands over toISOString's own spelling; reading it back as a date only to print it again
// was a third of this function's cost. Any other spelling still goes through Date.
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function minuteOf(occurredAt: string): string {
  return (CANONICAL_UTC.test(occurredAt) ? occurredAt : new Date(occurredAt).toISOString()).slice(0, 16);
}

// crypto.hash (Node 20.12+) is the one-shot form, several times cheaper per call than
// createHash on the ingest path; the fallback keeps older builds working.
const sha256: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'base64url')
    : (text) => crypto.createHash('sha256').update(text).digest('base64url');
