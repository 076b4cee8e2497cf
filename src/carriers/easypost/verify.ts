import type { WebhookRequest, WebhookVerdict } from '../carrier.js';
import { headerOf, hexBytes, hmacSha256, sameBytes, secretsOf } from '../webhook-signature.js';

const HEADER = 'x-hmac-signature';
const PREFIX = 'hmac-sha256-hex=';

/**
 * EasyPost's webhook signature (carrier-formats.md §5; easypost-node `validateWebhook`):
 * `X-Hmac-Signature: hmac-sha256-hex=<hex>`, HMAC-SHA256 over the raw body with the webhook
 * secret normalised to Unicode NFKD. The scheme carries no timestamp, so there is no replay window
 * to check; a replayed Event only repeats scans the pipeline already has.
 */
export function verifyEasypostWebhook(request: WebhookRequest, settings: unknown): WebhookVerdict {
  const secrets = secretsOf(settings);
  if (secrets.length === 0) {
    return {
      ok: false,
      reason: 'no webhook secret is configured (carriers.accounts.easypost.webhookSecret)',
    };
  }
  const header = headerOf(request.headers, HEADER)?.trim();
  if (!header) return { ok: false, reason: 'the X-Hmac-Signature header is missing' };
  if (!header.toLowerCase().startsWith(PREFIX))
    return { ok: false, reason: 'X-Hmac-Signature is not hmac-sha256-hex=…' };
  const given = hexBytes(header.slice(PREFIX.length));
  if (!given) return { ok: false, reason: 'X-Hmac-Signature is not hex' };
  const matches = secrets.some((secret) =>
    sameBytes(hmacSha256(Buffer.from(secret.normalize('NFKD'), 'utf8'), request.rawBody), given),
  );
  return matches ? { ok: true } : { ok: false, reason: 'X-Hmac-Signature does not match the body' };
}

/** The header EasyPost would send for this body; for tests, fixtures and the benchmark. */
export function easypostSignature(rawBody: Buffer | string, secret: string): string {
  return `${PREFIX}${hmacSha256(Buffer.from(secret.normalize('NFKD'), 'utf8'), rawBody).toString('hex')}`;
}
