import { afterAll, describe, expect, it } from 'vitest';
import { UPS_MANIFEST } from '../../src/carriers/ups/manifest.js';
import { detect } from '../../src/numbers/detect.js';
import type { CarrierStandIn } from '../helpers/carrier-stand-in.js';
import { freshPostgresSchemaUrl } from '../helpers/dialects.js';
import { pollingUps, upsStandIn } from '../helpers/ups-stand-in.js';
import { waitFor } from '../helpers/wait.js';
import { killAllWebhooksServers, startWebhooksServer } from '../notify/webhooks-process.js';
import { NODE_CONFIG } from './node-config.js';

// Issue 14: N nodes together never exceed a carrier's quota. Three worker processes on one
// PostgreSQL poll a local UPS stand-in; the token bucket they share lives in the database.
describe('worker processes sharing a carrier quota on PostgreSQL', () => {
  let carrier: CarrierStandIn | undefined;
  afterAll(async () => {
    await killAllWebhooksServers();
    await carrier?.close();
  });

  it(
    'three worker processes polling one carrier stay together within its token bucket',
    { timeout: 300_000 },
    async () => {
      const { ratePerSecond, burst } = UPS_MANIFEST.capabilities;
      const arrivals: number[] = [];
      carrier = await upsStandIn(() => arrivals.push(Date.now()));
      const url = await freshPostgresSchemaUrl();
      const config = { ...NODE_CONFIG, ...pollingUps(carrier) };
      const api = await startWebhooksServer(url, config, 'api');
      // Enough parcels due at once to keep three workers busy for several seconds at the rate.
      const parcels = 80;
      for (let i = 0; i < parcels; i += 1) {
        const registered = await fetch(`${api.url}/v1/shipments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${api.apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ trackingNumber: upsNumber(i), carrier: 'ups' }),
        });
        expect(registered.status).toBe(201);
      }
      await Promise.all([0, 1, 2].map(() => startWebhooksServer(url, config, 'worker')));
      const wanted = burst + 8 * ratePerSecond;
      await waitFor(() => arrivals.length >= wanted, `${wanted} tracking requests`, 120_000);
      await killAllWebhooksServers();

      // However the workers interleave, the k-th request since the first came no sooner than the
      // bucket allows: burst at once, then the rate. Arrival times are not take times: a request
      // reaches the stand-in some time after its token was taken (the first ones after fetching an
      // OAuth token), so half a second of that delay and one token for clock steps are allowed.
      // Buckets of their own would let the three send three bursts and three times the rate: 60
      // requests by +2 s instead of 20.
      const first = arrivals[0]!;
      for (const [k, at] of arrivals.entries()) {
        const allowed = burst + (ratePerSecond * (at - first + 500)) / 1000 + 1;
        expect(k + 1, `request ${k + 1} at +${at - first} ms`).toBeLessThanOrEqual(allowed);
      }
      // And they used it: three workers with 4 requests in flight each pressed against the limit.
      const seconds = (arrivals.at(-1)! - first) / 1000;
      expect(arrivals.length).toBeGreaterThanOrEqual(0.7 * (burst + ratePerSecond * seconds));
    },
  );
});

/** A UPS 1Z number with a right check digit (the stand-in answers any number). */
function upsNumber(i: number): string {
  const body = `1Z4F87W203${String(i).padStart(7, '0')}`;
  for (let digit = 0; digit < 10; digit += 1) {
    const number = `${body}${digit}`;
    if (detect(number).candidates.some((c) => c.carrier === 'ups' && c.checkDigit === 'verified'))
      return number;
  }
  throw new Error(`no check digit fits ${body}`);
}
