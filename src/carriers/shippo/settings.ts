import { Type, type Static } from 'typebox';

/**
 * `carriers.accounts.shippo`. Shippo offers two ways to authenticate its webhooks (carrier-formats.md
 * §7): a self-chosen token in the webhook URL (`…/webhook?token=…`), available to every account,
 * and an HMAC header (`Shippo-Auth-Signature`) that Shippo enables on request. Configure at least
 * one; when both are configured, both must hold. Without either the endpoint refuses every call.
 */
export const ShippoSettingsSchema = Type.Object(
  {
    webhookToken: Type.Optional(
      Type.String({
        minLength: 16,
        description:
          'The token put in the webhook URL given to Shippo (?token=…); at least 16 characters (secret).',
      }),
    ),
    webhookSecret: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'HMAC secret for Shippo-Auth-Signature, when Shippo enabled it (secret).',
      }),
    ),
    previousWebhookSecret: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'The HMAC secret before a rotation, still accepted until removed (secret).',
      }),
    ),
    toleranceSeconds: Type.Integer({
      minimum: 1,
      default: 300,
      description: 'How far the signature timestamp (t=) may be from our clock, either way.',
    }),
  },
  { additionalProperties: false },
);

export type ShippoSettings = Static<typeof ShippoSettingsSchema>;
