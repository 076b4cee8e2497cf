import type { Channel, RenderedMessage, SendResult } from '../channel.js';
import { isE164 } from './phone.js';
import type { TwilioClient } from './twilio-client.js';

/** Twilio error 21610: the number replied STOP to our sender at Twilio's end. */
const TWILIO_OPTED_OUT = 21610;

export interface SmsChannelOptions {
  readonly client: TwilioClient;
  /** Where Twilio posts delivery status; absent when there is no public URL to offer. */
  readonly statusCallbackUrl?: string | undefined;
  /** Checked right before the request: a STOP that arrived after the message was queued wins. */
  readonly isOptedOut: (phone: string) => Promise<boolean>;
  /** Records an opt-out Twilio knows and we did not. */
  readonly onOptedOut: (phone: string) => Promise<void>;
}

export class SmsChannel implements Channel {
  readonly id = 'sms' as const;

  constructor(private readonly options: SmsChannelOptions) {}

  async send(message: RenderedMessage): Promise<SendResult> {
    const to = message.recipient.address;
    if (!isE164(to)) return { ok: false, retry: false, error: 'not an E.164 phone number' };
    if (await this.options.isOptedOut(to)) return { ok: false, retry: false, error: 'opted_out' };
    const outcome = await this.options.client.sendMessage({
      to,
      body: message.text,
      statusCallback: this.options.statusCallbackUrl,
      idempotencyKey: message.idempotencyKey,
    });
    if (outcome.ok) return { ok: true, providerId: outcome.sid };
    if (outcome.code === TWILIO_OPTED_OUT) {
      await this.options.onOptedOut(to);
      return { ok: false, retry: false, error: 'opted_out (Twilio 21610)' };
    }
    // No answer, throttling and server errors pass; other refusals will not change on retry.
    const retry = outcome.httpStatus === null || outcome.httpStatus === 429 || outcome.httpStatus >= 500;
    const code = outcome.code === null ? '' : ` (Twilio ${outcome.code})`;
    return { ok: false, retry, error: `${outcome.message}${code}` };
  }
}
