import type { Config } from '../config/config.js';
import type { Store } from '../store/open-store.js';
import type { Channel, ChannelId } from './channel.js';
import { EmailChannel } from './email/email-channel.js';
import { PushChannel } from './push/push-channel.js';
import { optOut, optOutChecker } from './sms/opt-outs.js';
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
 * Why each channel this installation cannot send on is off. Email needs an SMTP URL and SMS a
 * Twilio account; without them the channel is off and `npm start` still works.
 */
export function channelsOff(config: Config): Map<ChannelId, string> {
  const off = new Map<ChannelId, string>();
  const { smtp, twilio } = config.notify;
  if (!smtp.url) off.set('email', 'email is off: no SMTP_URL configured');
  if (!(twilio.accountSid && twilio.authToken && (twilio.from || twilio.messagingServiceSid)))
    off.set(
      'sms',
      'sms is off: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM are not all configured',
    );
  return off;
}

/** The channels this installation can send on (see `channelsOff` for the others). */
export function notificationChannels(config: Config, store: Store): ChannelMap {
  const channels = new Map<ChannelId, Channel>();
  const off = channelsOff(config);
  const { smtp, twilio } = config.notify;
  let email: EmailChannel | undefined;
  if (!off.has('email')) {
    email = new EmailChannel(smtp);
    channels.set('email', email);
  }
  if (!off.has('sms'))
    channels.set(
      'sms',
      new SmsChannel({
        client: new TwilioClient(twilio),
        statusCallbackUrl: smsStatusCallbackUrl(config.publicBaseUrl),
        isOptedOut: optOutChecker(store.db),
        onOptedOut: (phone) => optOut(store.db, phone, new Date()),
      }),
    );
  channels.set('push', new PushChannel(store, config.push));
  return { channels, off, close: () => email?.close() };
}
