import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { uspsAdapter } from '../../src/carriers/usps/index.js';
import { json } from '../helpers/carrier-stand-in.js';
import { describeRestClient } from './rest-client-cases.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/carriers/usps/fixtures/${name}.json`, import.meta.url), 'utf8'));

describeRestClient({
  adapter: uspsAdapter,
  settings: (baseUrl) => ({ baseUrl, clientId: 'usps-consumer-key', clientSecret: 'usps-secret-3c4d' }),
  secrets: ['usps-secret-3c4d'],
  tokenRoute: 'POST /oauth2/v3/token',
  trackRoute: 'GET /tracking/v3/tracking/:number',
  checkTokenRequest(request) {
    const form = new URLSearchParams(request.body);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_id')).toBe('usps-consumer-key');
    expect(form.get('scope')).toBe('tracking');
  },
  checkTrackRequest(request) {
    expect(request.query.get('expand')).toBe('DETAIL');
  },
  knownNumber: '9400111899223855732126',
  unknownNumber: '9400100000000000000000',
  knownPayload: fixture('in-transit-journey'),
  answerTrack(request, known) {
    const payload = known.get(request.params.number ?? '');
    return payload ? json(payload) : json(fixture('not-found'), 404);
  },
});
