import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Shipment } from '../domain/shipment.js';
import type { Executor } from '../store/executor.js';

// Full details (order number, destination, service) are shown only to a browser that proved it
// knows the order: the order number plus the email address a recipient registered with, or the
// destination postcode. The proof becomes a session: a random cookie value whose hash is stored.

export type EmailsOf = (shipmentId: string) => Promise<readonly string[]>;

/** True when the order number and the email address or postcode match this shipment. */
export async function proofMatches(
  shipment: Pick<Shipment, 'id' | 'orderRef' | 'destination'>,
  orderNumber: string,
  emailOrPostcode: string,
  emailsOf: EmailsOf,
): Promise<boolean> {
  if (!shipment.orderRef || !sameText(normalOrder(shipment.orderRef), normalOrder(orderNumber))) return false;
  const secret = emailOrPostcode.trim();
  if (secret.includes('@')) {
    const wanted = secret.toLowerCase();
    const emails = await emailsOf(shipment.id);
    return emails.some((email) => sameText(email.trim().toLowerCase(), wanted));
  }
  const postcode = shipment.destination?.postalCode;
  return (
    postcode !== undefined && postcode !== '' && sameText(normalPostcode(postcode), normalPostcode(secret))
  );
}

export function normalOrder(value: string): string {
  return value.trim().replace(/^#/, '').toUpperCase();
}

function normalPostcode(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** Constant-time comparison, so response times do not reveal how much of a guess was right. */
function sameText(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right) && a === b;
}

export async function openSession(
  db: Executor,
  shipmentId: string,
  now: Date,
  days: number,
): Promise<string> {
  const value = randomBytes(32).toString('base64url');
  await db
    .insertInto('page_sessions')
    .values({
      session_hash: hashOf(value),
      shipment_id: shipmentId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(),
    })
    .execute();
  return value;
}

export async function sessionVerifies(
  db: Executor,
  value: string | undefined,
  shipmentId: string,
  now: Date,
): Promise<boolean> {
  if (!value || !/^[A-Za-z0-9_-]{43}$/.test(value)) return false;
  const row = await db
    .selectFrom('page_sessions')
    .select(['shipment_id', 'expires_at'])
    .where('session_hash', '=', hashOf(value))
    .executeTakeFirst();
  return row !== undefined && row.shipment_id === shipmentId && row.expires_at > now.toISOString();
}

function hashOf(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
