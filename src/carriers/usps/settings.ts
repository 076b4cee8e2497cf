import { Type, type Static } from 'typebox';

/** `carriers.accounts.usps`: an app from developers.usps.com with the Tracking API. */
export const UspsSettingsSchema = Type.Object(
  {
    baseUrl: Type.String({
      default: 'https://apis.usps.com',
      description: 'USPS API host; token URL {baseUrl}/oauth2/v3/token. Test: https://apis-tem.usps.com.',
    }),
    clientId: Type.String({ minLength: 1, description: 'Consumer key (client_id) of the USPS app.' }),
    clientSecret: Type.String({
      minLength: 1,
      description: 'Consumer secret (client_secret) of the USPS app (secret).',
    }),
    timeoutMs: Type.Integer({ minimum: 100, default: 15_000, description: 'Per-request deadline.' }),
  },
  { additionalProperties: false },
);

export type UspsSettings = Static<typeof UspsSettingsSchema>;
