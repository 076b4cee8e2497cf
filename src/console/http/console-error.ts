import type { ErrorKind } from '../views/errors.js';

/** A refusal the console shows as a page (status and words from views/errors.ts). */
export class ConsoleError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string = kind,
  ) {
    super(message);
    this.name = 'ConsoleError';
  }
}

export const notFound = (what = 'not found') => new ConsoleError('not_found', what);
export const forbidden = (what = 'forbidden') => new ConsoleError('forbidden', what);
export const badRequest = (what: string) => new ConsoleError('bad_request', what);
