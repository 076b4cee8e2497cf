import { CarrierRequestError } from '../carrier.js';
import { CarrierHttpError, sendCarrierRequest, type CarrierHttp } from './carrier-http.js';
import { recordOf, textOf } from '../payload/json.js';

/** OAuth 2.0 client credentials as UPS, FedEx and USPS take them. */
export interface ClientCredentials {
  readonly tokenUrl: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** `basic`: HTTP Basic (UPS); `body`: client_id and client_secret in the form (FedEx, USPS). */
  readonly style: 'basic' | 'body';
  readonly scope?: string | undefined;
}

// Refresh a little before the carrier's expiry, so a token never dies between our check and its use.
const EARLY_REFRESH_MS = 60_000;
// When a carrier omits expires_in, assume a short life rather than reuse a dead token for hours.
const DEFAULT_LIFETIME_S = 300;

/**
 * One access token per client, fetched on first use and reused until shortly before `expires_in`
 * runs out. Concurrent callers share one token request. `invalidate` drops a token the carrier
 * refused early (rotated, revoked), so the next call fetches a new one. The token and the client
 * secret never appear in an error message.
 */
export class OAuthTokenCache {
  #current: { readonly value: string; readonly refreshAt: number } | undefined;
  #pending: Promise<string> | undefined;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly http: CarrierHttp,
  ) {}

  async token(signal?: AbortSignal): Promise<string> {
    const current = this.#current;
    if (current && this.http.clock().getTime() < current.refreshAt) return current.value;
    this.#pending ??= this.#fetchToken(signal).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  invalidate(token: string): void {
    if (this.#current?.value === token) this.#current = undefined;
  }

  async #fetchToken(signal?: AbortSignal): Promise<string> {
    const { credentials } = this;
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    if (credentials.style === 'basic') {
      const pair = `${credentials.clientId}:${credentials.clientSecret}`;
      headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    } else {
      form.set('client_id', credentials.clientId);
      form.set('client_secret', credentials.clientSecret);
    }
    if (credentials.scope) form.set('scope', credentials.scope);
    let response;
    try {
      response = await sendCarrierRequest(
        this.http,
        { method: 'POST', url: credentials.tokenUrl, headers, body: form.toString(), dataStatuses: [400] },
        signal,
      );
    } catch (error) {
      if (error instanceof CarrierRequestError && error.kind === 'auth') {
        throw new CarrierHttpError('auth', `${this.http.carrier}: token request refused`, undefined);
      }
      throw error;
    }
    // OAuth servers answer a bad client with 400 invalid_client as often as with 401.
    if (response.status === 400) {
      throw new CarrierHttpError('auth', `${this.http.carrier}: token request refused (HTTP 400)`, 400);
    }
    const body = recordOf(response.body);
    const value = textOf(body?.access_token, 20_000);
    if (!value) {
      throw new CarrierHttpError(
        'bad_response',
        `${this.http.carrier}: token response has no access_token`,
        200,
      );
    }
    const lifetimeS = Number(textOf(body?.expires_in) ?? DEFAULT_LIFETIME_S);
    const lifetimeMs = (Number.isFinite(lifetimeS) && lifetimeS > 0 ? lifetimeS : DEFAULT_LIFETIME_S) * 1000;
    // Short-lived tokens refresh at 90 % of their life rather than a minute early.
    const margin = Math.min(EARLY_REFRESH_MS, lifetimeMs / 10);
    this.#current = { value, refreshAt: this.http.clock().getTime() + lifetimeMs - margin };
    return value;
  }
}

/**
 * Runs one API call with a bearer token. A 401 means the carrier no longer accepts that token
 * (expired early, rotated): drop it, fetch a new one and try once more. A second 401 is an
 * auth failure for the poller; a 403 is never retried (the account itself is refused).
 */
export async function withBearerToken<T>(
  tokens: OAuthTokenCache,
  signal: AbortSignal | undefined,
  call: (token: string) => Promise<T>,
): Promise<T> {
  const token = await tokens.token(signal);
  try {
    return await call(token);
  } catch (error) {
    if (!(error instanceof CarrierHttpError) || error.status !== 401) throw error;
    tokens.invalidate(token);
    return call(await tokens.token(signal));
  }
}
