import type { Config } from '../config/config.js';
import type { Store } from '../store/open-store.js';
import type { Channel, ChannelId } from './channel.js';
import { EmailChannel } from './email/email-channel.js';
import { PushChannel } from './push/push-channel.js';
import { isOptedOut, optOut } from './sms/opt-outs.js';
import { SmsChannel } from './sms/sms-channel.js';
import { TwilioClient } from './sms/twilio-client.js';

export interface ChannelMap {
  readonly channels: ReadonlyMap<ChannelId, Channel>;
  /** Why a channel is absent: its messages are skipped with this reason in the attempt log. */
  readonly off: ReadonlyMap<ChannelId, string>;
  close(): void;
}

/** Where Twilio reports delivery status: our public route, signed with the auth token. */
export function smsStatusCallbackUrl(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/v1/sms/status`;
}

/**
 * The channels this installation can send on. Email needs an SMTP URL and SMS a Twilio account;
 * without them the channel is off and `npm start` still works.
 */
export function notificationChannels(config: Config, store: Store): ChannelMap {
  const channels = new Map<ChannelId, Channel>();
  const off = new Map<ChannelId, string>();
  const { smtp, twilio } = config.notify;
  let email: EmailChannel | undefined;
  if (smtp.url) {
    email = new EmailChannel({ url: smtp.url, from: smtp.from, timeoutMs: smtp.timeoutMs });
    channels.set('email', email);
  } else off.set('email', 'email is off: no SMTP_URL configured');
  if (twilio.accountSid && twilio.authToken && (twilio.from || twilio.messagingServiceSid)) {
    channels.set(
      'sms',
      new SmsChannel({
        client: new TwilioClient(twilio),
        statusCallbackUrl: smsStatusCallbackUrl(config.publicBaseUrl),
        isOptedOut: (phone) => isOptedOut(store.db, phone),
        onOptedOut: (phone) => optOut(store.db, phone, new Date()),
      }),
    );
  } else
    off.set(
      'sms',
      'sms is off: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM are not all configured',
    );
  channels.set('push', new PushChannel(store, config.push));
  return { channels, off, close: () => email?.close() };
}
