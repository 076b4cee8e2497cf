import { Type, type Static } from 'typebox';

/** `carriers.accounts.ups`: an OAuth client (developer.ups.com app) and where to reach UPS. */
export const UpsSettingsSchema = Type.Object(
  {
    baseUrl: Type.String({
      default: 'https://onlinetools.ups.com',
      description:
        'UPS API host; the token URL is {baseUrl}/security/v1/oauth/token. CIE test: https://wwwcie.ups.com.',
    }),
    clientId: Type.String({ minLength: 1, description: 'OAuth client id of the UPS app.' }),
    clientSecret: Type.String({ minLength: 1, description: 'OAuth client secret of the UPS app (secret).' }),
    transactionSrc: Type.String({
      default: 'waybill',
      maxLength: 512,
      description: 'Sent as the transactionSrc header UPS requires.',
    }),
    locale: Type.String({ default: 'en_US', description: 'Language of the descriptions.' }),
    timeoutMs: Type.Integer({ minimum: 100, default: 15_000, description: 'Per-request deadline.' }),
  },
  { additionalProperties: false },
);

export type UpsSettings = Static<typeof UpsSettingsSchema>;
