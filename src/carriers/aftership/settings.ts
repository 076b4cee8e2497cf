import { Type, type Static } from 'typebox';

/** `carriers.accounts.aftership`: the webhook secret shown on AfterShip's webhook settings page. */
export const AftershipSettingsSchema = Type.Object(
  {
    webhookSecret: Type.String({
      minLength: 1,
      description: 'AfterShip webhook secret; signs aftership-hmac-sha256 (secret).',
    }),
    previousWebhookSecret: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'The secret before a rotation, still accepted until removed (secret).',
      }),
    ),
  },
  { additionalProperties: false },
);

export type AftershipSettings = Static<typeof AftershipSettingsSchema>;
