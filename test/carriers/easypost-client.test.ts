import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEasypostClient, easypostAdapter } from '../../src/carriers/easypost/index.js';
import { json, startCarrierStandIn } from '../helpers/carrier-stand-in.js';
import { describeRestClient } from './rest-client-cases.js';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../src/carriers/easypost/fixtures/${name}.json`, import.meta.url), 'utf8'),
  );

const API_KEY = 'EZAK-secret-5e6f';

describeRestClient({
  adapter: easypostAdapter,
  settings: (baseUrl) => ({ baseUrl: `${baseUrl}/v2`, apiKey: API_KEY }),
  secrets: [API_KEY],
  trackRoute: 'POST /v2/trackers',
  checkTrackRequest(request) {
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`);
    expect(JSON.parse(request.body)).toEqual({ tracker: { tracking_code: '9400111899223855732126' } });
  },
  knownNumber: '9400111899223855732126',
  unknownNumber: 'EZ1000000001',
  knownPayload: fixture('tracker-delivered-signed'),
  // EasyPost creates (or returns) a tracker for any number; one it cannot find yet has no details.
  answerTrack(request, known) {
    const asked = (JSON.parse(request.body) as { tracker: { tracking_code: string } }).tracker.tracking_code;
    return json(
      known.get(asked) ?? {
        id: 'trk_x',
        object: 'Tracker',
        tracking_code: asked,
        status: 'unknown',
        tracking_details: [],
      },
      201,
    );
  },
});

describe('EasyPost client: reading a tracker back', () => {
  it('GETs /trackers/{id} under the configured base URL and parses the Tracker', async () => {
    const standIn = await startCarrierStandIn();
    try {
      standIn.route('GET /v2/trackers/:id', (request) =>
        request.params.id === 'trk_0a1b2c3d4e5f6a7b'
          ? json(fixture('tracker-delivered-signed'))
          : json(fixture('error-not-found'), 404),
      );
      const client = createEasypostClient(
        { baseUrl: `${standIn.url}/v2/`, apiKey: API_KEY },
        { fetch, clock: () => new Date() },
      );
      const found = await client.retrieveTracker('trk_0a1b2c3d4e5f6a7b');
      expect(found.scans.at(-1)).toMatchObject({
        status: 'delivered.signed',
        trackingNumber: '9400111899223855732126',
      });
      const missing = await client.retrieveTracker('trk_missing');
      expect(missing).toMatchObject({ scans: [], problems: [{ kind: 'not_found' }] });
    } finally {
      await standIn.close();
    }
  });
});
