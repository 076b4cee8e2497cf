const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/**
 * UPU S10 (international mail): weights 8 6 4 2 3 5 9 7 on the eight serial digits,
 * C = 11 − (sum mod 11), and then 10 becomes 0 and 11 becomes 5 (UPU S10-12; e.g. 47312482 → 9).
 * Returns the check digit (0–9), or -1 for a serial that is not eight digits.
 */
export function upuS10(text: string, start: number, end: number): number {
  if (end - start !== WEIGHTS.length) return -1;
  let sum = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    sum += digit * (WEIGHTS[index - start] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}
