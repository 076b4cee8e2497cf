import { CARRIERS } from '../../carriers/registry.js';
import { FORMATS } from '../../numbers/index.js';

/** Every carrier id Waybill knows (adapters and number formats), with its name, by name. */
export const CARRIER_OPTIONS: readonly { id: string; name: string }[] = (() => {
  const byId = new Map<string, string>();
  for (const format of FORMATS) if (!byId.has(format.carrier)) byId.set(format.carrier, format.carrierName);
  for (const [id, adapter] of Object.entries(CARRIERS))
    if (!byId.has(id)) byId.set(id, adapter.manifest.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
})();

export function isKnownCarrier(id: string): boolean {
  return CARRIER_OPTIONS.some((option) => option.id === id);
}
