import { Type } from 'typebox';

/** Configuration of the customer tracking page. Every field has a default, so an empty section is valid. */
export const PagesConfig = Type.Object({}, { additionalProperties: false, default: {} });

/** Environment variable → path inside this section. */
export const PAGES_ENV_KEYS: Record<string, string[]> = {};
