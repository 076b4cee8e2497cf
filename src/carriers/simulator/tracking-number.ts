import { deriveSeed } from './random.js';

/**
 * Simulator tracking numbers look like `SIM` + 12 digits, e.g. `SIM048213377196`:
 * - digits 1–11 are the payload: (sequence × m + c) mod 10^11, with m and c taken from the seed.
 *   m is coprime to 10, so the map is a bijection on 11-digit numbers: one seed never issues the
 *   same number twice (for up to 10^11 sequence numbers), yet consecutive numbers look scattered
 *   like a real carrier's;
 * - digit 12 is the Luhn check digit of the payload, so a mistyped digit is caught.
 */
export const SIMULATOR_TRACKING_NUMBER = /^SIM\d{12}$/;

const PAYLOAD_SPACE = 10n ** 11n;

export function simulatorTrackingNumber(seed: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new RangeError(`A tracking-number sequence must be a non-negative integer, got ${sequence}`);
  }
  const payload = ((BigInt(sequence) * multiplierOf(seed) + offsetOf(seed)) % PAYLOAD_SPACE)
    .toString()
    .padStart(11, '0');
  return `SIM${payload}${luhnDigit(payload)}`;
}

export function isSimulatorTrackingNumber(value: string): boolean {
  if (!SIMULATOR_TRACKING_NUMBER.test(value)) return false;
  return luhnDigit(value.slice(3, 14)) === value.slice(14);
}

function multiplierOf(seed: number): bigint {
  // Any number ending in 1, 3, 7 or 9 is coprime to 10^11.
  const raw = BigInt(deriveSeed(seed, 1)) * 4294967296n + BigInt(deriveSeed(seed, 2));
  const endings = [1n, 3n, 7n, 9n] as const;
  const ending = endings[Number(raw % 4n)] ?? 1n;
  return ((raw / 10n) * 10n + ending) % PAYLOAD_SPACE;
}

function offsetOf(seed: number): bigint {
  return (BigInt(deriveSeed(seed, 3)) * 4294967296n + BigInt(deriveSeed(seed, 4))) % PAYLOAD_SPACE;
}

function luhnDigit(digits: string): string {
  let sum = 0;
  // Double every second digit counting from the right, where the check digit will go.
  for (let index = digits.length - 1, double = true; index >= 0; index -= 1, double = !double) {
    let digit = Number(digits[index]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}
