// The one place the page meets web push (src/notify/push, the notifications issue): the page
// offers push only when a VAPID key is available, and stores subscriptions through subscribePush.

export interface PushSubscriptionInput {
  readonly tenantId: string;
  readonly shipmentId: string;
  readonly subscription: {
    readonly endpoint: string;
    readonly keys: { readonly p256dh: string; readonly auth: string };
  };
  readonly locale: string;
  readonly timeZone: string | null;
  /** The consent wording shown beside the button, in the page's language. */
  readonly consentText: string;
}

export interface PushSubscriptions {
  /** The VAPID public key (base64url), or null when push is not set up. */
  publicKey(): Promise<string | null>;
  subscribe(input: PushSubscriptionInput, now: Date): Promise<void>;
}
