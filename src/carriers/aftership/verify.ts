import type { WebhookRequest, WebhookVerdict } from '../carrier.js';
import { base64Bytes, headerOf, hmacSha256, sameBytes, secretsOf } from '../webhook-signature.js';

const HEADER = 'aftership-hmac-sha256';

/**
 * AfterShip's webhook signature (carrier-formats.md §6): `aftership-hmac-sha256` =
 * base64(HMAC-SHA256(raw body, webhook secret)). The header has no timestamp; the body's `ts` is
 * not a replay guard (AfterShip retries for hours with the same body), and a replay only repeats
 * scans the pipeline already stores once.
 */
export function verifyAftershipWebhook(request: WebhookRequest, settings: unknown): WebhookVerdict {
  const secrets = secretsOf(settings);
  if (secrets.length === 0) {
    return {
      ok: false,
      reason: 'no webhook secret is configured (carriers.accounts.aftership.webhookSecret)',
    };
  }
  const header = headerOf(request.headers, HEADER)?.trim();
  if (!header) return { ok: false, reason: 'the aftership-hmac-sha256 header is missing' };
  const given = base64Bytes(header);
  if (!given) return { ok: false, reason: 'aftership-hmac-sha256 is not base64' };
  const matches = secrets.some((secret) => sameBytes(hmacSha256(secret, request.rawBody), given));
  return matches ? { ok: true } : { ok: false, reason: 'aftership-hmac-sha256 does not match the body' };
}

/** The header AfterShip would send for this body; for tests and the benchmark. */
export function aftershipSignature(rawBody: Buffer | string, secret: string): string {
  return hmacSha256(secret, rawBody).toString('base64');
}
