import { Type, type Static } from 'typebox';

/**
 * The poller's knobs. Intervals are minutes so a config file reads naturally; every field has a
 * default, so an empty section is valid.
 */
const PollingConfig = Type.Object(
  {
    enabled: Type.Boolean({
      default: true,
      description:
        'Run the poller in `serve` when a pull-capable carrier has an account (env CARRIER_POLLING).',
    }),
    outForDeliveryMinutes: Type.Number({
      minimum: 1,
      default: 30,
      description: 'Poll interval while out for delivery or after a failed attempt.',
    }),
    inTransitMinutes: Type.Number({
      minimum: 1,
      default: 180,
      description: 'Poll interval while in transit.',
    }),
    preTransitMinutes: Type.Number({
      minimum: 1,
      default: 720,
      description: 'Poll interval before the carrier has the parcel (pending, label created).',
    }),
    maxBackoffFactor: Type.Number({
      minimum: 1,
      default: 8,
      description: 'Each unchanged poll doubles the interval, up to this factor.',
    }),
    maxIntervalMinutes: Type.Number({
      minimum: 1,
      default: 1440,
      description: 'No interval, backed off or not, is longer than this.',
    }),
    deliveredGraceHours: Type.Number({
      minimum: 0,
      default: 24,
      description: 'Keep polling (at the in-transit interval) this long after delivery, for corrections.',
    }),
    notFoundExpiryDays: Type.Number({
      minimum: 1,
      default: 14,
      description:
        'A number the carrier never knew is marked expired after this many days (env CARRIER_NOT_FOUND_EXPIRY_DAYS).',
    }),
    jitter: Type.Number({
      minimum: 0,
      maximum: 0.5,
      default: 0.1,
      description: 'Each interval is spread by ± this fraction so polls do not arrive in waves.',
    }),
    tickMilliseconds: Type.Integer({
      minimum: 10,
      default: 5000,
      description: 'How often the poller looks for due shipments (env CARRIER_POLL_TICK_MS).',
    }),
    claimBatch: Type.Integer({
      minimum: 1,
      default: 200,
      description: 'Most numbers one worker claims per carrier per tick.',
    }),
    leaseSeconds: Type.Integer({
      minimum: 5,
      default: 120,
      description: 'How long a claim holds; a crashed worker’s claims come back after it.',
    }),
    requestTimeoutMs: Type.Integer({
      minimum: 100,
      default: 15_000,
      description: 'A carrier request slower than this is aborted and counted as a timeout.',
    }),
    breakerFailures: Type.Integer({
      minimum: 1,
      default: 5,
      description: 'Consecutive failed requests (unavailable/timeout) that open a carrier’s circuit.',
    }),
    breakerCooldownSeconds: Type.Number({
      minimum: 0.01,
      default: 60,
      description: 'How long an open circuit waits before one trial request (half-open).',
    }),
    retryBaseSeconds: Type.Number({
      minimum: 0.01,
      default: 30,
      description: 'First retry delay after a failed request; doubles per failure, jittered.',
    }),
    retryMaxSeconds: Type.Number({ minimum: 0.01, default: 1800, description: 'Longest retry delay.' }),
  },
  { additionalProperties: false, default: {} },
);

/**
 * `carriers.polling` tunes the poller; `carriers.accounts.<adapterId>` holds one adapter's settings
 * (credentials, base URL, webhook secret), validated at start-up against that adapter's
 * `manifest.settings` schema. Only carriers with an account entry (or no required settings) are polled.
 */
export const CarriersConfig = Type.Object(
  {
    polling: PollingConfig,
    accounts: Type.Record(
      Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,39}$' }),
      Type.Record(Type.String(), Type.Unknown()),
      {
        default: {},
        description: 'Adapter settings by adapter id, e.g. {"ups": {"clientId": "…", "clientSecret": "…"}}.',
      },
    ),
  },
  { additionalProperties: false, default: {} },
);

export type CarriersSettings = Static<typeof CarriersConfig>;
export type PollingSettings = Static<typeof PollingConfig>;

/** Environment variable → path inside this section. Credentials live in the config file, not here. */
export const CARRIERS_ENV_KEYS: Record<string, string[]> = {
  CARRIER_POLLING: ['polling', 'enabled'],
  CARRIER_POLL_TICK_MS: ['polling', 'tickMilliseconds'],
  CARRIER_NOT_FOUND_EXPIRY_DAYS: ['polling', 'notFoundExpiryDays'],
  CARRIER_DELIVERED_GRACE_HOURS: ['polling', 'deliveredGraceHours'],
};
