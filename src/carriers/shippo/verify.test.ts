import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippoSignature, verifyShippoWebhook } from './verify.js';

// A stored webhook: the exact body bytes and the header computed for them outside our code (openssl).
const BODY = readFileSync(new URL('./signed/track-updated.body', import.meta.url));
const HEADER = readFileSync(
  new URL('./signed/track-updated.shippo-auth-signature', import.meta.url),
  'utf8',
).trim();
const SIGNED_AT = new Date(1741809310 * 1000);
const SECRET = 'shippo_fixture_secret';
const TOKEN = 'a-long-random-url-token-1234';
const URL_WITH_TOKEN = `/v1/carriers/shippo/webhook?token=${TOKEN}`;

const verify = (
  request: { headers?: Record<string, string>; url?: string; body?: Buffer },
  settings: unknown,
  now: Date = SIGNED_AT,
) =>
  verifyShippoWebhook(
    { headers: request.headers ?? {}, rawBody: request.body ?? BODY, url: request.url },
    settings,
    now,
  );

describe('Shippo webhook authentication', () => {
  it('accepts the stored webhook with its Shippo-Auth-Signature, within the tolerance', () => {
    const headers = { 'shippo-auth-signature': HEADER };
    expect(verify({ headers }, { webhookSecret: SECRET })).toEqual({ ok: true });
    expect(verify({ headers }, { webhookSecret: SECRET }, new Date(SIGNED_AT.getTime() + 299_000))).toEqual({
      ok: true,
    });
    expect(shippoSignature(BODY, SECRET, SIGNED_AT)).toBe(HEADER);
  });

  it('refuses an old (replayed) signature, a changed body and a wrong secret', () => {
    const headers = { 'shippo-auth-signature': HEADER };
    expect(
      verify({ headers }, { webhookSecret: SECRET }, new Date(SIGNED_AT.getTime() + 301_000)),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('timestamp'),
    });
    expect(
      verify(
        { headers },
        { webhookSecret: SECRET, toleranceSeconds: 3600 },
        new Date(SIGNED_AT.getTime() + 301_000),
      ).ok,
    ).toBe(true);
    expect(
      verify({ headers, body: Buffer.concat([BODY, Buffer.from('\n')]) }, { webhookSecret: SECRET }).ok,
    ).toBe(false);
    expect(verify({ headers }, { webhookSecret: 'other' }).ok).toBe(false);
    expect(verify({ headers: { 'shippo-auth-signature': 'v1=abc' } }, { webhookSecret: SECRET }).ok).toBe(
      false,
    );
  });

  it('accepts the URL token alone when only a token is configured, and refuses a wrong or missing one', () => {
    expect(verify({ url: URL_WITH_TOKEN }, { webhookToken: TOKEN })).toEqual({ ok: true });
    expect(verify({ url: `${URL_WITH_TOKEN}x` }, { webhookToken: TOKEN }).ok).toBe(false);
    expect(verify({ url: '/v1/carriers/shippo/webhook' }, { webhookToken: TOKEN })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no token'),
    });
  });

  it('demands both when both are configured, and refuses everything when neither is', () => {
    const headers = { 'shippo-auth-signature': HEADER };
    expect(verify({ headers, url: URL_WITH_TOKEN }, { webhookToken: TOKEN, webhookSecret: SECRET })).toEqual({
      ok: true,
    });
    expect(verify({ headers }, { webhookToken: TOKEN, webhookSecret: SECRET }).ok).toBe(false);
    expect(verify({ url: URL_WITH_TOKEN }, { webhookToken: TOKEN, webhookSecret: SECRET }).ok).toBe(false);
    expect(verify({ headers, url: URL_WITH_TOKEN }, {})).toMatchObject({
      ok: false,
      reason: expect.stringContaining('carriers.accounts.shippo'),
    });
  });

  it('never throws and never accepts a body it did not sign (10,000 random headers, URLs and bodies)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.dictionary(fc.constantFrom('shippo-auth-signature', 'other'), fc.string()),
        fc.option(fc.string()),
        (body, headers, url) => {
          const verdict = verify(
            { headers, body: Buffer.from(body), url: url ?? undefined },
            { webhookSecret: SECRET },
          );
          if (verdict.ok)
            expect(headers['shippo-auth-signature']).toBe(
              shippoSignature(Buffer.from(body), SECRET, SIGNED_AT),
            );
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
