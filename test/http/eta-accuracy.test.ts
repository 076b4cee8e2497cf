import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyticsSubscriber } from '../../src/console/analytics/subscriber.js';
import { appendToOutbox } from '../../src/store/repositories/outbox.js';
import {
  countedDeliveries,
  consoleHarness,
  shipmentWithScans,
  type ConsoleHarness,
} from '../console/harness.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';

// GET /v1/analytics/eta-accuracy: each delivered shipment's first estimate against the day it
// arrived, by carrier and lane, as the console's analytics count it.

const window = (earliest: string, mostLikely: string, latest: string) => ({
  earliest,
  mostLikely,
  latest,
  confidence: 0.8,
  basis: 'test',
  predictedAt: '2026-11-20T08:00:00.000Z',
});

describe.each(DIALECTS)('delivery-date accuracy over the API (%s)', (dialect) => {
  let h: ConsoleHarness;
  beforeEach(async () => {
    h = await consoleHarness(dialect);
    h.relay.subscribe(analyticsSubscriber(h.store));
    h.relay.start();
  });
  afterEach(async () => h.close());

  /** A parcel shown `shown` as its first estimate, then delivered on `deliveredOn` (UTC noon). */
  async function parcel(
    number: string,
    carrier: string,
    country: string,
    shown: ReturnType<typeof window>,
    deliveredOn: string,
  ) {
    const id = await shipmentWithScans(h, h.auth, {
      trackingNumber: number,
      carrier,
      origin: { country: 'DE' },
      destination: { country },
      scans: [{ occurredAt: '2026-11-20T09:00:00Z', status: 'in_transit.picked_up' }],
    });
    await h.store.db.transaction().execute((trx) =>
      appendToOutbox(
        trx,
        h.store.caps,
        [
          {
            tenantId: h.tenantId,
            shipmentId: id,
            type: 'eta.changed',
            payload: { shipmentId: id, previous: null, window: shown, shiftDays: null },
          },
        ],
        new Date(),
      ),
    );
    const posted = await h.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: h.auth,
      payload: {
        events: [
          { trackingNumber: number, carrier, occurredAt: `${deliveredOn}T12:00:00Z`, status: 'delivered' },
        ],
      },
    });
    expect(posted.statusCode).toBe(200);
  }

  it('gives the error and coverage of first estimates, by carrier and lane, and refuses a bad period', async () => {
    await parcel(
      'ACCU0000000001',
      'ups',
      'FR',
      window('2026-11-23', '2026-11-24', '2026-11-25'),
      '2026-11-24',
    );
    await parcel(
      'ACCU0000000002',
      'ups',
      'FR',
      window('2026-11-23', '2026-11-24', '2026-11-25'),
      '2026-11-28',
    );
    await parcel(
      'ACCU0000000003',
      'dhl',
      'DE',
      window('2026-11-22', '2026-11-23', '2026-11-24'),
      '2026-11-24',
    );
    await waitFor(
      async () => (await countedDeliveries(h.store)) === 3,
      'the rollups to count every delivery',
    );

    const res = await h.app.inject({
      url: '/v1/analytics/eta-accuracy?from=2026-11-01&to=2026-11-30',
      headers: h.auth,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Errors 0, 4 and 1 days; two of three inside their window.
    expect(body).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-30',
      n: 3,
      coverage: { hits: 2, total: 3 },
    });
    expect(body.maeDays).toBeCloseTo(5 / 3);
    expect(body.byCarrier).toEqual([
      { carrier: 'dhl', n: 1, maeDays: 1, coverage: { hits: 1, total: 1, rate: 1 } },
      { carrier: 'ups', n: 2, maeDays: 2, coverage: { hits: 1, total: 2, rate: 0.5 } },
    ]);
    expect(
      body.byLane.map((l: { carrier: string; lane: string; n: number }) => [l.carrier, l.lane, l.n]),
    ).toEqual([
      ['dhl', 'DE→DE', 1],
      ['ups', 'DE→FR', 2],
    ]);
    const ups = await h.app.inject({
      url: '/v1/analytics/eta-accuracy?from=2026-11-01&to=2026-11-30&carrier=ups',
      headers: h.auth,
    });
    expect(ups.json().n).toBe(2);

    for (const [query, field] of [
      ['from=2026-12-01&to=2026-11-01', 'querystring.from'],
      ['from=2024-01-01&to=2026-11-30', 'querystring.from'],
      ['to=2026-02-30', 'querystring.to'],
      ['colour=red', 'querystring.colour'],
    ] as const) {
      const bad = await h.app.inject({ url: `/v1/analytics/eta-accuracy?${query}`, headers: h.auth });
      expect(bad.statusCode, query).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(bad.json()), query).toContain(field);
    }
    expect((await h.app.inject({ url: '/v1/analytics/eta-accuracy' })).statusCode).toBe(401);
  });
});
