import { Type } from 'typebox';

/** Configuration of merchant webhooks: retries, the SSRF guard. Every field has a default, so an empty section is valid. */
export const WebhooksConfig = Type.Object({}, { additionalProperties: false, default: {} });

/** Environment variable → path inside this section. */
export const WEBHOOKS_ENV_KEYS: Record<string, string[]> = {};
