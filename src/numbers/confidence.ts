import type { TrackingNumberFormat } from './format.js';

/** A verified check character makes a chance match ten times less likely. */
const CHECK_EVIDENCE = 10;
/**
 * Without a check character a typo goes unnoticed, so however distinctive its prefix, such a
 * format's evidence stays below that of any verified one: those always rank first.
 */
const UNCHECKED_EVIDENCE_CAP = 6;

/**
 * How strongly a fit speaks for its format: the rarity of its shape (see chanceOfMatch) in whole
 * powers of ten, times ten for a verified check character. Rounding down to a power of ten keeps
 * small differences (Purolator's first digit is 0–5) from outranking a bigger carrier's format:
 * those tie, and ties go to table order.
 */
export function evidenceOf(format: TrackingNumberFormat, rarity: number): number {
  const shape = 10 ** Math.max(0, Math.floor(Math.log10(rarity) + 1e-9));
  if (format.checkDigit === undefined) return Math.min(shape, UNCHECKED_EVIDENCE_CAP);
  return shape * CHECK_EVIDENCE;
}

/**
 * Confidence of each fit: its evidence against that of every carrier that fits, plus 1 for "none
 * of them; the input just happens to look like this". Alternatives of the same carrier don't
 * compete (a 20-digit USPS number fitting two USPS formats is still surely USPS), so each carrier
 * counts once, with its strongest evidence. A lone FedEx Express 12 scores 10/11 ≈ 0.91, a lone
 * 14-digit DHL eCommerce (any 14 digits) 1/2, a UPS 1Z number ≈ 1.
 */
/** The confidence of a fit that has no competitor. */
export function confidenceAlone(evidence: number): number {
  return round(evidence / (evidence + 1));
}

export function confidences(evidence: readonly number[], carriers: readonly string[]): number[] {
  const strongest = new Map<string, number>();
  carriers.forEach((carrier, index) => {
    strongest.set(carrier, Math.max(strongest.get(carrier) ?? 0, evidence[index] ?? 0));
  });
  let total = 1;
  for (const value of strongest.values()) total += value;
  return evidence.map((value) => round(value / total));
}

function round(confidence: number): number {
  return Math.round(confidence * 10_000) / 10_000;
}
