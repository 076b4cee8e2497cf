import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easypostSignature, verifyEasypostWebhook } from './verify.js';

// A stored webhook: the exact body bytes and the header computed for them outside our code (openssl).
const BODY = readFileSync(new URL('./signed/tracker-updated.body', import.meta.url));
const HEADER = readFileSync(
  new URL('./signed/tracker-updated.x-hmac-signature', import.meta.url),
  'utf8',
).trim();
const SECRET = 'sk_webhook_fixture_secret';

const verify = (
  headers: Record<string, string | string[]>,
  body: Buffer = BODY,
  settings: unknown = { webhookSecret: SECRET },
) => verifyEasypostWebhook({ headers, rawBody: body }, settings);

describe('EasyPost webhook signature', () => {
  it('accepts the stored webhook with its X-Hmac-Signature, whatever the header’s case', () => {
    expect(verify({ 'x-hmac-signature': HEADER })).toEqual({ ok: true });
    expect(verify({ 'X-Hmac-Signature': HEADER })).toEqual({ ok: true });
    expect(easypostSignature(BODY, SECRET)).toBe(HEADER);
  });

  it('refuses a changed body, a wrong secret, a missing or malformed header', () => {
    const changed = Buffer.from(BODY);
    changed[100] = (changed[100] ?? 0) ^ 1;
    expect(verify({ 'x-hmac-signature': HEADER }, changed)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not match'),
    });
    expect(verify({ 'x-hmac-signature': HEADER }, BODY, { webhookSecret: 'other' }).ok).toBe(false);
    expect(verify({}).ok).toBe(false);
    expect(verify({ 'x-hmac-signature': HEADER.replace('hmac-sha256-hex=', '') }).ok).toBe(false);
    expect(verify({ 'x-hmac-signature': `${HEADER.slice(0, -1)}z` }).ok).toBe(false);
    expect(verify({ 'x-hmac-signature': [HEADER, HEADER] }).ok).toBe(false);
  });

  it('refuses everything when no secret is configured, naming the setting', () => {
    expect(verify({ 'x-hmac-signature': easypostSignature(BODY, '') }, BODY, {})).toEqual({
      ok: false,
      reason: expect.stringContaining('carriers.accounts.easypost.webhookSecret'),
    });
  });

  it('normalises the secret to NFKD as EasyPost does, and accepts the previous secret during a rotation', () => {
    const composed = 'caf\u00e9-secret';
    const header = `hmac-sha256-hex=${createHmac('sha256', 'cafe\u0301-secret').update(BODY).digest('hex')}`;
    expect(verify({ 'x-hmac-signature': header }, BODY, { webhookSecret: composed })).toEqual({ ok: true });
    expect(
      verify({ 'x-hmac-signature': HEADER }, BODY, {
        webhookSecret: 'new-secret',
        previousWebhookSecret: SECRET,
      }),
    ).toEqual({ ok: true });
  });

  it('never throws and never accepts a body it did not sign (10,000 random headers and bodies)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.dictionary(
          fc.constantFrom('x-hmac-signature', 'X-HMAC-SIGNATURE', 'other'),
          fc.oneof(fc.string(), fc.array(fc.string())),
        ),
        (body, headers) => {
          const verdict = verify(headers, Buffer.from(body));
          if (verdict.ok)
            expect(Object.values(headers).flat()).toContain(easypostSignature(Buffer.from(body), SECRET));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
