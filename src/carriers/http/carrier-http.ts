import { CarrierRequestError } from '../carrier.js';
import { retryAfterMs } from './retry-after.js';

/** What every REST client needs to talk to its carrier: the injected fetch and clock, and a timeout. */
export interface CarrierHttp {
  /** Adapter id, for error messages. */
  readonly carrier: string;
  readonly fetch: typeof fetch;
  readonly clock: () => Date;
  readonly timeoutMs: number;
}

const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface CarrierResponse {
  readonly status: number;
  /** Parsed JSON; undefined only for an empty body on a status listed in `dataStatuses`. */
  readonly body: unknown;
}

/** A failed request that knows its HTTP status, so a 401 can be told from a 403 (only a 401 earns a new token). */
export class CarrierHttpError extends CarrierRequestError {
  constructor(
    kind: CarrierRequestError['kind'],
    message: string,
    readonly status: number | undefined,
    retryAfter?: number,
    options?: { cause?: unknown },
  ) {
    super(kind, message, retryAfter, options);
  }
}

export interface CarrierRequest {
  readonly method: 'GET' | 'POST';
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | undefined;
  /**
   * Non-2xx statuses whose JSON body is data for the parser (404 "not found" for one number,
   * 400 "invalid number"), not a failed request.
   */
  readonly dataStatuses?: readonly number[] | undefined;
}

/**
 * Sends one request and reads the whole body under one deadline (the body can stall as well as
 * the headers). Failures become `CarrierRequestError` kinds the poller understands: 401/403 →
 * auth, 429 → rate_limited (with Retry-After), 408 and the deadline → timeout, 5xx and network
 * failures → unavailable, an empty or non-JSON success → bad_response. Messages name the carrier,
 * the status and the path only: never a header, a query string or a body, which may hold secrets.
 */
export async function sendCarrierRequest(
  http: CarrierHttp,
  request: CarrierRequest,
  signal?: AbortSignal,
): Promise<CarrierResponse> {
  const deadline = AbortSignal.timeout(http.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  const where = `${http.carrier} ${request.method} ${request.url.pathname}`;
  let status: number;
  let text: string;
  let retryAfterHeader: string | null;
  try {
    const response = await http.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: combined,
      redirect: 'error',
    });
    status = response.status;
    retryAfterHeader = response.headers.get('retry-after');
    // A tracking answer is kilobytes; refuse to buffer a runaway body before reading it.
    if (Number(response.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
      await response.body?.cancel();
      throw new CarrierHttpError(
        'bad_response',
        `${where}: body larger than ${MAX_BODY_BYTES} bytes`,
        status,
      );
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof CarrierHttpError) throw error;
    if (combined.aborted) {
      const why = deadline.aborted ? `no answer within ${http.timeoutMs} ms` : 'aborted by the caller';
      throw new CarrierHttpError('timeout', `${where}: ${why}`, undefined, undefined, { cause: error });
    }
    throw new CarrierHttpError('unavailable', `${where}: network error`, undefined, undefined, {
      cause: error,
    });
  }

  const retryAfter = retryAfterMs(retryAfterHeader, http.clock());
  const fail = (kind: CarrierRequestError['kind'], why: string): never => {
    throw new CarrierHttpError(kind, `${where}: ${why}`, status, retryAfter);
  };
  if (status === 401 || status === 403) fail('auth', `credentials refused (HTTP ${status})`);
  if (status === 429) fail('rate_limited', 'rate limited (HTTP 429)');
  if (status === 408) fail('timeout', 'the carrier timed out (HTTP 408)');
  if (status >= 500) fail('unavailable', `carrier unavailable (HTTP ${status})`);
  const isData = (status >= 200 && status < 300) || (request.dataStatuses ?? []).includes(status);
  if (!isData) fail('bad_response', `unexpected HTTP ${status}`);
  if (text.trim().length === 0) {
    if (status >= 200 && status < 300) fail('bad_response', `empty body (HTTP ${status})`);
    return { status, body: undefined };
  }
  try {
    return { status, body: JSON.parse(text) as unknown };
  } catch {
    // No cause: a JSON SyntaxError quotes the body, and the body is the carrier's, not ours to log.
    throw new CarrierHttpError('bad_response', `${where}: body is not JSON (HTTP ${status})`, status);
  }
}
