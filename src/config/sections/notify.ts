import { Type } from 'typebox';

/** Configuration of notifications: SMTP, Twilio, web push, merchant webhooks. Every field has a default, so an empty section is valid. */
export const NotifyConfig = Type.Object({}, { additionalProperties: false, default: {} });

/** Environment variable → path inside this section. */
export const NOTIFY_ENV_KEYS: Record<string, string[]> = {};
