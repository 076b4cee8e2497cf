import { Type } from 'typebox';

/** Configuration of the merchant console (/app). Every field has a default. */
export const ConsoleConfig = Type.Object(
  {
    sessionIdleMinutes: Type.Integer({
      minimum: 1,
      maximum: 1440,
      default: 30,
      description: 'A session not used for this long ends (OWASP: 15–30 minutes for low-risk apps).',
    }),
    sessionAbsoluteHours: Type.Integer({
      minimum: 1,
      maximum: 720,
      default: 12,
      description: 'A session ends this long after sign-in, however busy (ASVS L2: 12 hours).',
    }),
    lockoutThreshold: Type.Integer({
      minimum: 1,
      maximum: 100,
      default: 5,
      description: 'Failed sign-ins to one account within the window that lock it.',
    }),
    lockoutWindowMinutes: Type.Integer({ minimum: 1, default: 15, description: 'The observation window.' }),
    lockoutMinutes: Type.Integer({
      minimum: 1,
      default: 15,
      description: 'How long a locked account refuses sign-in (a password reset still works).',
    }),
    signInPerIpPerMinute: Type.Integer({
      minimum: 1,
      default: 20,
      description: 'Sign-in attempts one IP address may make per minute, whatever the account.',
    }),
    inviteDays: Type.Integer({
      minimum: 1,
      maximum: 30,
      default: 7,
      description: 'Invitation links expire.',
    }),
    resetMinutes: Type.Integer({
      minimum: 5,
      maximum: 1440,
      default: 60,
      description: 'Password-reset links expire.',
    }),
    setupHours: Type.Integer({
      minimum: 1,
      maximum: 720,
      default: 24,
      description:
        'The first owner’s set-up link expires (a restart prints a new one while there is no owner).',
    }),
    payloadRetentionDays: Type.Integer({
      minimum: 1,
      default: 30,
      description: 'Raw carrier payloads (shown beside each scan) are kept this long.',
    }),
  },
  { additionalProperties: false, default: {} },
);

/** Environment variable → path inside this section. */
export const CONSOLE_ENV_KEYS: Record<string, string[]> = {
  CONSOLE_SESSION_IDLE_MINUTES: ['sessionIdleMinutes'],
  CONSOLE_SESSION_ABSOLUTE_HOURS: ['sessionAbsoluteHours'],
  CONSOLE_LOCKOUT_THRESHOLD: ['lockoutThreshold'],
  CONSOLE_PAYLOAD_RETENTION_DAYS: ['payloadRetentionDays'],
};
