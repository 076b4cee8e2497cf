import { Type } from 'typebox';

/** Configuration of web push: the VAPID subject, TTLs. Every field has a default, so an empty section is valid. */
export const PushConfig = Type.Object({}, { additionalProperties: false, default: {} });

/** Environment variable → path inside this section. */
export const PUSH_ENV_KEYS: Record<string, string[]> = {};
