import { waitFor } from '../helpers/wait.js';

/** waitFor for a value: resolves to it, typed without `undefined`. */
export async function until<T>(
  check: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs?: number,
): Promise<T> {
  const value = await waitFor(check, what, timeoutMs);
  if (value === undefined) throw new Error(`no value for ${what}`);
  return value;
}
