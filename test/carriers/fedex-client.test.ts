import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { fedexAdapter } from '../../src/carriers/fedex/index.js';
import { json } from '../helpers/carrier-stand-in.js';
import { describeRestClient } from './rest-client-cases.js';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../src/carriers/fedex/fixtures/${name}.json`, import.meta.url), 'utf8'),
  );

interface FedexRequest {
  trackingInfo: { trackingNumberInfo: { trackingNumber: string } }[];
}
interface FedexAnswer {
  output: { completeTrackResults: { trackingNumber: string }[] };
}

describeRestClient({
  adapter: fedexAdapter,
  settings: (baseUrl) => ({ baseUrl, clientId: 'fedex-api-key', clientSecret: 'fedex-secret-9a8b' }),
  secrets: ['fedex-secret-9a8b'],
  tokenRoute: 'POST /oauth/token',
  trackRoute: 'POST /track/v1/trackingnumbers',
  checkTokenRequest(request) {
    const form = new URLSearchParams(request.body);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_id')).toBe('fedex-api-key');
    expect(form.get('client_secret')).toBe('fedex-secret-9a8b');
  },
  knownNumber: '794461726509',
  unknownNumber: '123456789012',
  knownPayload: fixture('in-transit-journey'),
  // FedEx answers a batch in one body: a result per known number, a per-number error for the rest.
  answerTrack(request, known) {
    const asked = (JSON.parse(request.body) as FedexRequest).trackingInfo.map(
      (t) => t.trackingNumberInfo.trackingNumber,
    );
    const completeTrackResults = asked.map((number) => {
      const payload = known.get(number) as FedexAnswer | undefined;
      return (
        payload?.output.completeTrackResults.find((r) => r.trackingNumber === number) ?? {
          trackingNumber: number,
          trackResults: [
            {
              trackingNumberInfo: { trackingNumber: number, carrierCode: '', trackingNumberUniqueId: '' },
              error: {
                code: 'TRACKING.TRACKINGNUMBER.NOTFOUND',
                message: 'Tracking number cannot be found.',
              },
            },
          ],
        }
      );
    });
    return json({ transactionId: 'stand-in', output: { completeTrackResults } });
  },
});
