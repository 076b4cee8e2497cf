import { Type } from 'typebox';

const CLOCK = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

const SmtpConfig = Type.Object(
  {
    url: Type.String({
      default: '',
      description:
        'SMTP server, e.g. smtp://user:pass@mail.example:587 or smtps://… (env SMTP_URL). Empty: email is off, and email messages are skipped with a logged reason.',
    }),
    from: Type.String({
      default: 'Waybill <waybill@localhost>',
      description: 'From header of notification emails (env SMTP_FROM).',
    }),
    timeoutMs: Type.Integer({
      minimum: 100,
      default: 10_000,
      description: 'Connection and greeting timeout towards the SMTP server.',
    }),
    maxConnections: Type.Integer({
      minimum: 1,
      maximum: 100,
      default: 8,
      description:
        'Pooled SMTP connections (env SMTP_MAX_CONNECTIONS). Each carries one mail at a time, a few round trips each; 4 held email back at 500 mails/s.',
    }),
  },
  { additionalProperties: false, default: {} },
);

const TwilioConfig = Type.Object(
  {
    accountSid: Type.String({
      default: '',
      description: 'Twilio Account SID (env TWILIO_ACCOUNT_SID). Empty: SMS is off.',
    }),
    authToken: Type.String({
      default: '',
      description: 'Twilio auth token: Basic auth and X-Twilio-Signature checks (env TWILIO_AUTH_TOKEN).',
    }),
    from: Type.String({ default: '', description: 'Sending number, E.164 (env TWILIO_FROM).' }),
    messagingServiceSid: Type.String({
      default: '',
      description:
        'Messaging Service SID, used instead of `from` when set (env TWILIO_MESSAGING_SERVICE_SID).',
    }),
    baseUrl: Type.String({
      default: 'https://api.twilio.com',
      description: 'Base URL of the Twilio REST API (env TWILIO_BASE_URL); tests point it at a local server.',
    }),
    verifySignatures: Type.Boolean({
      default: true,
      description:
        'Check X-Twilio-Signature on inbound SMS and status callbacks (env TWILIO_VERIFY_SIGNATURES). Only turn off behind a proxy that checks it.',
    }),
    timeoutMs: Type.Integer({
      minimum: 100,
      default: 10_000,
      description: 'Timeout of one Twilio API request.',
    }),
  },
  { additionalProperties: false, default: {} },
);

const QuietHoursConfig = Type.Object(
  {
    start: Type.String({
      pattern: CLOCK,
      default: '21:00',
      description: "Start of quiet hours, recipient's local time (env NOTIFY_QUIET_START).",
    }),
    end: Type.String({
      pattern: CLOCK,
      default: '08:00',
      description:
        "End of quiet hours, recipient's local time (env NOTIFY_QUIET_END). Equal to start: no quiet hours.",
    }),
    channels: Type.Array(Type.Union([Type.Literal('email'), Type.Literal('sms'), Type.Literal('push')]), {
      default: ['sms', 'push'],
      description: 'Channels held back during quiet hours (email does not wake anyone).',
    }),
  },
  { additionalProperties: false, default: {} },
);

/** Configuration of notifications: SMTP, Twilio, web push, merchant webhooks. Every field has a default, so an empty section is valid. */
export const NotifyConfig = Type.Object(
  {
    enabled: Type.Boolean({
      default: true,
      description: 'Turn domain events into customer messages and send them (env NOTIFY_ENABLED).',
    }),
    smtp: SmtpConfig,
    twilio: TwilioConfig,
    quietHours: QuietHoursConfig,
    dailyCap: Type.Integer({
      minimum: 1,
      maximum: 50,
      default: 4,
      description: 'Most messages one shipment sends a recipient per local day (env NOTIFY_DAILY_CAP).',
    }),
    digestWindowMs: Type.Integer({
      minimum: 0,
      maximum: 3_600_000,
      default: 300,
      description:
        'How long a new message waits for more events of the same shipment, which then go out together as one digest (env NOTIFY_DIGEST_WINDOW_MS).',
    }),
    defaultLocale: Type.String({
      default: 'en',
      description: 'Locale for recipients whose locale has no templates.',
    }),
    sender: Type.Object(
      {
        pollIntervalMs: Type.Integer({
          minimum: 10,
          default: 200,
          description: 'How often the sender looks for due messages.',
        }),
        batchSize: Type.Integer({
          minimum: 1,
          maximum: 1000,
          default: 50,
          description: 'Messages claimed per round.',
        }),
        concurrency: Type.Integer({
          minimum: 1,
          maximum: 256,
          default: 16,
          description: 'Provider calls in flight.',
        }),
        claimMs: Type.Integer({
          minimum: 1000,
          default: 60_000,
          description:
            'How long a claim holds; a crashed sender’s messages are sent again after it (same idempotency key).',
        }),
        maxAttempts: Type.Integer({
          minimum: 1,
          default: 10,
          description: 'Provider calls before a message fails for good.',
        }),
        retryBaseMs: Type.Integer({
          minimum: 1,
          default: 2_000,
          description: 'First retry delay; doubles each attempt.',
        }),
        retryMaxMs: Type.Integer({ minimum: 1, default: 3_600_000, description: 'Longest retry delay.' }),
        thread: Type.Boolean({
          default: true,
          description:
            'Run the sender (rendering, SMTP and HTTP clients) in a worker thread of its own, on a second core.',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
  },
  { additionalProperties: false, default: {} },
);

/** Environment variable → path inside this section. */
export const NOTIFY_ENV_KEYS: Record<string, string[]> = {
  NOTIFY_ENABLED: ['enabled'],
  SMTP_URL: ['smtp', 'url'],
  SMTP_FROM: ['smtp', 'from'],
  SMTP_MAX_CONNECTIONS: ['smtp', 'maxConnections'],
  TWILIO_ACCOUNT_SID: ['twilio', 'accountSid'],
  TWILIO_AUTH_TOKEN: ['twilio', 'authToken'],
  TWILIO_FROM: ['twilio', 'from'],
  TWILIO_MESSAGING_SERVICE_SID: ['twilio', 'messagingServiceSid'],
  TWILIO_BASE_URL: ['twilio', 'baseUrl'],
  TWILIO_VERIFY_SIGNATURES: ['twilio', 'verifySignatures'],
  NOTIFY_QUIET_START: ['quietHours', 'start'],
  NOTIFY_QUIET_END: ['quietHours', 'end'],
  NOTIFY_DAILY_CAP: ['dailyCap'],
  NOTIFY_DIGEST_WINDOW_MS: ['digestWindowMs'],
  NOTIFY_SENDER_THREAD: ['sender', 'thread'],
};
