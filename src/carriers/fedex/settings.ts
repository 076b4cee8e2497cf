import { Type, type Static } from 'typebox';

/** `carriers.accounts.fedex`: a FedEx Developer project's API key and secret. */
export const FedexSettingsSchema = Type.Object(
  {
    baseUrl: Type.String({
      default: 'https://apis.fedex.com',
      description:
        'FedEx API host; token URL {baseUrl}/oauth/token. Sandbox: https://apis-sandbox.fedex.com.',
    }),
    clientId: Type.String({ minLength: 1, description: 'API key (client_id) of the FedEx project.' }),
    clientSecret: Type.String({
      minLength: 1,
      description: 'Secret key (client_secret) of the FedEx project (secret).',
    }),
    locale: Type.String({ default: 'en_US', description: 'Sent as x-locale.' }),
    timeoutMs: Type.Integer({ minimum: 100, default: 15_000, description: 'Per-request deadline.' }),
  },
  { additionalProperties: false },
);

export type FedexSettings = Static<typeof FedexSettingsSchema>;
