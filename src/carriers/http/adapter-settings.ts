import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';

/**
 * An adapter's settings with the schema's defaults filled in, checked against it. The error
 * names the key under `carriers.accounts.<id>` and never echoes a value (it may be a secret).
 */
export function adapterSettings<S extends TSchema>(carrier: string, schema: S, raw: unknown): Static<S> {
  const withDefaults = Value.Default(schema, structuredClone(raw ?? {}));
  if (!Value.Check(schema, withDefaults)) {
    const first = [...Value.Errors(schema, withDefaults)][0];
    const key = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(root)';
    throw new Error(
      `invalid settings at "carriers.accounts.${carrier}.${key}": ${first?.message ?? 'does not match the schema'}`,
    );
  }
  return withDefaults as Static<S>;
}
