import type { ParseResult, TrackingClient } from '../carrier.js';
import { adapterSettings } from '../http/adapter-settings.js';
import { sendCarrierRequest, type CarrierHttp } from '../http/carrier-http.js';
import { forNumber, trackEach } from '../http/track-each.js';
import { parseEasypost } from './parse.js';
import { EasypostSettingsSchema } from './settings.js';

export interface EasypostClient extends TrackingClient {
  /** `POST /trackers`: creates the tracker, or returns the one EasyPost already has for the number. */
  createTracker(trackingNumber: string, signal?: AbortSignal): Promise<ParseResult>;
  /** `GET /trackers/{id}`. */
  retrieveTracker(trackerId: string, signal?: AbortSignal): Promise<ParseResult>;
}

// Error bodies EasyPost answers for one bad number (unknown code, invalid number): data for the parser.
const DATA_STATUSES = [400, 404, 422] as const;

/**
 * The EasyPost Trackers API, I/O only. A poll is `POST /trackers` per number: EasyPost answers
 * with the existing tracker for a number it already follows, so polling never piles up trackers,
 * and the answer is the same Tracker the webhook Events carry. Basic auth with the API key as
 * the user name; the key never appears in an error message.
 */
export function createEasypostClient(
  rawSettings: unknown,
  deps: { readonly fetch: typeof fetch; readonly clock: () => Date },
): EasypostClient {
  const settings = adapterSettings('easypost', EasypostSettingsSchema, rawSettings);
  const http: CarrierHttp = {
    carrier: 'easypost',
    fetch: deps.fetch,
    clock: deps.clock,
    timeoutMs: settings.timeoutMs,
  };
  const root = settings.baseUrl.replace(/\/+$/, '');
  const headers = {
    authorization: `Basic ${Buffer.from(`${settings.apiKey}:`).toString('base64')}`,
    accept: 'application/json',
  };

  const createTracker = async (trackingNumber: string, signal?: AbortSignal): Promise<ParseResult> => {
    const tracker = {
      tracking_code: trackingNumber,
      ...(settings.trackerCarrier ? { carrier: settings.trackerCarrier } : {}),
    };
    const response = await sendCarrierRequest(
      http,
      {
        method: 'POST',
        url: new URL(`${root}/trackers`),
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ tracker }),
        dataStatuses: DATA_STATUSES,
      },
      signal,
    );
    return forNumber(parseEasypost(response.body ?? {}), trackingNumber, undefined, response.body);
  };

  return {
    createTracker,
    async retrieveTracker(trackerId, signal) {
      const response = await sendCarrierRequest(
        http,
        {
          method: 'GET',
          url: new URL(`${root}/trackers/${encodeURIComponent(trackerId)}`),
          headers,
          dataStatuses: DATA_STATUSES,
        },
        signal,
      );
      return parseEasypost(response.body ?? {});
    },
    track: (numbers, signal) => trackEach(numbers, (number) => createTracker(number, signal)),
  };
}
