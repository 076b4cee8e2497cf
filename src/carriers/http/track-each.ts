import type { CarrierProblem, ParseResult } from '../carrier.js';

/**
 * For carriers whose API takes one number per request (UPS, USPS, DHL): ask for each in turn and
 * merge the answers. One number the carrier does not know is a problem in the result; a failed
 * request (auth, rate limit, outage) fails the whole call, as the poller expects.
 */
export async function trackEach(
  trackingNumbers: readonly string[],
  trackOne: (trackingNumber: string) => Promise<ParseResult>,
): Promise<ParseResult> {
  const scans = [];
  const problems = [];
  const answers = [];
  for (const trackingNumber of trackingNumbers) {
    const result = await trackOne(trackingNumber);
    scans.push(...result.scans);
    problems.push(...result.problems);
    answers.push(...(result.answers ?? []));
  }
  return { scans, problems, answers };
}

/** Problems from a one-number answer name that number, even when the carrier's error body does not. */
export function forNumber(
  result: ParseResult,
  trackingNumber: string,
  kind?: CarrierProblem['kind'],
  answer?: unknown,
): ParseResult {
  return {
    ...(answer === undefined ? {} : { answers: [answer] }),
    scans: result.scans,
    problems: result.problems.map((problem) => ({
      ...problem,
      kind: kind ?? problem.kind,
      trackingNumber: problem.trackingNumber ?? trackingNumber,
    })),
  };
}
