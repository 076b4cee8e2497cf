/**
 * The shape of one entry in the format table: everything needed to recognise one carrier service's
 * tracking numbers, verify their check character and link to the carrier's tracking page.
 * Entries are data, not code, so the docs page, the property tests and the benchmark all read the same facts.
 */

/** Parameters of the check-character algorithms carriers use; see ./check-digits for each one. */
export type CheckDigitAlgorithm =
  | {
      readonly name: 'mod10';
      /** Weights for serial positions 0, 1, 0, 1 … (letters count as (ASCII − 3) mod 10). */
      readonly weights: readonly [number, number];
      /** Where position 0 is: the leftmost serial character, or the rightmost. */
      readonly from: 'left' | 'right';
    }
  | { readonly name: 'luhn' }
  | { readonly name: 'mod7' }
  | {
      /** FedEx: weighted sum, then mod 11, then mod 10. The weights repeat along the serial. */
      readonly name: 'sum-product';
      readonly weights: readonly number[];
    }
  | { readonly name: 's10' }
  | { readonly name: 'mod37-36' };

export type CheckDigitAlgorithmName = CheckDigitAlgorithm['name'];

export interface CheckDigitRule {
  readonly algorithm: CheckDigitAlgorithm;
  /** Slice bounds of the serial the check character covers; a negative end counts from the end. */
  readonly serial: readonly [start: number, end: number];
  /** Index of the check character; a negative index counts from the end. */
  readonly at: number;
  /** Characters the carrier's rule puts in front of the serial before computing (USPS "91"). */
  readonly prepend?: { readonly text: string; readonly unlessStartsWith?: readonly string[] };
}

/** What a looked-up field value says about the number, overriding the format's defaults. */
export interface LookupEntry {
  /** How the docs name this value, e.g. the country of an S10 country code. */
  readonly label: string;
  readonly carrier?: string;
  readonly carrierName?: string;
  readonly service?: string;
  readonly url?: string | null;
}

/** A field whose value must be one of a known list, e.g. the S10 country code. */
export interface FieldLookup {
  readonly name: string;
  readonly at: readonly [start: number, end: number];
  readonly entries: ReadonlyMap<string, LookupEntry>;
}

export interface TrackingNumberFormat {
  /** Stable id, also used in the API: `ups-1z`, `usps-impb-c`. */
  readonly id: string;
  readonly carrier: string;
  readonly carrierName: string;
  readonly service: string;
  /**
   * Regular expression for the whole normalised number (without ^ and $), in a small subset of the
   * syntax that ./pattern-shape.ts can analyse: literals, \d, [classes], (?:a|b) and quantifiers.
   */
  readonly pattern: string;
  /** Numbers the pattern accepts that are still not this format (a pattern can't say "some digit"). */
  readonly excludes?: string;
  /**
   * Optional codes that may precede the number on a label and are not part of it (USPS "420" +
   * ZIP code); each is a pattern of fixed length. The check character ignores them.
   */
  readonly routingCodes?: readonly string[];
  readonly checkDigit?: CheckDigitRule;
  readonly lookups?: readonly FieldLookup[];
  /** Public tracking page with a `{number}` placeholder, or null when the carrier has none. */
  readonly url: string | null;
  /** Where the format was confirmed. */
  readonly source: string;
}
