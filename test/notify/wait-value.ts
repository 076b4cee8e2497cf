import { waitFor } from '../helpers/wait.js';

/** waitFor for checks that return the awaited thing or undefined: the result is never undefined. */
export async function waitForValue<T>(
  check: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs?: number,
): Promise<T> {
  return (await waitFor(check, what, timeoutMs)) as T;
}
