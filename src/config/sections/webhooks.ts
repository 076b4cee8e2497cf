import { Type } from 'typebox';

const RetryConfig = Type.Object(
  {
    baseDelayMs: Type.Integer({
      minimum: 1,
      default: 5_000,
      description: 'First retry delay ceiling; each later attempt doubles it (full jitter draws below it).',
    }),
    maxDelayMs: Type.Integer({
      minimum: 1,
      default: 6 * 3600_000,
      description: 'Largest delay between two attempts.',
    }),
    windowMs: Type.Integer({
      minimum: 1,
      default: 3 * 24 * 3600_000,
      description: 'How long a message is retried before it is dead-lettered (default three days).',
    }),
  },
  { additionalProperties: false, default: {} },
);

/** Configuration of merchant webhooks: retries, the SSRF guard. Every field has a default, so an empty section is valid. */
export const WebhooksConfig = Type.Object(
  {
    enabled: Type.Boolean({
      default: true,
      description: 'Fan events out to merchant endpoints and send them (env WEBHOOKS_ENABLED).',
    }),
    allowPrivateDestinations: Type.Boolean({
      default: false,
      description:
        'Let endpoints point at private, loopback, link-local or metadata addresses (env WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS). Off: the SSRF guard refuses them.',
    }),
    allowedDestinations: Type.Array(Type.String({ minLength: 1, maxLength: 255 }), {
      default: [],
      maxItems: 100,
      description:
        'Exceptions to the SSRF guard: host names, IP addresses or CIDR ranges ("127.0.0.1", "10.1.0.0/16", "hooks.internal").',
    }),
    requestTimeoutMs: Type.Integer({
      minimum: 100,
      maximum: 120_000,
      default: 15_000,
      description: 'Whole-request timeout of one delivery attempt (env WEBHOOKS_REQUEST_TIMEOUT_MS).',
    }),
    retry: RetryConfig,
    disableAfterDeadLetters: Type.Integer({
      minimum: 1,
      default: 5,
      description:
        'Consecutive dead-lettered messages after which an endpoint is disabled and the merchant told (env WEBHOOKS_DISABLE_AFTER_DEAD_LETTERS).',
    }),
    pollIntervalMs: Type.Integer({
      minimum: 10,
      default: 1_000,
      description: 'How often the sender looks for due deliveries when nothing woke it.',
    }),
    batchSize: Type.Integer({
      minimum: 1,
      maximum: 1_000,
      default: 100,
      description: 'Deliveries claimed at once.',
    }),
    concurrency: Type.Integer({
      minimum: 1,
      maximum: 256,
      default: 16,
      description: 'Requests in flight at once per process.',
    }),
    claimMs: Type.Integer({
      minimum: 100,
      default: 60_000,
      description:
        'How long a claimed delivery is reserved for the process sending it; after a crash it becomes due again then. Keep it above requestTimeoutMs.',
    }),
  },
  { additionalProperties: false, default: {} },
);

/** Environment variable → path inside this section. */
export const WEBHOOKS_ENV_KEYS: Record<string, string[]> = {
  WEBHOOKS_ENABLED: ['enabled'],
  WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS: ['allowPrivateDestinations'],
  WEBHOOKS_REQUEST_TIMEOUT_MS: ['requestTimeoutMs'],
  WEBHOOKS_DISABLE_AFTER_DEAD_LETTERS: ['disableAfterDeadLetters'],
};
