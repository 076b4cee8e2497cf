// Forwarded shipping emails as they arrive on the wire (CRLF, MIME, transfer encodings): the
// shapes the intake must read, and the look-alikes it must leave alone.

/** UPS's published test number (check digit verifies). */
export const UPS_NUMBER = '1Z999AA10123456784';
/** Another UPS number whose check digit verifies. */
export const OTHER_UPS_NUMBER = '1Z5R89390357567127';
/** A FedEx Express 12-digit number whose check digit verifies. */
export const FEDEX_NUMBER = '794461726509';
/** A USPS IMpb number whose check digit verifies. */
export const USPS_NUMBER = '9400111899223855732126';

export interface MailOptions {
  readonly to: string;
  readonly messageId?: string;
  readonly from?: string;
}

const crlf = (lines: readonly string[]) => lines.join('\r\n');

function headers(options: MailOptions, subject: string, extra: readonly string[] = []): string[] {
  return [
    `From: ${options.from ?? 'Ana Ruiz <ana@acme-shop.example>'}`,
    `To: ${options.to}`,
    `Subject: ${subject}`,
    `Message-ID: ${options.messageId ?? `<${Math.random().toString(36).slice(2)}@mail.example>`}`,
    'Date: Fri, 20 Nov 2026 15:20:00 +0000',
    'MIME-Version: 1.0',
    ...extra,
  ];
}

/**
 * A shop's shipping confirmation, multipart/alternative: the UPS number only in the plain text,
 * the FedEx number only in the HTML, in a carrier link whose quoted-printable source reads
 * `trknbr=3D…` with a soft line break inside the number.
 */
export function shippingMail(options: MailOptions): string {
  return crlf([
    ...headers(options, 'Your order #1001 has shipped', [
      'Content-Type: multipart/alternative; boundary="alt-1001"',
    ]),
    '',
    '--alt-1001',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    'Hello Ana,',
    '',
    'Your order #1001 is on its way in two parcels.',
    `Parcel 1 (UPS): ${UPS_NUMBER}`,
    'Parcel 2: see the link in the HTML version of this mail.',
    '',
    '--alt-1001',
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<html><body><p>Your order #1001 is on its way in two parcels.</p>',
    '<p>Parcel 2 (FedEx):=',
    ' <a href=3D"https://www.fedex.com/fedextrack/?trknbr=3D7944=',
    '61726509&amp;locale=3Den_US">Track parcel 2</a></p></body></html>',
    '',
    '--alt-1001--',
    '',
  ]);
}

/** Order number, phone number and postcode, and no tracking number. */
export function lookAlikeMail(options: MailOptions): string {
  return crlf([
    ...headers(options, 'Thanks for your order #1001', ['Content-Type: text/plain; charset=UTF-8']),
    '',
    'We received order #1001 and will ship it soon.',
    'Questions? Call us at +1(502)-459-2181.',
    'Ship to: 1200 Main St, Louisville, KY 40209',
    'Total: $123.45 on 2026-11-20.',
    '',
  ]);
}

/** A shipping confirmation forwarded inline by Gmail: the original sender follows the marker. */
export function gmailForward(options: MailOptions, trackingNumber: string = UPS_NUMBER): string {
  return crlf([
    ...headers(options, 'Fwd: Your order #2002 has shipped', ['Content-Type: text/plain; charset=UTF-8']),
    '',
    'FYI',
    '',
    '---------- Forwarded message ---------',
    'From: Acme Shipping <ship@acme-shipping.example>',
    'Date: Fri, 20 Nov 2026 at 15:16',
    'Subject: Your order #2002 has shipped',
    'To: <ana@acme-shop.example>',
    '',
    `Your parcel travels with UPS: ${trackingNumber}`,
    '',
  ]);
}

/** The same confirmation forwarded as an attachment (message/rfc822), its HTML in base64. */
export function attachedForward(options: MailOptions): string {
  const html = Buffer.from(
    `<p>Tracking: <a href="https://tools.usps.com/go/TrackConfirmAction?tLabels=${USPS_NUMBER}">${USPS_NUMBER}</a></p>`,
  ).toString('base64');
  return crlf([
    ...headers(options, 'Fwd: shipped', ['Content-Type: multipart/mixed; boundary="mixed-3003"']),
    '',
    '--mixed-3003',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'See the attached mail.',
    '--mixed-3003',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="shipped.eml"',
    '',
    'From: Acme Shipping <ship@acme-shipping.example>',
    'To: ana@acme-shop.example',
    'Subject: Order #3003 shipped',
    'Message-ID: <original-3003@acme-shipping.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    ...(html.match(/.{1,76}/g) ?? []),
    '--mixed-3003--',
    '',
  ]);
}

/** A mail of at least `bytes` bytes (a big attachment). */
export function oversizedMail(options: MailOptions, bytes: number): string {
  const filler = Buffer.alloc(bytes, 'A').toString('base64');
  return crlf([
    ...headers(options, 'Your order #4004 has shipped', ['Content-Type: multipart/mixed; boundary="big"']),
    '',
    '--big',
    'Content-Type: text/plain',
    '',
    `Tracking number ${UPS_NUMBER}`,
    '--big',
    'Content-Type: application/octet-stream',
    'Content-Transfer-Encoding: base64',
    '',
    ...(filler.match(/.{1,76}/g) ?? []),
    '--big--',
    '',
  ]);
}
