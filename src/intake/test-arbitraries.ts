import fc from 'fast-check';

// Mails for property tests: well-formed and broken MIME, every transfer encoding (done right and
// done wrong), charsets known and unknown, nested forwards, and bodies that mix tracking numbers,
// carrier links, forward markers and look-alikes with arbitrary text.

/** Numbers whose check digits verify: UPS 1Z, FedEx 12, USPS IMpb. */
export const KNOWN_NUMBERS = ['1Z999AA10123456784', '794461726509', '9400111899223855732126'] as const;

const LINKS = [
  (n: string) => `https://www.ups.com/track?loc=en_US&tracknum=${n}`,
  (n: string) => `https://www.fedex.com/fedextrack/?trknbr=${n}&amp;locale=en_US`,
  (n: string) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  (n: string) =>
    `https://click.mail.example/r?u=${encodeURIComponent(`https://www.ups.com/track?tracknum=${n}`)}`,
  (n: string) => `https://www.dhl.com/en/express/tracking.html?AWB=${n}`,
];

const text = fc.string({ unit: 'grapheme', maxLength: 60 });
const binaryText = fc.string({ unit: 'binary', maxLength: 40 });

const fragment: fc.Arbitrary<string> = fc.oneof(
  text,
  binaryText,
  fc.constantFrom(...KNOWN_NUMBERS),
  fc
    .tuple(fc.constantFrom(...KNOWN_NUMBERS), fc.integer({ min: 0, max: LINKS.length - 1 }))
    .map(([n, i]) => `<a href="${LINKS[i]!(n)}">track</a>`),
  fc.constantFrom(
    '---------- Forwarded message ---------\nFrom: Acme <ship@acme.example>\n',
    '-----Original Message-----\nFrom: Acme [mailto:ship@acme.example]\n',
    'Begin forwarded message:\n\nFrom: Acme <ship@acme.example>\n',
    'Order #1001',
    '+1(502)-459-2181',
    'KY 40209',
    '1Z 999 AA1 01 2345 6784',
    '<span>1Z999</span><span>AA10123456784</span>',
    '1Z999\u200bAA10123456784',
    '&nbsp;&amp;&#x41;&#0;&#99999999;&bogus;',
    '<!-- ',
    '<script>',
    '<',
    '=',
    '=3D',
    '=\r\n',
  ),
);

const body = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' '));

const encoding = fc.constantFrom('7bit', '8bit', 'quoted-printable', 'base64', 'binary', 'x-uuencode', '');
const charset = fc.constantFrom(
  'utf-8',
  'iso-8859-1',
  'windows-1252',
  'shift_jis',
  'x-unknown',
  'utf-16',
  '',
);

/** Quoted-printable as a mail client writes it, or the raw text where the test wants it broken. */
function encode(content: string, how: string, right: boolean): string {
  if (!right) return content;
  if (how === 'base64')
    return (
      Buffer.from(content)
        .toString('base64')
        .match(/.{1,76}/g) ?? []
    ).join('\r\n');
  if (how === 'quoted-printable') {
    const bytes = Buffer.from(content);
    let line = '';
    const lines: string[] = [];
    for (const byte of bytes) {
      const char =
        byte === 0x0a
          ? '\n'
          : byte >= 33 && byte <= 126 && byte !== 61
            ? String.fromCharCode(byte)
            : byte === 32
              ? ' '
              : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      if (char === '\n') {
        lines.push(line);
        line = '';
        continue;
      }
      if (line.length + char.length > 75) {
        lines.push(`${line}=`);
        line = '';
      }
      line += char;
    }
    lines.push(line);
    return lines.join('\r\n');
  }
  return content;
}

interface Part {
  readonly headers: string[];
  readonly content: string;
}

const leaf: fc.Arbitrary<Part> = fc
  .record({
    type: fc.constantFrom(
      'text/plain',
      'text/html',
      'application/octet-stream',
      'message/delivery-status',
      'text/plain; format=flowed',
    ),
    charset,
    encoding,
    right: fc.boolean(),
    body,
  })
  .map(({ type, charset: cs, encoding: enc, right, body: content }) => ({
    headers: [
      `Content-Type: ${type}${cs ? `; charset=${cs}` : ''}`,
      ...(enc ? [`Content-Transfer-Encoding: ${enc}`] : []),
    ],
    content: encode(content, enc, right),
  }));

const headerLines = fc.record({
  from: fc.oneof(text, fc.constant('Ana <ana@acme-shop.example>')),
  to: fc.oneof(text, fc.constant('8ad3c35fa8d60c778d2d@intake.waybill.local')),
  subject: fc.oneof(text, fc.constant('Fwd: Order #1001 shipped'), binaryText),
  messageId: fc.option(fc.oneof(text, fc.constant('<same@mail.example>')), { nil: undefined }),
  extra: fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), text), { maxLength: 3 }),
});

/** A whole mail: headers, then a single part or a multipart tree (a forward attached inside, sometimes). */
export const structuredMail: fc.Arbitrary<Buffer> = fc
  .letrec<{ part: Part }>((tie) => ({
    part: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc
        .record({
          kind: fc.constantFrom('alternative', 'mixed', 'related', 'rfc822'),
          boundary: fc.oneof(fc.constant('b-1'), fc.stringMatching(/^[A-Za-z0-9'()+_,-./:=? ]{0,20}$/)),
          children: fc.array(tie('part'), { maxLength: 3 }),
          closed: fc.boolean(),
          head: headerLines,
        })
        .map(({ kind, boundary, children, closed, head }): Part => {
          if (kind === 'rfc822') {
            const inner = children[0] ?? { headers: ['Content-Type: text/plain'], content: '' };
            return {
              headers: ['Content-Type: message/rfc822'],
              content: [
                `From: ${head.from}`,
                `Subject: ${head.subject}`,
                ...inner.headers,
                '',
                inner.content,
              ].join('\r\n'),
            };
          }
          const lines = [`Content-Type: multipart/${kind}; boundary="${boundary}"`];
          const content = [
            ...children.flatMap((child) => [`--${boundary}`, ...child.headers, '', child.content]),
            ...(closed ? [`--${boundary}--`] : []),
          ].join('\r\n');
          return { headers: lines, content };
        }),
    ),
  }))
  .part.chain((part) =>
    headerLines.map((head) =>
      Buffer.from(
        [
          `From: ${head.from}`,
          `To: ${head.to}`,
          `Subject: ${head.subject}`,
          ...(head.messageId === undefined ? [] : [`Message-ID: ${head.messageId}`]),
          ...head.extra.map(([name, value]) => `${name}: ${value}`),
          'MIME-Version: 1.0',
          ...part.headers,
          '',
          part.content,
        ].join('\r\n'),
      ),
    ),
  );

/** Any bytes at all. */
export const anyBytes: fc.Arbitrary<Buffer> = fc
  .uint8Array({ maxLength: 3000 })
  .map((bytes) => Buffer.from(bytes));
