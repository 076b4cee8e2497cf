import type { CarrierAdapter } from './carrier.js';

/**
 * Every carrier adapter, by id. One literal map: nothing is discovered from the filesystem.
 * (The simulator is not here: it pushes through the pipeline itself and is never polled.)
 */
export const CARRIERS: Readonly<Record<string, CarrierAdapter>> = {
  // ups: upsAdapter,
};

export function carrierAdapter(id: string): CarrierAdapter | undefined {
  return Object.hasOwn(CARRIERS, id) ? CARRIERS[id] : undefined;
}
