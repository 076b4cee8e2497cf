import type { Candidate, Detection } from './candidate.js';
import { verifyCheck } from './check-digits/check-digit.js';
import { confidenceAlone, confidences } from './confidence.js';
import type { LookupEntry } from './format.js';
import { FORMATS } from './formats/index.js';
import { FormatMatcher, fitsShape, type Layout } from './matcher.js';
import { MAX_INPUT_LENGTH, inputProblem, normalize } from './normalize.js';

/** Compiled once, at start-up. */
export const MATCHER = new FormatMatcher(FORMATS);

/**
 * Every carrier service whose format the input fits, with its check character right where the
 * format has one, best first. Never throws: input that can't be a tracking number gets no candidates
 * (`explainNoMatch` says why).
 */
export function detect(input: string): Detection {
  if (input.length > MAX_INPUT_LENGTH) return { input, normalized: '', candidates: [], ambiguous: false };
  const normalized = normalize(input);
  if (inputProblem(normalized) !== null) return { input, normalized, candidates: [], ambiguous: false };
  const fits = fittingLayouts(normalized);
  const candidates = rank(fits, normalized);
  return { input, normalized, candidates, ambiguous: hasSeveralCarriers(candidates) };
}

/** Layouts the number fits with a right check character, one per format. */
export function fittingLayouts(normalized: string): Layout[] {
  const fits: Layout[] = [];
  for (const layout of MATCHER.candidatesFor(normalized)) {
    if (!fitsShape(layout, normalized)) continue;
    const rule = layout.format.checkDigit;
    if (rule !== undefined && !verifyCheck(rule, normalized, layout.offset)) continue;
    if (!hasFormat(fits, layout)) fits.push(layout);
  }
  return fits;
}

// Written as plain loops: this runs on every detection, and most numbers fit one format.
function rank(fits: readonly Layout[], normalized: string): Candidate[] {
  const only = fits[0];
  if (only === undefined) return [];
  if (fits.length === 1) return [candidateOf(only, normalized, confidenceAlone(only.evidence))];
  const descriptions = fits.map((layout) => describe(layout, normalized));
  const confidence = confidences(
    fits.map((layout) => layout.evidence),
    descriptions.map((description) => description.carrier),
  );
  const ranked = fits.map((layout, index) => ({
    order: layout.order,
    candidate: candidateOf(layout, normalized, confidence[index] ?? 0, descriptions[index]),
  }));
  ranked.sort(
    ({ candidate: a, order: orderA }, { candidate: b, order: orderB }) =>
      (a.checkDigit === b.checkDigit ? 0 : a.checkDigit === 'verified' ? -1 : 1) ||
      b.confidence - a.confidence ||
      orderA - orderB,
  );
  return ranked.map((one) => one.candidate);
}

function candidateOf(
  layout: Layout,
  normalized: string,
  confidence: number,
  description: Description = describe(layout, normalized),
): Candidate {
  const trackingNumber = layout.offset === 0 ? normalized : normalized.slice(layout.offset);
  return {
    carrier: description.carrier,
    carrierName: description.carrierName,
    service: description.service,
    formatId: layout.format.id,
    trackingNumber,
    checkDigit: layout.format.checkDigit === undefined ? 'none' : 'verified',
    confidence,
    url: description.url === null ? null : description.url.replace('{number}', trackingNumber),
  };
}

interface Description {
  readonly carrier: string;
  readonly carrierName: string;
  readonly service: string;
  readonly url: string | null;
}

/** The format's identity, refined by what its looked-up fields say (an S10 country names the post). */
function describe(layout: Layout, normalized: string): Description {
  const { format } = layout;
  let description: Description = format;
  if (format.lookups === undefined) return description;
  for (const lookup of format.lookups) {
    const value = normalized.slice(layout.offset + lookup.at[0], layout.offset + lookup.at[1]);
    const entry: LookupEntry | undefined = lookup.entries.get(value);
    if (entry !== undefined) description = { ...description, ...withoutLabel(entry) };
  }
  return description;
}

function withoutLabel({ label: _label, ...overrides }: LookupEntry): Partial<Description> {
  return overrides;
}

function hasFormat(fits: readonly Layout[], layout: Layout): boolean {
  for (const fit of fits) if (fit.format === layout.format) return true;
  return false;
}

function hasSeveralCarriers(candidates: readonly Candidate[]): boolean {
  const first = candidates[0];
  return first !== undefined && candidates.some((candidate) => candidate.carrier !== first.carrier);
}
