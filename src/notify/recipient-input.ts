import { IANAZone } from 'luxon';
import type { FieldProblem } from '../domain/errors.js';
import { toE164 } from './sms/phone.js';

// A pragmatic shape check, not RFC 5322: one @, no spaces, a dot in the domain. The SMTP server
// has the last word; this catches typos before a customer waits for a mail that cannot come.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface RecipientInput {
  readonly channel: 'email' | 'sms';
  readonly address: string;
  readonly locale?: string | undefined;
  readonly timeZone?: string | undefined;
}

export type CheckedRecipient =
  | { readonly ok: true; readonly address: string; readonly locale: string; readonly timeZone: string | null }
  | { readonly ok: false; readonly problems: FieldProblem[] };

/**
 * Checks what a merchant or a customer typed for "Notify me by email/SMS": an email address, or a
 * phone number that becomes E.164 (read in the destination's country when it has no + prefix), a
 * BCP 47 locale and an IANA zone. Shared by the merchant API and the tracking page.
 */
export function checkRecipientInput(input: RecipientInput, defaultCountry?: string | null): CheckedRecipient {
  const problems: FieldProblem[] = [];
  let address = input.address.trim();
  if (input.channel === 'email') {
    if (address.length > 254 || !EMAIL.test(address))
      problems.push({ field: '/address', message: 'not an email address' });
    address = address.toLowerCase();
  } else {
    const e164 = toE164(address, defaultCountry ?? undefined);
    if (e164 === undefined)
      problems.push({ field: '/address', message: 'not a valid phone number (E.164, e.g. +4915112345678)' });
    else address = e164;
  }
  const locale = input.locale ?? 'en';
  if (!LOCALE.test(locale)) problems.push({ field: '/locale', message: 'not a BCP 47 language tag' });
  const timeZone = input.timeZone ?? null;
  if (timeZone !== null && !IANAZone.isValidZone(timeZone))
    problems.push({ field: '/timeZone', message: 'not an IANA time zone' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, address, locale, timeZone };
}
