/**
 * ISO/IEC 7064 MOD 37,36 hybrid system (DPD, and our own numbers): over the alphabet 0-9A-Z
 * (values 0–35), start at 36; for each character add its value mod 36 (0 counts as 36), double,
 * take mod 37; the check character is (37 − final) mod 36. It catches every single substitution
 * and all but a handful of adjacent transpositions, and the check character can be a letter.
 * Returns the check value (0–35), or -1 for a character outside 0-9A-Z.
 */
export function mod37_36(text: string, start: number, end: number): number {
  let product = 36;
  for (let index = start; index < end; index += 1) {
    const value = mod36Value(text.charCodeAt(index));
    if (value < 0) return -1;
    const sum = (product + value) % 36 || 36;
    product = (sum * 2) % 37;
  }
  return (37 - product) % 36;
}

/** 0-9 are 0–9, A-Z are 10–35. */
export function mod36Value(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}
