import type { CarrierProblem, CarrierScan, ParseResult, TrackingClient } from '../carrier.js';
import { adapterSettings } from '../http/adapter-settings.js';
import { sendCarrierRequest, type CarrierHttp } from '../http/carrier-http.js';
import { OAuthTokenCache, withBearerToken } from '../http/oauth-token.js';
import { FEDEX_MANIFEST } from './manifest.js';
import { parseFedex } from './parse.js';
import { FedexSettingsSchema } from './settings.js';

/**
 * FedEx Track API: OAuth client credentials (in the form body), then POST up to 30 numbers at a
 * time. A number FedEx does not know comes back as a per-number error (a problem); a number that
 * is missing from the answer altogether is reported as not found too, so none goes silent.
 */
export function createFedexClient(
  rawSettings: unknown,
  deps: { readonly fetch: typeof fetch; readonly clock: () => Date },
): TrackingClient {
  const settings = adapterSettings('fedex', FedexSettingsSchema, rawSettings);
  const http: CarrierHttp = {
    carrier: 'fedex',
    fetch: deps.fetch,
    clock: deps.clock,
    timeoutMs: settings.timeoutMs,
  };
  const tokens = new OAuthTokenCache(
    {
      tokenUrl: new URL('/oauth/token', settings.baseUrl),
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      style: 'body',
    },
    http,
  );
  const url = new URL('/track/v1/trackingnumbers', settings.baseUrl);

  const trackBatch = async (numbers: readonly string[], signal?: AbortSignal): Promise<ParseResult> => {
    const body = JSON.stringify({
      includeDetailedScans: true,
      trackingInfo: numbers.map((trackingNumber) => ({ trackingNumberInfo: { trackingNumber } })),
    });
    const response = await withBearerToken(tokens, signal, (token) =>
      sendCarrierRequest(
        http,
        {
          method: 'POST',
          url,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            accept: 'application/json',
            'x-locale': settings.locale,
          },
          body,
          dataStatuses: [400, 404],
        },
        signal,
      ),
    );
    const parsed = parseFedex(response.body ?? {});
    const answered = new Set<string>();
    for (const item of [...parsed.scans, ...parsed.problems])
      if (item.trackingNumber) answered.add(item.trackingNumber);
    // A request-level error (no number in it) explains every number it left unanswered.
    const requestError = parsed.problems.find((p) => !p.trackingNumber && p.kind !== 'invalid_payload');
    const missing = numbers
      .filter((number) => !answered.has(number))
      .map((trackingNumber): CarrierProblem =>
        requestError
          ? { ...requestError, trackingNumber }
          : { kind: 'not_found', message: 'FedEx returned nothing for this number', trackingNumber },
      );
    return { scans: parsed.scans, problems: [...parsed.problems, ...missing], answers: [response.body] };
  };

  return {
    async track(numbers, signal) {
      const scans: CarrierScan[] = [];
      const problems: CarrierProblem[] = [];
      for (let start = 0; start < numbers.length; start += FEDEX_MANIFEST.capabilities.batchSize) {
        const result = await trackBatch(
          numbers.slice(start, start + FEDEX_MANIFEST.capabilities.batchSize),
          signal,
        );
        scans.push(...result.scans);
        problems.push(...result.problems);
      }
      return { scans, problems };
    },
  };
}
