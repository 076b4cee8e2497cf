import { Type } from 'typebox';

/** Configuration of web push: the VAPID subject, TTLs. Every field has a default, so an empty section is valid. */
export const PushConfig = Type.Object(
  {
    subject: Type.String({
      pattern: '^(mailto:|https://)',
      default: 'mailto:waybill@localhost',
      description:
        'VAPID contact the push services may reach the operator at: mailto: or https: (env PUSH_SUBJECT).',
    }),
    ttlSeconds: Type.Integer({
      minimum: 0,
      maximum: 2_419_200,
      default: 86_400,
      description: 'How long a push service keeps an undelivered message (env PUSH_TTL_SECONDS).',
    }),
    requestTimeoutMs: Type.Integer({
      minimum: 100,
      maximum: 120_000,
      default: 10_000,
      description: 'Socket timeout of one request to a push service.',
    }),
    allowPrivateDestinations: Type.Boolean({
      default: false,
      description:
        'Let push endpoints resolve to private, loopback or link-local addresses (env PUSH_ALLOW_PRIVATE_DESTINATIONS). Off: such subscriptions are refused and removed.',
    }),
    allowedDestinations: Type.Array(Type.String({ minLength: 1, maxLength: 255 }), {
      default: [],
      maxItems: 100,
      description:
        'Exceptions to the SSRF guard for push endpoints: host names, IP addresses or CIDR ranges.',
    }),
  },
  { additionalProperties: false, default: {} },
);

/** Environment variable → path inside this section. */
export const PUSH_ENV_KEYS: Record<string, string[]> = {
  PUSH_SUBJECT: ['subject'],
  PUSH_TTL_SECONDS: ['ttlSeconds'],
  PUSH_ALLOW_PRIVATE_DESTINATIONS: ['allowPrivateDestinations'],
};
