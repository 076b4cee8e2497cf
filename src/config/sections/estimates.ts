import { Type } from 'typebox';

/** Configuration of delivery-date estimates (docs/eta.md). */
export const EstimatesConfig = Type.Object(
  {
    carrierCutoff: Type.Optional(
      // A whole hour from the environment arrives as a number.
      Type.Union(
        [
          Type.String({ pattern: '^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^([01]?[0-9]|2[0-4])$' }),
          Type.Integer({ minimum: 0, maximum: 24 }),
        ],
        {
          description:
            "The carriers' daily cut-off, local time at the destination (HH or HH:MM, env ETA_CARRIER_CUTOFF): a parcel handed over at or after it counts from the next day.",
        },
      ),
    ),
  },
  { additionalProperties: false, default: {} },
);

/** Environment variable → path inside this section. */
export const ESTIMATES_ENV_KEYS: Record<string, string[]> = {
  ETA_CARRIER_CUTOFF: ['carrierCutoff'],
};
