import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aftershipSignature, verifyAftershipWebhook } from './verify.js';

// A stored webhook: the exact body bytes and the header computed for them outside our code (openssl).
const BODY = readFileSync(new URL('./signed/tracking-update.body', import.meta.url));
const HEADER = readFileSync(
  new URL('./signed/tracking-update.aftership-hmac-sha256', import.meta.url),
  'utf8',
).trim();
const SECRET = 'aftership_fixture_secret';

const verify = (
  headers: Record<string, string | string[]>,
  body: Buffer = BODY,
  settings: unknown = { webhookSecret: SECRET },
) => verifyAftershipWebhook({ headers, rawBody: body }, settings);

describe('AfterShip webhook signature', () => {
  it('accepts the stored webhook with its aftership-hmac-sha256 header', () => {
    expect(verify({ 'aftership-hmac-sha256': HEADER })).toEqual({ ok: true });
    expect(verify({ 'Aftership-Hmac-Sha256': HEADER })).toEqual({ ok: true });
    expect(aftershipSignature(BODY, SECRET)).toBe(HEADER);
  });

  it('refuses a changed body, a wrong or previous-only secret, and a missing or non-base64 header', () => {
    const changed = Buffer.concat([BODY, Buffer.from(' ')]);
    expect(verify({ 'aftership-hmac-sha256': HEADER }, changed)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not match'),
    });
    expect(verify({ 'aftership-hmac-sha256': HEADER }, BODY, { webhookSecret: 'rotated' }).ok).toBe(false);
    expect(
      verify({ 'aftership-hmac-sha256': HEADER }, BODY, {
        webhookSecret: 'rotated',
        previousWebhookSecret: SECRET,
      }).ok,
    ).toBe(true);
    expect(verify({}).ok).toBe(false);
    expect(verify({ 'aftership-hmac-sha256': 'not base64!' }).ok).toBe(false);
    expect(verify({ 'aftership-hmac-sha256': HEADER.slice(4) }).ok).toBe(false);
  });

  it('refuses everything when no secret is configured, naming the setting', () => {
    expect(verify({ 'aftership-hmac-sha256': aftershipSignature(BODY, '') }, BODY, {})).toEqual({
      ok: false,
      reason: expect.stringContaining('carriers.accounts.aftership.webhookSecret'),
    });
  });

  it('never throws and never accepts a body it did not sign (10,000 random headers and bodies)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.dictionary(
          fc.constantFrom('aftership-hmac-sha256', 'other'),
          fc.oneof(fc.base64String(), fc.string(), fc.array(fc.string())),
        ),
        (body, headers) => {
          const verdict = verify(headers, Buffer.from(body));
          if (verdict.ok)
            expect(Object.values(headers).flat()).toContain(aftershipSignature(Buffer.from(body), SECRET));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
