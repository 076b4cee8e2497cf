import type { ParseResult, TrackingClient } from '../carrier.js';
import { adapterSettings } from '../http/adapter-settings.js';
import { sendCarrierRequest, type CarrierHttp } from '../http/carrier-http.js';
import { forNumber, trackEach } from '../http/track-each.js';
import { parseDhl } from './parse.js';
import { DhlSettingsSchema } from './settings.js';

/**
 * DHL Unified Tracking: an API key header, one GET per number. A 404 problem body ("No shipment
 * with given tracking number found") is a not-found problem for that number.
 */
export function createDhlClient(
  rawSettings: unknown,
  deps: { readonly fetch: typeof fetch; readonly clock: () => Date },
): TrackingClient {
  const settings = adapterSettings('dhl', DhlSettingsSchema, rawSettings);
  const http: CarrierHttp = {
    carrier: 'dhl',
    fetch: deps.fetch,
    clock: deps.clock,
    timeoutMs: settings.timeoutMs,
  };

  const trackOne = async (trackingNumber: string, signal?: AbortSignal): Promise<ParseResult> => {
    const url = new URL('/track/shipments', settings.baseUrl);
    url.searchParams.set('trackingNumber', trackingNumber);
    url.searchParams.set('language', settings.language);
    if (settings.service) url.searchParams.set('service', settings.service);
    const response = await sendCarrierRequest(
      http,
      {
        method: 'GET',
        url,
        headers: { 'DHL-API-Key': settings.apiKey, accept: 'application/json' },
        dataStatuses: [400, 404],
      },
      signal,
    );
    if (response.status === 404 || response.status === 400) {
      const parsed = response.body === undefined ? { scans: [], problems: [] } : parseDhl(response.body);
      const problems =
        parsed.problems.length > 0
          ? parsed.problems
          : [{ kind: 'not_found' as const, message: 'DHL does not know this number' }];
      return forNumber(
        { scans: [], problems },
        trackingNumber,
        response.status === 404 ? 'not_found' : 'carrier_error',
      );
    }
    return forNumber(parseDhl(response.body), trackingNumber, undefined, response.body);
  };

  return { track: (numbers, signal) => trackEach(numbers, (number) => trackOne(number, signal)) };
}
