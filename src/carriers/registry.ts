import { aftershipAdapter } from './aftership/index.js';
import type { CarrierAdapter } from './carrier.js';
import { csvEventsAdapter } from './csv-events/index.js';
import { dhlAdapter } from './dhl/index.js';
import { easypostAdapter } from './easypost/index.js';
import { epcisAdapter } from './epcis/index.js';
import { fedexAdapter } from './fedex/index.js';
import { shippoAdapter } from './shippo/index.js';
import { upsAdapter } from './ups/index.js';
import { uspsAdapter } from './usps/index.js';
import { x12214Adapter } from './x12-214/index.js';

/**
 * Every carrier adapter, by id. One literal map: nothing is discovered from the filesystem.
 * (The simulator is not here: it pushes through the pipeline itself and is never polled.)
 */
export const CARRIERS: Readonly<Record<string, CarrierAdapter>> = {
  aftership: aftershipAdapter,
  'csv-events': csvEventsAdapter,
  dhl: dhlAdapter,
  easypost: easypostAdapter,
  epcis: epcisAdapter,
  fedex: fedexAdapter,
  shippo: shippoAdapter,
  ups: upsAdapter,
  usps: uspsAdapter,
  'x12-214': x12214Adapter,
};

export function carrierAdapter(id: string): CarrierAdapter | undefined {
  return Object.hasOwn(CARRIERS, id) ? CARRIERS[id] : undefined;
}
