/**
 * Weighted mod 10 as the carriers' data defines it (UPS, FedEx Ground, USPS, Canada Post, OnTrac):
 * multiply serial positions alternately by two weights and add. Products above 9 are NOT folded to
 * one digit; that is Luhn, a different algorithm. A letter counts as (ASCII code − 3) mod 10, so
 * A=2, B=3 … which is how UPS puts letters in its 1Z numbers.
 *
 * Returns the check digit (0–9), or -1 if the serial holds a character that has no value.
 */
export function weightedMod10(
  text: string,
  start: number,
  end: number,
  weights: readonly [number, number],
  fromRight: boolean,
): number {
  const [even, odd] = weights;
  let sum = 0;
  for (let index = start; index < end; index += 1) {
    const value = mod10Value(text.charCodeAt(index));
    if (value < 0) return -1;
    const position = fromRight ? end - 1 - index : index - start;
    sum += value * (position % 2 === 0 ? even : odd);
  }
  return (10 - (sum % 10)) % 10;
}

/** Digits are themselves; letters are (ASCII code − 3) mod 10. */
export function mod10Value(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return (code - 3) % 10;
  return -1;
}
