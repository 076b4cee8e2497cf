import { createHash } from 'node:crypto';
import type { WebhookRequest, WebhookVerdict } from '../carrier.js';
import { recordOf } from '../payload/json.js';
import { headerOf, hexBytes, hmacSha256, sameBytes, secretsOf } from '../webhook-signature.js';

const HEADER = 'shippo-auth-signature';
const DEFAULT_TOLERANCE_S = 300;

/**
 * The webhook call as the route sees it: the contract's headers and raw body, plus the request URL,
 * because Shippo's always-available scheme is a token in the URL (carrier-formats.md §7).
 */
export type ShippoWebhookRequest = WebhookRequest & { readonly url?: string | undefined };

/**
 * Shippo webhooks: `?token=` in the URL must equal `webhookToken`, and/or `Shippo-Auth-Signature:
 * t=<unix>,v1=<hex>` must be HMAC-SHA256 of `"<t>.<raw body>"` with `webhookSecret`, with `t`
 * within `toleranceSeconds` of now (a replayed old call is refused). Whatever is configured must
 * hold; with nothing configured every call is refused.
 */
export function verifyShippoWebhook(
  request: ShippoWebhookRequest,
  rawSettings: unknown,
  now: Date,
): WebhookVerdict {
  const settings = recordOf(rawSettings) ?? {};
  const token =
    typeof settings.webhookToken === 'string' && settings.webhookToken.length > 0
      ? settings.webhookToken
      : undefined;
  const secrets = secretsOf(settings);
  if (!token && secrets.length === 0) {
    return {
      ok: false,
      reason:
        'no webhook token or secret is configured (carriers.accounts.shippo.webhookToken or .webhookSecret)',
    };
  }
  if (token) {
    const given = tokenOf(request.url);
    if (given === undefined) return { ok: false, reason: 'the webhook URL has no token' };
    // Compare digests: equal lengths, so neither the token nor its length leaks through timing.
    if (!sameBytes(sha256(token), sha256(given)))
      return { ok: false, reason: 'the webhook URL token does not match' };
  }
  if (secrets.length > 0) {
    const tolerance =
      typeof settings.toleranceSeconds === 'number' ? settings.toleranceSeconds : DEFAULT_TOLERANCE_S;
    const verdict = checkSignature(request, secrets, now, tolerance);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

function checkSignature(
  request: WebhookRequest,
  secrets: readonly string[],
  now: Date,
  toleranceS: number,
): WebhookVerdict {
  const header = headerOf(request.headers, HEADER)?.trim();
  if (!header) return { ok: false, reason: 'the Shippo-Auth-Signature header is missing' };
  let timestamp: string | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value !== undefined) timestamp = value;
    if (key === 'v1' && value !== undefined) {
      const bytes = hexBytes(value);
      if (bytes) signatures.push(bytes);
    }
  }
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || signatures.length === 0) {
    return { ok: false, reason: 'Shippo-Auth-Signature is not t=<unix>,v1=<hex>' };
  }
  const ageS = Math.abs(now.getTime() / 1000 - Number(timestamp));
  if (ageS > toleranceS)
    return { ok: false, reason: `Shippo-Auth-Signature timestamp is more than ${toleranceS} s from now` };
  const signed = Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), request.rawBody]);
  const matches = secrets.some((secret) => {
    const expected = hmacSha256(secret, signed);
    return signatures.some((given) => sameBytes(expected, given));
  });
  return matches ? { ok: true } : { ok: false, reason: 'Shippo-Auth-Signature does not match the body' };
}

function tokenOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const query = url.indexOf('?');
  if (query < 0) return undefined;
  return new URLSearchParams(url.slice(query + 1)).get('token') ?? undefined;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The header Shippo would send for this body at this time; for tests and the benchmark. */
export function shippoSignature(rawBody: Buffer | string, secret: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const signed = Buffer.concat([
    Buffer.from(`${t}.`, 'utf8'),
    Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody, 'utf8'),
  ]);
  return `t=${t},v1=${hmacSha256(secret, signed).toString('hex')}`;
}
