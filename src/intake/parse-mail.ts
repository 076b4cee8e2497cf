import { createHash } from 'node:crypto';
import { detect, findInText } from '../numbers/index.js';
import { numbersInLink } from './carrier-links.js';
import { forwardedSender } from './forward.js';
import { orderReference, syntheticOrderNumber } from './order-number.js';
import { readMail, type MailReading } from './read-mail.js';

// What the intake reads from a forwarded shipping email, without I/O: the tracking numbers (from
// carrier links first, then from the text), the order they belong to and who sent the original.
// Never throws: a mail it cannot read comes back as unreadable.

export interface FoundNumber {
  readonly trackingNumber: string;
  readonly carrier: string;
  /** 0..1; a number from a carrier's tracking link is certain (1). */
  readonly confidence: number;
  readonly source: 'link' | 'text';
  /** The link parameter (`ups.tracknum`) or the number format (`ups-1z`) that matched. */
  readonly rule: string;
}

export interface ReadableMail {
  readonly readable: true;
  /** The Message-ID, or `sha256:` and the hash of the raw bytes: the same mail twice has the same key. */
  readonly messageKey: string;
  /** The From header's address: the person who forwarded the mail. */
  readonly from: string;
  readonly subject: string;
  /** Lower-cased addresses of To, Cc, Delivered-To and X-Original-To. */
  readonly recipients: readonly string[];
  /** Who sent the mail that was forwarded ("Acme Shipping <ship@acme.example>"). */
  readonly sender: string;
  /** The original's subject, without "Fwd:" prefixes. */
  readonly originalSubject: string;
  /** "#1001" as the mail says it, or a stable `mail-…` number when it names none. */
  readonly orderNumber: string;
  /** Numbers at or above the confidence asked for, links first. */
  readonly numbers: readonly FoundNumber[];
  /** Numbers that look like tracking numbers, but not surely enough. */
  readonly doubtful: readonly FoundNumber[];
}

export interface UnreadableMail {
  readonly readable: false;
  readonly messageKey: string;
  /** One sentence: why. */
  readonly detail: string;
}

export type ParsedIntakeMail = ReadableMail | UnreadableMail;

export interface ParseOptions {
  /** Least confidence for a number found in the text to count. */
  readonly minConfidence: number;
}

/** Doubtful numbers are looked for down to here (DHL eCommerce's any-14-digits scores 0.5). */
const DOUBT_FLOOR = 0.5;
const MAX_MESSAGE_ID = 250;
const MAX_NUMBERS = 50;
/** Words with a digit read from a mail's text, in all (see trackingNumbersOf). */
const DIGIT_WORD_BUDGET = 2_000;
const MAX_DIGIT_WORDS_PER_LINE = 200;
const DIGIT_WORD = /[0-9A-Za-z]*\d[0-9A-Za-z]*/g;
const FORWARD_PREFIX = /^(?:\s*(?:fwd?|fw|wg|tr|rv|doorst)\s*:\s*)+/i;

export async function parseIntakeMail(raw: Buffer, options: ParseOptions): Promise<ParsedIntakeMail> {
  const hashKey = `sha256:${createHash('sha256').update(raw).digest('hex')}`;
  let mail: MailReading | undefined;
  try {
    mail = await readMail(raw);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 160) : undefined;
    return {
      readable: false,
      messageKey: hashKey,
      detail: `The mail could not be decoded${why ? `: ${why}` : ''}.`,
    };
  }
  if (!mail)
    return {
      readable: false,
      messageKey: hashKey,
      detail: 'The body has no mail headers: it is not an RFC 822 message.',
    };
  const messageKey =
    mail.messageId !== undefined && mail.messageId.length <= MAX_MESSAGE_ID ? mail.messageId : hashKey;
  const { numbers, doubtful } = trackingNumbersOf(mail, options.minConfidence);
  const original = originalOf(mail);
  const subjects = [mail.subject, original.subject];
  const orderNumber =
    orderReference(
      subjects.join('\n'),
      allTexts(mail),
      new Set([...numbers, ...doubtful].map((n) => n.trackingNumber)),
    ) ?? syntheticOrderNumber(messageKey);
  return {
    readable: true,
    messageKey,
    from: mail.fromAddress || mail.fromText,
    subject: mail.subject,
    recipients: mail.recipients,
    sender: original.sender,
    originalSubject: original.subject,
    orderNumber,
    numbers,
    doubtful,
  };
}

function trackingNumbersOf(mail: MailReading, minConfidence: number) {
  const byNumber = new Map<string, FoundNumber>();
  const add = (found: FoundNumber) => {
    if (byNumber.size < MAX_NUMBERS && !byNumber.has(found.trackingNumber))
      byNumber.set(found.trackingNumber, found);
  };
  for (const href of allLinks(mail))
    for (const link of numbersInLink(href)) {
      // As the carrier tracks it (a USPS routing prefix dropped), when its formats know the number.
      const candidate = detect(link.trackingNumber).candidates.find((c) => c.carrier === link.carrier);
      add({
        trackingNumber: candidate?.trackingNumber ?? link.trackingNumber,
        carrier: link.carrier,
        confidence: 1,
        source: 'link',
        rule: link.rule,
      });
    }
  const floor = Math.min(minConfidence, DOUBT_FLOOR);
  // A number never spans lines, so the text is read line by line, and only so far: each word with
  // a digit costs the finder a few dozen readings, and a mail of nothing but digits must not hold
  // the process for seconds. A shipping confirmation has a few hundred such words at most, a few
  // to a line; a line of hundreds is a data dump, not a sentence naming a parcel.
  let budget = DIGIT_WORD_BUDGET;
  for (const line of allTexts(mail).flatMap((text) => text.split(/\r\n|\r|\n/))) {
    const cost = line.match(DIGIT_WORD)?.length ?? 0;
    if (cost === 0 || cost > MAX_DIGIT_WORDS_PER_LINE) continue;
    if ((budget -= cost) < 0) break;
    for (const found of findInText(line, { minConfidence: floor })) {
      const best = found.detection.candidates[0];
      if (!best || byNumber.has(found.detection.normalized)) continue;
      add({
        trackingNumber: best.trackingNumber,
        carrier: best.carrier,
        confidence: best.confidence,
        source: 'text',
        rule: best.formatId,
      });
    }
  }
  const all = [...byNumber.values()];
  return {
    numbers: all.filter((n) => n.confidence >= minConfidence),
    doubtful: all.filter((n) => n.confidence < minConfidence),
  };
}

/** The forwarded mail's sender and subject: from an attached original, an inline forward, or the mail itself. */
function originalOf(mail: MailReading): { sender: string; subject: string } {
  const [attached] = mail.attached;
  if (attached) return originalOf(attached);
  const inline = mail.texts.map(forwardedSender).find((sender) => sender !== undefined);
  return { sender: inline ?? mail.fromText, subject: mail.subject.replace(FORWARD_PREFIX, '') };
}

function allTexts(mail: MailReading): string[] {
  return [...mail.texts, ...mail.attached.flatMap(allTexts)];
}

function allLinks(mail: MailReading): string[] {
  return [...mail.links, ...mail.attached.flatMap(allLinks)];
}
