export type ChannelId = 'email' | 'sms' | 'push';
export interface Recipient {
  readonly id: string;
  readonly tenantId: string;
  readonly shipmentId: string;
  readonly channel: ChannelId;
  /** email address, E.164 phone, or the push endpoint URL */
  readonly address: string;
  /** channel-specific extras (push: {keys:{p256dh,auth}}) */
  readonly details: Record<string, unknown>;
  readonly locale: string; // BCP 47: en, es, de, fr, pt-BR
  readonly timeZone: string | null; // IANA, for quiet hours and dates
}
export interface RenderedMessage {
  readonly idempotencyKey: string; // stable per (rule firing × recipient); duplicates carry it
  readonly recipient: Recipient;
  readonly subject: string;
  readonly text: string;
  readonly html?: string | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** push: title/body/url/tag; sms: nothing extra */
  readonly data: Record<string, unknown>;
  /** the domain event type that caused it (delivered, status.changed…) */
  readonly eventType: string;
}
export type SendResult =
  | { readonly ok: true; readonly providerId: string | null }
  | {
      readonly ok: false;
      readonly retry: boolean;
      readonly error: string;
      /** push 404/410: the subscription is gone; the recipient is removed */
      readonly gone?: boolean;
    };
export interface Channel {
  readonly id: ChannelId;
  send(message: RenderedMessage): Promise<SendResult>;
}
