import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * The number in E.164 (+4915112345678), or undefined when it is not a valid phone number. A
 * number without a country prefix is read in `defaultCountry` when one is given.
 */
export function toE164(input: string, defaultCountry?: string): string | undefined {
  const country =
    defaultCountry && /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(input.trim(), country);
  if (!parsed || !parsed.isValid()) return undefined;
  return parsed.number;
}

/** Strict: already E.164 and a valid number. What the SMS channel accepts as an address. */
export function isE164(value: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(value) && toE164(value) === value;
}

/** For logs: never a whole number (+49151…78). */
export function maskPhone(value: string): string {
  return value.length <= 6 ? '…' : `${value.slice(0, 5)}…${value.slice(-2)}`;
}
