import { Type, type Static } from 'typebox';

/**
 * `carriers.accounts.easypost`: the API key that creates and reads trackers, and the webhook
 * secret EasyPost signs its Events with. EasyPost only sends Events for trackers made with this
 * account's key, so an account that takes webhooks always has a key.
 */
export const EasypostSettingsSchema = Type.Object(
  {
    apiKey: Type.String({ minLength: 1, description: 'EasyPost API key (test or production) (secret).' }),
    baseUrl: Type.String({
      default: 'https://api.easypost.com/v2',
      description: 'EasyPost API root; trackers live at {baseUrl}/trackers.',
    }),
    webhookSecret: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'The secret set on the EasyPost webhook (X-Hmac-Signature). Without it the webhook endpoint refuses every call (secret).',
      }),
    ),
    previousWebhookSecret: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'The secret before a rotation, still accepted until removed (secret).',
      }),
    ),
    /** Underlying carrier sent with a new tracker; EasyPost guesses it from the number when absent. */
    trackerCarrier: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Carrier name EasyPost should track with (e.g. "USPS"); detected when absent.',
      }),
    ),
    timeoutMs: Type.Integer({ minimum: 100, default: 15_000, description: 'Per-request deadline.' }),
  },
  { additionalProperties: false },
);

export type EasypostSettings = Static<typeof EasypostSettingsSchema>;
