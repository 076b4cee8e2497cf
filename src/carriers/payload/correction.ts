import { dedupeKeyOf } from '../../domain/dedupe-key.js';
import type { Location } from '../../domain/location.js';
import { normalize } from '../../numbers/normalize.js';

/**
 * The dedupe key the pipeline will give a scan, so a carrier's voiding scan can name the scan it
 * voids (`corrects`) and the history keeps both. Same inputs as the pipeline: normalised number,
 * the UTC instant, the raw code, the place.
 */
export function dedupeKeyOfScan(scan: {
  readonly carrier: string;
  readonly trackingNumber: string;
  readonly ms: number;
  readonly rawCode: string;
  readonly location: Location | null;
}): string {
  return dedupeKeyOf({
    carrier: scan.carrier,
    trackingNumber: normalize(scan.trackingNumber),
    occurredAt: new Date(scan.ms).toISOString(),
    rawCode: scan.rawCode,
    location: scan.location,
  });
}
