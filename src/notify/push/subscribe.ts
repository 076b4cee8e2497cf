import { WaybillError, type FieldProblem } from '../../domain/errors.js';
import type { Executor } from '../../store/executor.js';
import type { Recipient } from '../channel.js';
import { addRecipient } from '../recipients.js';

/** What the browser's `PushSubscription.toJSON()` gives, less `expirationTime`. */
export interface BrowserPushSubscription {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

export interface PushSubscriptionInput {
  readonly tenantId: string;
  readonly shipmentId: string;
  readonly subscription: BrowserPushSubscription;
  readonly locale: string;
  readonly timeZone: string | null;
  /** The words the person agreed to; the browser's permission prompt by default. */
  readonly consentText?: string;
}

export const DEFAULT_PUSH_CONSENT = 'Allowed browser notifications about this shipment on the tracking page.';

/**
 * Adds a browser as a push recipient of one shipment. Subscribing again (same endpoint) updates
 * the keys rather than adding a second recipient. Throws `validation_failed` naming the bad field
 * for anything a browser would never send; whether the endpoint's host is allowed is checked when
 * sending, on the connection itself (the SSRF guard), where a refusal removes the recipient.
 */
export async function subscribePush(
  db: Executor,
  input: PushSubscriptionInput,
  now: Date,
): Promise<Recipient> {
  const problems = subscriptionProblems(input.subscription);
  if (problems.length > 0)
    throw new WaybillError('validation_failed', `${problems[0]!.field} ${problems[0]!.message}`, {
      problems,
    });
  return addRecipient(
    db,
    {
      tenantId: input.tenantId,
      shipmentId: input.shipmentId,
      channel: 'push',
      address: input.subscription.endpoint,
      details: { keys: { p256dh: input.subscription.keys.p256dh, auth: input.subscription.keys.auth } },
      locale: input.locale,
      timeZone: input.timeZone,
      consentText: input.consentText ?? DEFAULT_PUSH_CONSENT,
    },
    now,
  );
}

/** The subscription's faults, by field (`subscription.endpoint`, `subscription.keys.p256dh`…). */
export function subscriptionProblems(subscription: BrowserPushSubscription): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const endpoint = subscription.endpoint;
  let url: URL | undefined;
  try {
    url = typeof endpoint === 'string' && endpoint.length <= 2048 ? new URL(endpoint) : undefined;
  } catch {
    url = undefined;
  }
  if (!url)
    problems.push({ field: 'subscription.endpoint', message: 'must be a URL of at most 2048 characters' });
  else if (url.protocol !== 'https:')
    problems.push({
      field: 'subscription.endpoint',
      message: 'must be an https URL (push services use TLS)',
    });
  else if (url.username !== '' || url.password !== '')
    problems.push({ field: 'subscription.endpoint', message: 'must not carry a user name or password' });
  // RFC 8291: p256dh is an uncompressed P-256 point (65 bytes, 0x04 first), auth a 16-byte secret.
  const p256dh = base64urlBytes(subscription.keys?.p256dh);
  if (!p256dh || p256dh.length !== 65 || p256dh[0] !== 4)
    problems.push({
      field: 'subscription.keys.p256dh',
      message: 'must be a base64url P-256 public key (65 bytes)',
    });
  const auth = base64urlBytes(subscription.keys?.auth);
  if (!auth || auth.length !== 16)
    problems.push({ field: 'subscription.keys.auth', message: 'must be a base64url 16-byte secret' });
  return problems;
}

function base64urlBytes(value: unknown): Buffer | undefined {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return undefined;
  return Buffer.from(value, 'base64url');
}
