import { Type } from 'typebox';

/** Configuration of carrier accounts (per adapter settings, validated by each adapter's settings schema) and the poller. Every field has a default, so an empty section is valid. */
export const CarriersConfig = Type.Object({}, { additionalProperties: false, default: {} });

/** Environment variable → path inside this section. */
export const CARRIERS_ENV_KEYS: Record<string, string[]> = {};
