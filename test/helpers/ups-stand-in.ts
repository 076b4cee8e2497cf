import { readFileSync } from 'node:fs';
import { json, startCarrierStandIn, type CarrierStandIn } from './carrier-stand-in.js';

/** The UPS number of the fixture journey the stand-in answers with. */
export const UPS_NUMBER = '1Z4F87W20342619083';

const journey: unknown = JSON.parse(
  readFileSync(new URL('../../src/carriers/ups/fixtures/in-transit-journey.json', import.meta.url), 'utf8'),
);

/**
 * A local UPS that grants a token and answers every tracking request with the fixture journey;
 * `onTrack` hears of each tracking request as it arrives.
 */
export async function upsStandIn(onTrack?: (number: string) => void): Promise<CarrierStandIn> {
  const standIn = await startCarrierStandIn();
  standIn.route('POST /security/v1/oauth/token', () =>
    json({ access_token: 't', token_type: 'Bearer', expires_in: 3600 }),
  );
  standIn.route('GET /api/track/v1/details/:number', (request) => {
    onTrack?.(request.params.number ?? '');
    return json(journey);
  });
  return standIn;
}

/** Server config overrides that point the poller at the stand-in, ticking fast. */
export function pollingUps(standIn: CarrierStandIn): Record<string, unknown> {
  return {
    'carriers.polling.tickMilliseconds': 50,
    'carriers.accounts': { ups: { baseUrl: standIn.url, clientId: 'id', clientSecret: 'secret' } },
  };
}
