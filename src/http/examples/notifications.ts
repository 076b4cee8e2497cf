import type { Static } from 'typebox';
import type { ChannelId } from '../../notify/channel.js';
import { DEFAULT_RULES } from '../../notify/rules.js';
import { TOPICS, type Topic } from '../../notify/topics.js';
import type {
  BrandingBody,
  BrandingView,
  RecipientBody,
  RecipientView,
  RulesBody,
  RulesView,
} from '../routes/api/notifications/schemas.js';
import { NOTIFICATION_ATTEMPT_ID, PUBLIC_BASE_URL, RECIPIENT_ID, TRACKING_NUMBER } from './fragments.js';

/** The rules as GET /v1/notification-rules shows them: the defaults, with some topics changed. */
function rulesView(changed: Partial<Record<Topic, ChannelId[]>>, dailyCap: number): Static<typeof RulesView> {
  return {
    rules: TOPICS.map((topic) => ({
      topic,
      description: DEFAULT_RULES[topic].description,
      channels: [...(changed[topic] ?? DEFAULT_RULES[topic].channels)],
      defaultChannels: [...DEFAULT_RULES[topic].channels],
      sampleEvent: DEFAULT_RULES[topic].sample.type,
    })),
    dailyCap,
  };
}

/** A new tenant's rules (the default daily cap is 4). */
export const defaultRulesExample = rulesView({}, 4);

/** Moved estimates by email only, no stall messages, and at most 3 messages a day. */
export const updateRulesExample: Static<typeof RulesBody> = {
  rules: { estimate_moved: { channels: ['email'] }, stalled: { channels: [] } },
  dailyCap: 3,
};
export const updatedRulesExample = rulesView({ estimate_moved: ['email'], stalled: [] }, 3);

export const brandingExample: Static<typeof BrandingView> = {
  name: 'Acme Outdoor',
  logoUrl: 'https://cdn.acme-shop.com/brand/logo-240.png',
  primaryColor: '#1f3a5f',
  accentColor: '#0b6bcb',
  supportEmail: 'help@acme-shop.com',
  supportPhone: '+1 512 555 0142',
  supportUrl: 'https://acme-shop.com/help',
};
export const updateBrandingExample: Static<typeof BrandingBody> = brandingExample;

export const addRecipientExample: Static<typeof RecipientBody> = {
  channel: 'email',
  address: 'maria.lopez@example.com',
  locale: 'es',
  timeZone: 'America/Chicago',
  consentText: 'Send me shipping updates by email (checkout, 2026-11-20)',
};

export const recipientExample: Static<typeof RecipientView> = {
  id: RECIPIENT_ID,
  channel: 'email',
  address: 'maria.lopez@example.com',
  locale: 'es',
  timeZone: 'America/Chicago',
  optedOut: false,
};

/** The shipment's first scan told Maria it is on its way. */
export const notificationAttemptsExample = {
  data: [
    {
      id: NOTIFICATION_ATTEMPT_ID,
      messageId: '01M7Z1EGZ3C9Y4N5QK8T2XW7RB',
      recipientId: RECIPIENT_ID,
      channel: 'email',
      idempotencyKey: 'kX3v9QmZp0Lr7T2bWc8yHs4NdA6eJf1G',
      eventType: 'status.changed',
      outcome: 'sent',
      providerId: '<01M7Z1EGZ3C9Y4N5QK8T2XW7RB@mail.acme-shop.com>',
      providerStatus: null,
      error: null,
      at: '2026-11-21T12:31:40.118Z',
    },
  ],
};

/** GET /v1/notification-previews/out_for_delivery?channel=sms&locale=en */
export const smsPreviewExample = {
  topic: 'out_for_delivery',
  channel: 'sms',
  locale: 'en',
  subject: 'Your Acme Outdoor parcel arrives today',
  text: `Acme Outdoor: your parcel ${TRACKING_NUMBER} is out for delivery today. ${PUBLIC_BASE_URL}/t/SAMPLE-TOKEN-PREVIEW-0000`,
  html: null,
  headers: {},
  data: { locale: 'en', topics: ['out_for_delivery'] },
  segments: { encoding: 'GSM-7', units: 127, segments: 1 },
};
