import type { CarrierProblem } from '../carrier.js';

/** A problem without undefined fields, so results compare equal to their expected JSON. */
export function problemOf(
  kind: CarrierProblem['kind'],
  message: string,
  at?: string,
  trackingNumber?: string,
): CarrierProblem {
  return {
    kind,
    message,
    ...(trackingNumber !== undefined ? { trackingNumber } : {}),
    ...(at !== undefined ? { at } : {}),
  };
}

/** "not found" in the many ways carriers say it. */
export function saysNotFound(...texts: readonly (string | undefined)[]): boolean {
  return texts.some(
    (text) =>
      text !== undefined &&
      /not ?found|no tracking information|no shipment|no record|could not be found|not available/i.test(text),
  );
}
