/**
 * FedEx's sum-product check (Express 12, Express 34, ASTRA, Ground GSN): multiply the serial digits
 * by a repeating list of weights, add, then take the sum mod 11 and that mod 10.
 * Returns the check digit (0–9), or -1 for a non-digit.
 */
export function sumProduct(text: string, start: number, end: number, weights: readonly number[]): number {
  let sum = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    sum += digit * (weights[(index - start) % weights.length] ?? 0);
  }
  return (sum % 11) % 10;
}
