/**
 * Luhn (Purolator, Old Dominion): from the serial's rightmost digit, double every second digit
 * starting with that one, take 9 off results above 9, add everything.
 * Returns the check digit (0–9), or -1 for a non-digit.
 */
export function luhn(text: string, start: number, end: number): number {
  let sum = 0;
  let double = true;
  for (let index = end - 1; index >= start; index -= 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    if (double) sum += digit > 4 ? digit * 2 - 9 : digit * 2;
    else sum += digit;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}
