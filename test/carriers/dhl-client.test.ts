import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { dhlAdapter } from '../../src/carriers/dhl/index.js';
import { json } from '../helpers/carrier-stand-in.js';
import { describeRestClient } from './rest-client-cases.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/carriers/dhl/fixtures/${name}.json`, import.meta.url), 'utf8'));

describeRestClient({
  adapter: dhlAdapter,
  settings: (baseUrl) => ({ baseUrl, apiKey: 'dhl-key-7e6f' }),
  secrets: ['dhl-key-7e6f'],
  trackRoute: 'GET /track/shipments',
  checkTrackRequest(request) {
    expect(request.headers['dhl-api-key']).toBe('dhl-key-7e6f');
    expect(request.query.get('trackingNumber')).toBe('5284391070');
  },
  knownNumber: '5284391070',
  unknownNumber: '1234567890',
  knownPayload: fixture('in-transit-journey'),
  answerTrack(request, known) {
    const payload = known.get(request.query.get('trackingNumber') ?? '');
    return payload
      ? json(payload)
      : json(fixture('not-found'), 404, { 'content-type': 'application/problem+json' });
  },
});
