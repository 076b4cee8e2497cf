import { createHash } from 'node:crypto';

// The merchant's order number in a shipping email: shops write it as "Order #1001" (Shopify's
// order names are "#1001"), in the subject or the body. A mail that names none gets a number of
// its own, the same every time the mail comes in, so a second copy finds the same order.

/** "#" then 3 to 20 letters, digits or dashes, at least one a digit, not inside a word or a URL. */
const REFERENCE =
  /(?:^|[\s(:,;])#[ \t]?((?=[A-Za-z0-9-]{0,19}\d)[A-Za-z0-9][A-Za-z0-9-]{2,19})(?![A-Za-z0-9-])/g;

/**
 * The first "#1001"-like reference in the subject, else in the body, written as "#1001"; never one
 * of `trackingNumbers` (normalised), which some mails also write with a "#".
 */
export function orderReference(
  subject: string,
  bodies: readonly string[],
  trackingNumbers: ReadonlySet<string>,
): string | undefined {
  for (const text of [subject, ...bodies]) {
    for (const match of text.matchAll(REFERENCE)) {
      const reference = match[1];
      if (reference === undefined) continue;
      if (trackingNumbers.has(reference.replaceAll('-', '').toUpperCase())) continue;
      return `#${reference}`;
    }
  }
  return undefined;
}

/** A stable order number for a mail that names none: `mail-` and 8 hex digits of its key. */
export function syntheticOrderNumber(messageKey: string): string {
  return `mail-${createHash('sha256').update(messageKey).digest('hex').slice(0, 8)}`;
}
