import { Value } from 'typebox/value';
import type { CarrierAdapter } from '../../carriers/carrier.js';
import { ConfigError } from '../../config/config.js';

export interface ConfiguredCarrier {
  readonly adapter: CarrierAdapter;
  /** The account's settings with the schema's defaults filled in. */
  readonly settings: Record<string, unknown>;
  /** Has a tracking API and a client: the poller asks it. */
  readonly pollable: boolean;
}

/**
 * The carriers this installation uses: every adapter with an account under
 * `carriers.accounts`, plus those whose settings need nothing. Each account is checked against
 * the adapter's settings schema here, at start-up; the error names the bad key.
 */
export function configuredCarriers(
  adapters: Readonly<Record<string, CarrierAdapter>>,
  accounts: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): ConfiguredCarrier[] {
  for (const id of Object.keys(accounts)) {
    if (!Object.hasOwn(adapters, id)) {
      throw new ConfigError(
        `invalid configuration at "carriers.accounts.${id}": no carrier adapter "${id}" (known: ${Object.keys(adapters).sort().join(', ') || 'none'})`,
      );
    }
  }
  const configured: ConfiguredCarrier[] = [];
  for (const [id, adapter] of Object.entries(adapters).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const account = Object.hasOwn(accounts, id) ? accounts[id] : undefined;
    const schema = adapter.manifest.settings;
    const required = (schema as { required?: readonly string[] }).required ?? [];
    if (account === undefined && required.length > 0) continue;
    const settings = Value.Default(schema, structuredClone({ ...(account ?? {}) })) as Record<
      string,
      unknown
    >;
    if (!Value.Check(schema, settings)) {
      const first = [...Value.Errors(schema, settings)][0];
      // A missing key is reported on its parent object: name the first missing key itself.
      const missing = (first?.params as { requiredProperties?: readonly string[] } | undefined)
        ?.requiredProperties;
      const path = first?.instancePath.split('/').filter(Boolean) ?? [];
      const key = [id, ...path, ...(first?.keyword === 'required' && missing?.[0] ? [missing[0]] : [])].join(
        '.',
      );
      throw new ConfigError(
        `invalid configuration at "carriers.accounts.${key}": ${first?.message ?? 'does not match the adapter’s settings schema'}`,
      );
    }
    configured.push({
      adapter,
      settings,
      pollable: adapter.manifest.capabilities.pull && typeof adapter.createClient === 'function',
    });
  }
  return configured;
}
