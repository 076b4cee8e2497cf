import { simpleParser, type ParsedMail } from 'mailparser';
import { readHtml, withoutInvisibles } from './html-text.js';

// One forwarded mail, decoded: MIME, transfer encodings (quoted-printable soft breaks, "=3D"),
// charsets and format=flowed are mailparser's; what it gives back is read here into the texts a
// person sees, the links they could click, and the mails attached whole ("forward as attachment"
// arrives as a message/rfc822 part, read the same way). Nothing is fetched.

export interface MailReading {
  readonly messageId: string | undefined;
  /** The From header as written ("Acme <ship@acme.example>"), and its address. */
  readonly fromText: string;
  readonly fromAddress: string;
  readonly subject: string;
  /** Lower-cased addresses of To, Cc, Delivered-To and X-Original-To. */
  readonly recipients: readonly string[];
  /** The plain text part, then the HTML part's visible text. */
  readonly texts: readonly string[];
  readonly links: readonly string[];
  /** Mails attached whole (message/rfc822), read in turn. */
  readonly attached: readonly MailReading[];
}

const PARSER_OPTIONS = {
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
  keepCidLinks: true,
  checksumAlgo: false,
} as const;
/** Forwards of forwards as attachments, this deep. */
const MAX_DEPTH = 3;
const MAX_ATTACHED = 5;
/** Longer texts are read this far: a shipping confirmation says what it has to say well before. */
const MAX_TEXT_CHARS = 300_000;

/** The mail, or undefined when it has no header at all (not an RFC 822 message). Throws what mailparser throws. */
export async function readMail(raw: Buffer, depth = 0): Promise<MailReading | undefined> {
  const mail = await simpleParser(raw, PARSER_OPTIONS);
  if (mail.headers.size === 0) return undefined;
  const texts: string[] = [];
  const links: string[] = [];
  if (typeof mail.text === 'string' && mail.text.trim() !== '')
    texts.push(withoutInvisibles(mail.text.slice(0, MAX_TEXT_CHARS)));
  if (typeof mail.html === 'string' && mail.html.trim() !== '') {
    const html = readHtml(mail.html.slice(0, MAX_TEXT_CHARS * 3));
    texts.push(html.text.slice(0, MAX_TEXT_CHARS));
    links.push(...html.links);
  }
  const attached: MailReading[] = [];
  if (depth < MAX_DEPTH)
    for (const attachment of mail.attachments) {
      if (attached.length >= MAX_ATTACHED) break;
      if (!/^message\/(rfc822|global)$/i.test(attachment.contentType)) continue;
      const inner = await readMail(attachment.content, depth + 1).catch(() => undefined);
      if (inner) attached.push(inner);
    }
  const from = mail.from;
  return {
    messageId: typeof mail.messageId === 'string' ? oneLine(mail.messageId) || undefined : undefined,
    fromText: oneLine(from?.text ?? ''),
    fromAddress: oneLine(from?.value.find((one) => one.address)?.address ?? '').toLowerCase(),
    subject: oneLine(typeof mail.subject === 'string' ? mail.subject : ''),
    recipients: recipientsOf(mail),
    texts,
    links,
    attached,
  };
}

function recipientsOf(mail: ParsedMail): string[] {
  const found = new Set<string>();
  for (const name of ['to', 'cc', 'delivered-to', 'x-original-to'])
    for (const address of addressesIn(mail.headers.get(name))) found.add(address);
  return [...found];
}

const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+/g;

/** Every address in a header value, whatever shape mailparser gave it (address object, text, list). */
function addressesIn(value: unknown, depth = 0): string[] {
  if (depth > 6 || value === undefined || value === null) return [];
  if (typeof value === 'string') return [...value.matchAll(ADDRESS)].map((m) => m[0].toLowerCase());
  if (Array.isArray(value)) return value.flatMap((item) => addressesIn(item, depth + 1));
  if (typeof value === 'object') {
    const entry = value as { address?: unknown; group?: unknown; value?: unknown; text?: unknown };
    if (Array.isArray(entry.value)) return addressesIn(entry.value, depth + 1);
    return [
      ...(typeof entry.address === 'string' ? addressesIn(entry.address, depth + 1) : []),
      ...addressesIn(entry.group, depth + 1),
    ];
  }
  return [];
}

/** Header text as it is stored: one line, no control characters (PostgreSQL refuses NUL in text). */
export function oneLine(text: string): string {
  return text.replace(SPACES_AND_CONTROLS, ' ').trim().slice(0, 300);
}

// Control characters are exactly what this matches: a header may carry any byte.
// eslint-disable-next-line no-control-regex
const SPACES_AND_CONTROLS = /[\s\u0000-\u001f\u007f]+/g;
