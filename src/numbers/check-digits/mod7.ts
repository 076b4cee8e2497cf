/**
 * Mod 7 (DHL Express): the serial read as one integer, modulo 7. Serials reach 10 digits, past
 * what 32-bit arithmetic holds, so the remainder is carried digit by digit instead of parsing.
 * Returns the check digit (0–6), or -1 for a non-digit.
 */
export function mod7(text: string, start: number, end: number): number {
  let remainder = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    remainder = (remainder * 10 + digit) % 7;
  }
  return remainder;
}
