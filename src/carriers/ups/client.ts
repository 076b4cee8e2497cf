import { randomUUID } from 'node:crypto';
import type { ParseResult, TrackingClient } from '../carrier.js';
import { adapterSettings } from '../http/adapter-settings.js';
import { sendCarrierRequest, type CarrierHttp } from '../http/carrier-http.js';
import { OAuthTokenCache, withBearerToken } from '../http/oauth-token.js';
import { forNumber, trackEach } from '../http/track-each.js';
import { parseUps } from './parse.js';
import { UpsSettingsSchema } from './settings.js';

/**
 * UPS Track API: OAuth client credentials (HTTP Basic), then one GET per number. A 404 carries
 * UPS's error body and becomes a not-found problem for that number, not a failed request.
 */
export function createUpsClient(
  rawSettings: unknown,
  deps: { readonly fetch: typeof fetch; readonly clock: () => Date },
): TrackingClient {
  const settings = adapterSettings('ups', UpsSettingsSchema, rawSettings);
  const http: CarrierHttp = {
    carrier: 'ups',
    fetch: deps.fetch,
    clock: deps.clock,
    timeoutMs: settings.timeoutMs,
  };
  const tokens = new OAuthTokenCache(
    {
      tokenUrl: new URL('/security/v1/oauth/token', settings.baseUrl),
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      style: 'basic',
    },
    http,
  );

  const trackOne = async (trackingNumber: string, signal?: AbortSignal): Promise<ParseResult> => {
    const url = new URL(`/api/track/v1/details/${encodeURIComponent(trackingNumber)}`, settings.baseUrl);
    url.searchParams.set('locale', settings.locale);
    url.searchParams.set('returnSignature', 'false');
    const response = await withBearerToken(tokens, signal, (token) =>
      sendCarrierRequest(
        http,
        {
          method: 'GET',
          url,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            transId: randomUUID(),
            transactionSrc: settings.transactionSrc,
          },
          dataStatuses: [400, 404],
        },
        signal,
      ),
    );
    if (response.status === 404) {
      const parsed = response.body === undefined ? { scans: [], problems: [] } : parseUps(response.body);
      const problems =
        parsed.problems.length > 0
          ? parsed.problems
          : [{ kind: 'not_found' as const, message: 'UPS does not know this number' }];
      return forNumber({ scans: [], problems }, trackingNumber, 'not_found', response.body);
    }
    return forNumber(
      parseUps(response.body),
      trackingNumber,
      response.status === 400 ? 'carrier_error' : undefined,
      response.body,
    );
  };

  return { track: (numbers, signal) => trackEach(numbers, (number) => trackOne(number, signal)) };
}
