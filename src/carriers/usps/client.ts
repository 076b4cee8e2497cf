import type { ParseResult, TrackingClient } from '../carrier.js';
import { adapterSettings } from '../http/adapter-settings.js';
import { sendCarrierRequest, type CarrierHttp } from '../http/carrier-http.js';
import { OAuthTokenCache, withBearerToken } from '../http/oauth-token.js';
import { forNumber, trackEach } from '../http/track-each.js';
import { parseUsps } from './parse.js';
import { UspsSettingsSchema } from './settings.js';

/**
 * USPS Tracking v3: OAuth client credentials (scope `tracking`), then one GET per number with
 * expand=DETAIL. A 404 (or 400 for a malformed number) is a problem for that number.
 */
export function createUspsClient(
  rawSettings: unknown,
  deps: { readonly fetch: typeof fetch; readonly clock: () => Date },
): TrackingClient {
  const settings = adapterSettings('usps', UspsSettingsSchema, rawSettings);
  const http: CarrierHttp = {
    carrier: 'usps',
    fetch: deps.fetch,
    clock: deps.clock,
    timeoutMs: settings.timeoutMs,
  };
  const tokens = new OAuthTokenCache(
    {
      tokenUrl: new URL('/oauth2/v3/token', settings.baseUrl),
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      style: 'body',
      scope: 'tracking',
    },
    http,
  );

  const trackOne = async (trackingNumber: string, signal?: AbortSignal): Promise<ParseResult> => {
    const url = new URL(`/tracking/v3/tracking/${encodeURIComponent(trackingNumber)}`, settings.baseUrl);
    url.searchParams.set('expand', 'DETAIL');
    const response = await withBearerToken(tokens, signal, (token) =>
      sendCarrierRequest(
        http,
        {
          method: 'GET',
          url,
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          dataStatuses: [400, 404],
        },
        signal,
      ),
    );
    if (response.status === 404 || response.status === 400) {
      const parsed = response.body === undefined ? { scans: [], problems: [] } : parseUsps(response.body);
      const problems =
        parsed.problems.length > 0
          ? parsed.problems
          : [{ kind: 'not_found' as const, message: 'USPS does not know this number' }];
      return forNumber(
        { scans: [], problems },
        trackingNumber,
        response.status === 404 ? 'not_found' : 'carrier_error',
      );
    }
    return forNumber(parseUsps(response.body), trackingNumber, undefined, response.body);
  };

  return { track: (numbers, signal) => trackEach(numbers, (number) => trackOne(number, signal)) };
}
