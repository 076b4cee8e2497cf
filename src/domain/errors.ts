/**
 * One catalog of coded errors. Each maps to an HTTP status and a problem+json type in one place
 * (src/http/problem.ts). Expected outcomes (a number that fails its check digit, a carrier that
 * says "not found") are values, not errors.
 */
export const ERROR_CATALOG = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  unauthorized: { status: 401, title: 'Missing or invalid API key' },
  signature_invalid: { status: 401, title: 'The webhook signature does not verify' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  carrier_ambiguous: { status: 409, title: 'More than one carrier fits this tracking number' },
  carrier_unknown: { status: 422, title: 'No carrier recognises this tracking number' },
  idempotency_key_reused: { status: 422, title: 'This Idempotency-Key was used for a different request' },
  idempotency_key_in_use: { status: 409, title: 'A request with this Idempotency-Key is still running' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  uri_too_long: { status: 414, title: 'The request URL is too long' },
  unsupported_media_type: { status: 415, title: 'Unsupported content type' },
  rate_limited: { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'Service unavailable' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export interface FieldProblem {
  /** JSON pointer or dotted path to the offending field. */
  readonly field: string;
  readonly message: string;
}

export class WaybillError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly FieldProblem[];
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; problems?: readonly FieldProblem[]; extra?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'WaybillError';
    this.code = code;
    this.problems = options.problems ?? [];
    this.extra = options.extra ?? {};
  }

  get status(): number {
    return ERROR_CATALOG[this.code].status;
  }
}
