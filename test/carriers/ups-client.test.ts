import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { upsAdapter } from '../../src/carriers/ups/index.js';
import { json } from '../helpers/carrier-stand-in.js';
import { describeRestClient } from './rest-client-cases.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/carriers/ups/fixtures/${name}.json`, import.meta.url), 'utf8'));

describeRestClient({
  adapter: upsAdapter,
  settings: (baseUrl) => ({ baseUrl, clientId: 'ups-client-id', clientSecret: 'ups-secret-5d1e' }),
  secrets: ['ups-secret-5d1e', Buffer.from('ups-client-id:ups-secret-5d1e').toString('base64')],
  tokenRoute: 'POST /security/v1/oauth/token',
  trackRoute: 'GET /api/track/v1/details/:number',
  checkTokenRequest(request) {
    // UPS takes the client credentials as HTTP Basic, not in the form.
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from('ups-client-id:ups-secret-5d1e').toString('base64')}`,
    );
    expect(request.body).toBe('grant_type=client_credentials');
  },
  checkTrackRequest(request) {
    expect(request.headers.transid).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.headers.transactionsrc).toBe('waybill');
  },
  knownNumber: '1Z4F87W20342619083',
  unknownNumber: '1Z0000000000000000',
  knownPayload: fixture('in-transit-journey'),
  answerTrack(request, known) {
    const payload = known.get(request.params.number ?? '');
    return payload ? json(payload) : json(fixture('not-found'), 404);
  },
});
