import { describe, expect, it } from 'vitest';
import { parseIntakeMail, type ParsedIntakeMail, type ReadableMail } from './parse-mail.js';

// The shapes of forwarded shipping mail the intake must read (the reference's checklist), each as
// it arrives on the wire, and the look-alikes it must leave alone.

const UPS = '1Z999AA10123456784';
const FEDEX = '794461726509';
const USPS = '9400111899223855732126';

const mail = (headers: readonly string[], body: readonly string[], encoding: BufferEncoding = 'utf8') =>
  Buffer.from(
    [
      'From: Ana <ana@acme-shop.example>',
      'To: 8ad3c35fa8d60c778d2d@intake.waybill.local',
      'MIME-Version: 1.0',
      ...headers,
      '',
      ...body,
    ].join('\r\n'),
    encoding,
  );

async function read(raw: Buffer, minConfidence = 0.8): Promise<ReadableMail> {
  const parsed: ParsedIntakeMail = await parseIntakeMail(raw, { minConfidence });
  if (!parsed.readable) throw new Error(`unreadable: ${parsed.detail}`);
  return parsed;
}

const numbersOf = (parsed: ReadableMail) =>
  parsed.numbers.map((n) => `${n.source}:${n.carrier}:${n.trackingNumber}`);

describe('reading a forwarded shipping email', () => {
  it('finds a number that only the HTML alternative has', async () => {
    const parsed = await read(
      mail(
        ['Subject: Shipped', 'Content-Type: multipart/alternative; boundary=b'],
        [
          '--b',
          'Content-Type: text/plain',
          '',
          'Your order has shipped. Open the HTML version for tracking.',
          '--b',
          'Content-Type: text/html',
          '',
          `<p>Tracking number: <b>${UPS}</b></p>`,
          '--b--',
        ],
      ),
    );
    expect(numbersOf(parsed)).toEqual([`text:ups:${UPS}`]);
  });

  it('decodes quoted-printable first: a soft break inside a number, "=3D" and "&amp;" in an href', async () => {
    const parsed = await read(
      mail(
        [
          'Subject: Shipped',
          'Content-Type: text/html; charset=utf-8',
          'Content-Transfer-Encoding: quoted-printable',
        ],
        [
          '<p>UPS: 1Z999AA1012=',
          '3456784</p><a href=3D"https://www.fedex.com/fedextrack/?locale=3Den_US&amp;trk=',
          'nbr=3D794461726509">FedEx</a>',
        ],
      ),
    );
    expect(numbersOf(parsed)).toEqual([`link:fedex:${FEDEX}`, `text:ups:${UPS}`]);
  });

  it('reads base64 HTML, format=flowed text and a Latin-1 charset', async () => {
    const html = Buffer.from(`<p>Sendungsnummer: ${USPS}</p>`).toString('base64');
    const parsed = await read(
      mail(
        [
          'Subject: =?ISO-8859-1?Q?Ihre_Bestellung_#5005_wurde_verschickt_=E0_vous?=',
          'Content-Type: multipart/alternative; boundary=b',
        ],
        [
          '--b',
          'Content-Type: text/plain; charset=iso-8859-1; format=flowed; delsp=yes',
          'Content-Transfer-Encoding: 8bit',
          '',
          'Gr\xfc\xdfe! Ihre Sendung mit UPS hat die Nummer 1Z999AA1 ',
          '0123456784 und ist unterwegs.',
          '--b',
          'Content-Type: text/html; charset=utf-8',
          'Content-Transfer-Encoding: base64',
          '',
          html,
          '--b--',
        ],
        'latin1',
      ),
    );
    expect(parsed.subject).toBe('Ihre Bestellung #5005 wurde verschickt à vous');
    expect(parsed.orderNumber).toBe('#5005');
    expect(numbersOf(parsed)).toEqual([`text:ups:${UPS}`, `text:usps:${USPS}`]);
  });

  it('joins a number split across spans, zero-width spaces and &nbsp; groups', async () => {
    const parsed = await read(
      mail(
        ['Subject: x', 'Content-Type: text/html; charset=utf-8'],
        [
          `<p>1Z999<span>AA1</span>\u200b0123456784 and 9400&nbsp;1118&nbsp;9922&nbsp;3855&nbsp;7321&nbsp;26</p>`,
        ],
      ),
    );
    expect(numbersOf(parsed)).toEqual([`text:ups:${UPS}`, `text:usps:${USPS}`]);
  });

  it('unwraps a click-tracking redirect around a carrier link, and trusts a carrier link over the formats', async () => {
    const target = encodeURIComponent('https://www.dhl.com/en/express/tracking.html?AWB=1234567890');
    const parsed = await read(
      mail(
        ['Subject: x', 'Content-Type: text/html'],
        [`<a href="https://click.mailer.example/ls/click?upn=${target}&amp;u=9">Track</a>`],
      ),
    );
    expect(parsed.numbers).toEqual([
      { trackingNumber: '1234567890', carrier: 'dhl', confidence: 1, source: 'link', rule: 'dhl.awb' },
    ]);
  });

  it('registers nothing for look-alikes, and keeps numbers it is unsure of apart', async () => {
    const lookAlikes = await read(
      mail(
        ['Subject: Order #1001 received', 'Content-Type: text/plain'],
        ['Order #1001, call +1(502)-459-2181, ship to Louisville KY 40209, $123.45, 2026-11-20.'],
      ),
    );
    expect(lookAlikes.numbers).toEqual([]);
    expect(lookAlikes.doubtful).toEqual([]);
    expect(lookAlikes.orderNumber).toBe('#1001');
    // Any 14 digits fit DHL eCommerce, with nothing to check them by: 0.5.
    const unsure = await read(mail(['Subject: x', 'Content-Type: text/plain'], ['Reference 12345678901234']));
    expect(unsure.numbers).toEqual([]);
    expect(unsure.doubtful).toEqual([
      expect.objectContaining({ trackingNumber: '12345678901234', confidence: 0.5 }),
    ]);
    expect((await read(mail(['Subject: x'], ['Reference 12345678901234']), 0.5)).numbers).toHaveLength(1);
    // A tracking parameter on a host that is not a carrier's proves nothing.
    const shopLink = await read(
      mail(
        ['Subject: x', 'Content-Type: text/html'],
        ['<a href="https://shop.example/t?tracknum=12345678901234">t</a>'],
      ),
    );
    expect(shopLink.numbers).toEqual([]);
  });

  describe('the original sender', () => {
    const forwarded = (lines: readonly string[]) =>
      read(mail(['Subject: Fwd: Your parcel', 'Content-Type: text/plain; charset=utf-8'], lines));

    it('after a Gmail, Outlook or Apple Mail marker', async () => {
      const gmail = await forwarded([
        '---------- Forwarded message ---------',
        'From: Acme Shipping <ship@acme.example>',
        'Date: Fri, 20 Nov 2026 at 15:16',
        '',
        UPS,
      ]);
      expect(gmail.sender).toBe('Acme Shipping <ship@acme.example>');
      expect(gmail.originalSubject).toBe('Your parcel');
      const outlook = await forwarded([
        '-----Original Message-----',
        'From: Acme Shipping [mailto:ship@acme.example]',
        'Sent: Friday, November 20, 2026 3:16 PM',
        '',
        UPS,
      ]);
      expect(outlook.sender).toBe('Acme Shipping <ship@acme.example>');
      const apple = await forwarded([
        'Begin forwarded message:',
        '',
        'From: Acme Shipping <ship@acme.example>',
        '',
        UPS,
      ]);
      expect(apple.sender).toBe('Acme Shipping <ship@acme.example>');
    });

    it('of a forward of a forward: the innermost', async () => {
      const nested = await forwarded([
        '---------- Forwarded message ---------',
        'From: Bob <bob@acme-shop.example>',
        '',
        '> -----Original Message-----',
        '> From: Acme Shipping [mailto:ship@acme.example]',
        '>',
        `> ${UPS}`,
      ]);
      expect(nested.sender).toBe('Acme Shipping <ship@acme.example>');
      expect(numbersOf(nested)).toEqual([`text:ups:${UPS}`]);
    });

    it('of a mail forwarded as an attachment, whose numbers count too', async () => {
      const parsed = await read(
        mail(
          ['Subject: Fwd: shipped', 'Content-Type: multipart/mixed; boundary=m'],
          [
            '--m',
            'Content-Type: text/plain',
            '',
            'see attachment',
            '--m',
            'Content-Type: message/rfc822',
            '',
            'From: Acme Shipping <ship@acme.example>',
            'Subject: Order #6006 shipped',
            'Content-Type: text/plain',
            '',
            `UPS ${UPS}`,
            '--m--',
          ],
        ),
      );
      expect(parsed.sender).toContain('ship@acme.example');
      expect(parsed.originalSubject).toBe('Order #6006 shipped');
      expect(parsed.orderNumber).toBe('#6006');
      expect(numbersOf(parsed)).toEqual([`text:ups:${UPS}`]);
    });

    it('is the From header when the mail was not forwarded', async () => {
      const direct = await read(mail(['Subject: Shipped', 'Content-Type: text/plain'], [UPS]));
      expect(direct.sender).toContain('ana@acme-shop.example');
      expect(direct.from).toBe('ana@acme-shop.example');
    });
  });

  it('keys the mail by its Message-ID, else by its bytes, and gives it a stable order number', async () => {
    const withId = await read(mail(['Subject: x', 'Message-ID: <a1@mail.example>'], [UPS]));
    expect(withId.messageKey).toBe('<a1@mail.example>');
    expect(withId.orderNumber).toMatch(/^mail-[0-9a-f]{8}$/);
    expect((await read(mail(['Subject: other', 'Message-ID: <a1@mail.example>'], [UPS]))).orderNumber).toBe(
      withId.orderNumber,
    );
    const withoutId = await read(mail(['Subject: x'], [UPS]));
    expect(withoutId.messageKey).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await read(mail(['Subject: x'], [UPS]))).messageKey).toBe(withoutId.messageKey);
  });

  it('reads the recipients of To, Cc, Delivered-To and X-Original-To', async () => {
    const parsed = await read(
      mail(
        [
          'Cc: "B" <B@Example.com>, group: c@example.com, d@example.com;',
          'Delivered-To: 0123456789abcdef0123@intake.waybill.local',
          'X-Original-To: X@Example.com',
          'Subject: x',
        ],
        [UPS],
      ),
    );
    expect([...parsed.recipients].sort()).toEqual([
      '0123456789abcdef0123@intake.waybill.local',
      '8ad3c35fa8d60c778d2d@intake.waybill.local',
      'b@example.com',
      'c@example.com',
      'd@example.com',
      'x@example.com',
    ]);
  });

  it('calls bytes with no mail header unreadable, without throwing', async () => {
    const parsed = await parseIntakeMail(Buffer.from([0, 255, 254, 10, 13, 10]), { minConfidence: 0.8 });
    expect(parsed).toMatchObject({ readable: false, messageKey: expect.stringMatching(/^sha256:/) });
    expect(parsed.readable ? '' : parsed.detail).toMatch(/not an RFC 822 message/);
  });
});
