import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIntakeMail, type ParsedIntakeMail } from './parse-mail.js';
import { anyBytes, KNOWN_NUMBERS, structuredMail } from './test-arbitraries.js';

// The intake reads mail from anyone: whatever the bytes, reading them never throws, and what it
// gives back can be handed to the order ingest as it is.

const MIN_CONFIDENCE = 0.8;

function wellFormed(parsed: ParsedIntakeMail): void {
  expect(parsed.messageKey.length).toBeGreaterThan(0);
  if (!parsed.readable) {
    expect(parsed.detail).toMatch(/\.$/);
    return;
  }
  expect(parsed.orderNumber.trim().length).toBeGreaterThan(0);
  expect(parsed.orderNumber.length).toBeLessThanOrEqual(200);
  for (const found of parsed.numbers) {
    expect(found.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(found.trackingNumber).toMatch(/^[A-Z0-9]{4,40}$/);
  }
  for (const found of parsed.doubtful) expect(found.confidence).toBeLessThan(MIN_CONFIDENCE);
  const all = [...parsed.numbers, ...parsed.doubtful].map((n) => n.trackingNumber);
  expect(new Set(all).size).toBe(all.length);
}

describe('parseIntakeMail on arbitrary input', () => {
  it('never throws on arbitrary bytes (10,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, async (raw) => {
        wellFormed(await parseIntakeMail(raw, { minConfidence: MIN_CONFIDENCE }));
      }),
      { numRuns: 10_000 },
    );
  }, 300_000);

  it('never throws on arbitrary structured mails, broken MIME and encodings included (10,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(structuredMail, async (raw) => {
        wellFormed(await parseIntakeMail(raw, { minConfidence: MIN_CONFIDENCE }));
      }),
      { numRuns: 10_000 },
    );
  }, 300_000);

  it('finds a carrier link’s number wherever quoted-printable breaks the line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KNOWN_NUMBERS),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (number, breaks) => {
          const href = `<a href="https://www.ups.com/track?loc=en_US&amp;tracknum=${number}">Track</a>`;
          // Escape "=", then put soft line breaks anywhere but inside an escape.
          let encoded = href.replaceAll('=', '=3D');
          for (const at of breaks) {
            let position = at % (encoded.length + 1);
            while (encoded.charAt(position - 1) === '=' || encoded.charAt(position - 2) === '=')
              position -= 1;
            encoded = `${encoded.slice(0, position)}=\r\n${encoded.slice(position)}`;
          }
          const raw = Buffer.from(
            [
              'From: a@example.com',
              'Subject: x',
              'Content-Type: text/html',
              'Content-Transfer-Encoding: quoted-printable',
              '',
              encoded,
            ].join('\r\n'),
          );
          const parsed = await parseIntakeMail(raw, { minConfidence: MIN_CONFIDENCE });
          expect(parsed.readable && parsed.numbers[0]).toMatchObject({
            trackingNumber: number,
            source: 'link',
          });
        },
      ),
      { numRuns: 1_000 },
    );
  }, 120_000);
});
