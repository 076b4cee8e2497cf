import { createHmac, timingSafeEqual } from 'node:crypto';

// WooCommerce signs each delivery with base64(HMAC-SHA256(secret, raw body)) in
// X-WC-Webhook-Signature, after HTML-entity-decoding the secret (wp_specialchars_decode with
// ENT_QUOTES). A secret typed as `a&amp;b` may thus sign as `a&b`: both spellings are tried.

const BASE64_SHA256 = /^[A-Za-z0-9+/]{43}=$/;

export type SignatureVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Whether `signature` is the signature of `rawBody` under `secret`; constant time per candidate. */
export function verifySignature(
  rawBody: Buffer,
  signature: string | undefined,
  secret: string,
): SignatureVerdict {
  if (signature === undefined || signature === '')
    return { ok: false, reason: 'X-WC-Webhook-Signature is missing' };
  const given = signature.trim();
  if (!BASE64_SHA256.test(given))
    return { ok: false, reason: 'X-WC-Webhook-Signature is not a base64 HMAC-SHA256' };
  const expected = Buffer.from(given, 'base64');
  let match = false;
  for (const key of new Set([secret, decodeSpecialChars(secret)])) {
    const actual = createHmac('sha256', key).update(rawBody).digest();
    // Every candidate is compared, so the time taken does not say which one matched.
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) match = true;
  }
  return match ? { ok: true } : { ok: false, reason: 'X-WC-Webhook-Signature does not match the body' };
}

/** What wp_specialchars_decode(…, ENT_QUOTES) undoes: &amp; &lt; &gt; &quot; and the single quote. */
export function decodeSpecialChars(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#0*39|#x0*27);/gi, (entity) => {
    const name = entity.toLowerCase();
    if (name === '&amp;') return '&';
    if (name === '&lt;') return '<';
    if (name === '&gt;') return '>';
    if (name === '&quot;') return '"';
    return "'";
  });
}
