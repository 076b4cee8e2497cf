import { describe, expect, it } from 'vitest';
import type { Shipment } from '../domain/shipment.js';
import type { TrackingEvent } from '../domain/tracking-event.js';
import { Estimator } from './estimator.js';

function delivered(deliveredAt: string, window: { earliest: string; latest: string }): Shipment {
  return {
    id: 'S1',
    tenantId: 'T1',
    trackingNumber: '1Z999AA10123456784',
    carrier: 'ups',
    service: 'ground',
    orderRef: null,
    origin: { country: 'US', region: 'CA' },
    destination: { country: 'US', region: 'NY' },
    promisedDate: null,
    orderedAt: null,
    status: 'delivered',
    substatus: 'delivered.standard',
    exceptionReason: null,
    lastLocation: null,
    lastEventAt: deliveredAt,
    deliveredAt,
    firstScanAt: '2026-11-02T15:00:00Z',
    deliveryAttempts: 1,
    stalled: false,
    estimate: {
      mostLikely: window.earliest,
      earliest: window.earliest,
      latest: window.latest,
      confidence: 0.8,
      basis: 'test',
      predictedAt: '2026-11-03T12:00:00Z',
    },
    estimateChange: null,
    delayReasons: [],
    createdAt: '2026-11-02T12:00:00Z',
    updatedAt: deliveredAt,
  };
}

describe('Estimator feedback on shown windows', () => {
  it('tells the model whether the last window shown held the delivery day, in the destination zone', () => {
    const estimator = new Estimator();
    // 03:00 UTC on the 7th is still the 6th in New York: inside a window ending on the 6th.
    estimator.observe(
      delivered('2026-11-07T03:00:00Z', { earliest: '2026-11-05', latest: '2026-11-06' }),
      [],
    );
    estimator.observe(
      delivered('2026-11-10T18:00:00Z', { earliest: '2026-11-05', latest: '2026-11-06' }),
      [],
    );
    estimator.observe(
      delivered('2026-11-04T18:00:00Z', { earliest: '2026-11-05', latest: '2026-11-06' }),
      [],
    );
    const purchase = estimator.model.windowCalibration().purchase;
    expect(purchase.outcomes).toBe(3);
    // One of three held: the moving share is a third.
    expect(purchase.coverage).toBeCloseTo(1 / 3, 5);
  });

  it('ignores a delivered shipment that never had an estimate', () => {
    const estimator = new Estimator();
    const shipment = {
      ...delivered('2026-11-07T03:00:00Z', { earliest: '2026-11-05', latest: '2026-11-06' }),
      estimate: null,
    };
    estimator.observe(shipment, []);
    expect(estimator.deliveriesObserved).toBe(1);
    expect(Object.values(estimator.model.windowCalibration()).every((c) => c.outcomes === 0)).toBe(true);
  });
});

describe('Estimator timing from the order', () => {
  it('counts "from purchase" from when the customer ordered, not from registration', () => {
    const registeredLate = {
      ...delivered('2026-11-20T12:00:00Z', { earliest: '2026-11-19', latest: '2026-11-20' }),
      status: 'pending' as const,
      substatus: 'pending.registered' as const,
      deliveredAt: null,
      lastEventAt: null,
      firstScanAt: null,
      estimate: null,
      createdAt: '2026-11-16T12:00:00Z',
    };
    const estimator = new Estimator();
    const now = new Date('2026-11-16T12:00:00Z');
    const fromRegistration = estimator.predict(registeredLate, [], now)!;
    const fromOrder = estimator.predict({ ...registeredLate, orderedAt: '2026-11-02T12:00:00Z' }, [], now)!;
    // The order is two weeks older: the parcel is due sooner than a fresh registration says.
    expect(fromOrder.mostLikely < fromRegistration.mostLikely).toBe(true);
  });
});

describe("Estimator and the merchant's handling time", () => {
  const pickedUp = (at: string): TrackingEvent =>
    ({ occurredAt: at, substatus: 'in_transit.picked_up' }) as TrackingEvent;
  const day = (n: number): string => new Date(Date.UTC(2026, 8, 1) + n * 86_400_000).toISOString();

  it('learns each tenant’s time from order to hand-over, so a slow shop’s parcels are due later', () => {
    const estimator = new Estimator();
    for (let n = 0; n < 120; n++) {
      for (const [tenantId, handling] of [
        ['quick', 0],
        ['slow', 7],
      ] as const) {
        const shipment = {
          ...delivered(day(n + handling + 3), { earliest: day(0).slice(0, 10), latest: day(0).slice(0, 10) }),
          tenantId,
          orderedAt: day(n),
          estimate: null,
        };
        estimator.observe(shipment, [pickedUp(day(n + handling))]);
      }
    }
    const ordered = (tenantId: string) => ({
      ...delivered(day(200), { earliest: day(0).slice(0, 10), latest: day(0).slice(0, 10) }),
      tenantId,
      status: 'pending' as const,
      substatus: 'pending.registered' as const,
      deliveredAt: null,
      firstScanAt: null,
      estimate: null,
      orderedAt: day(130),
    });
    const now = new Date(day(130));
    const quick = estimator.predict(ordered('quick'), [], now)!;
    const slow = estimator.predict(ordered('slow'), [], now)!;
    expect(Date.parse(slow.mostLikely) - Date.parse(quick.mostLikely)).toBeGreaterThanOrEqual(4 * 86_400_000);
  });
});
