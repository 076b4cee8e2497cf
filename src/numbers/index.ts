/**
 * waybill/numbers: recognise the carrier from a tracking number alone, find tracking numbers in
 * text, and issue numbers for a merchant's own deliveries.
 */
export type { Candidate, Detection } from './candidate.js';
export { detect } from './detect.js';
export { explainNoMatch, type NoMatch, type NoMatchCode } from './explain.js';
export { findInText, type FindOptions, type FoundTrackingNumber } from './find-in-text.js';
export type {
  CheckDigitAlgorithm,
  CheckDigitRule,
  FieldLookup,
  LookupEntry,
  TrackingNumberFormat,
} from './format.js';
export { FORMATS } from './formats/index.js';
export { issue } from './issue.js';
export { normalize } from './normalize.js';
