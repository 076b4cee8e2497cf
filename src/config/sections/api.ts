import { Type } from 'typebox';

const perMinute = (fallback: number, what: string) =>
  Type.Integer({
    minimum: 0,
    maximum: 10_000_000,
    default: fallback,
    description: `${what} one API key may make per minute; 0 for no limit. A tenant may have its own (waybill keys limits).`,
  });

/**
 * Request limits per API key, by route class. Counted in the database in shares, so that every node
 * counts against one budget (src/http/rate-limits/). Every field has a default.
 */
export const ApiConfig = Type.Object(
  {
    readsPerMinute: perMinute(6_000, 'GET requests'),
    writesPerMinute: perMinute(1_200, 'POST, PUT and DELETE requests (imports apart)'),
    importsPerMinute: perMinute(60, 'Imports (EDI, CSV, EPCIS capture)'),
  },
  { additionalProperties: false, default: {} },
);

/** Environment variable → path inside this section. */
export const API_ENV_KEYS: Record<string, string[]> = {
  API_READS_PER_MINUTE: ['readsPerMinute'],
  API_WRITES_PER_MINUTE: ['writesPerMinute'],
  API_IMPORTS_PER_MINUTE: ['importsPerMinute'],
};
