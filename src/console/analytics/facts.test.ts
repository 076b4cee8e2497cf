import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Shipment } from '../../domain/shipment.js';
import type { TrackingEvent } from '../../domain/tracking-event.js';
import { deliveredFacts, hoursPerStatus, type Increment } from './facts.js';
import { percentiles } from './report.js';

const shipment = (overrides: Partial<Shipment> = {}): Shipment => ({
  id: 'S1',
  tenantId: 'T1',
  trackingNumber: 'N1',
  carrier: 'ups',
  service: 'Ground',
  orderRef: null,
  origin: { country: 'DE' },
  destination: { country: 'DE', city: 'Berlin' },
  promisedDate: '2026-11-27',
  orderedAt: null,
  status: 'delivered',
  substatus: 'delivered.standard',
  exceptionReason: null,
  lastLocation: null,
  lastEventAt: null,
  deliveredAt: '2026-11-26T15:00:00.000Z',
  firstScanAt: '2026-11-20T09:00:00.000Z',
  deliveryAttempts: 1,
  stalled: false,
  estimate: null,
  estimateChange: null,
  delayReasons: [],
  createdAt: '2026-11-19T20:00:00.000Z',
  updatedAt: '2026-11-26T15:00:00.000Z',
  ...overrides,
});

const scan = (
  occurredAt: string,
  status: TrackingEvent['status'],
  substatus: TrackingEvent['substatus'],
): TrackingEvent => ({
  occurredAt,
  zone: 'Europe/Berlin',
  status,
  substatus,
  rawCode: status,
  rawDescription: '',
  location: null,
  source: { adapter: 'api', mode: 'push' },
  dedupeKey: `${occurredAt}-${status}`,
});

const of = (facts: Increment[], metric: string) => facts.filter((f) => f.metric === metric);

describe('what a delivery adds to the analytics', () => {
  const events = [
    scan('2026-11-20T09:00:00.000Z', 'in_transit', 'in_transit.picked_up'),
    scan('2026-11-25T08:00:00.000Z', 'out_for_delivery', 'out_for_delivery.on_vehicle'),
    scan('2026-11-25T16:00:00.000Z', 'attempt_failed', 'attempt_failed.recipient_absent'),
    scan('2026-11-26T15:00:00.000Z', 'delivered', 'delivered.standard'),
  ];

  it('counts transit in business days from the first scan, on the destination’s delivery day', () => {
    const facts = deliveredFacts(shipment(), events, null);
    // Fri 20 → Thu 26 Nov: Mon, Tue, Wed, Thu = 4 business days.
    expect(of(facts, 'transit_bd')).toEqual([
      expect.objectContaining({
        day: '2026-11-26',
        bucket: 4,
        lane: 'DE→DE',
        carrier: 'ups',
        service: 'Ground',
      }),
    ]);
    expect(of(facts, 'delivered')).toHaveLength(1);
  });

  it('takes the first attempt, not the delivery, against the promise and the first estimate', () => {
    const facts = deliveredFacts(shipment({ promisedDate: '2026-11-25' }), events, {
      mostLikely: '2026-11-24',
      earliest: '2026-11-23',
      latest: '2026-11-25',
      probabilityByPromise: 0.72,
    });
    expect(of(facts, 'first_attempt')[0]?.bucket).toBe(0);
    expect(of(facts, 'on_time_promise')[0]?.bucket).toBe(1);
    expect(of(facts, 'on_time_estimate')[0]?.bucket).toBe(1);
    expect(of(facts, 'eta_abs_error')[0]?.bucket).toBe(2);
    expect(of(facts, 'eta_in_window')[0]?.bucket).toBe(0);
    expect(of(facts, 'calibration')[0]).toMatchObject({ bucket: 7, total: 0.72 });
    // Delivered on the 26th, promised for the 25th: the calibration counts no hit.
    expect(of(facts, 'calibration_hit')).toEqual([]);
  });

  it('adds nothing without a delivery time', () => {
    expect(deliveredFacts(shipment({ deliveredAt: null }), events.slice(0, 2), null)).toEqual([]);
  });

  it('sums the hours spent in each status up to delivery', () => {
    const hours = hoursPerStatus(events, '2026-11-26T15:00:00.000Z');
    expect(hours.get('in_transit')).toBeCloseTo(119, 5);
    expect(hours.get('out_for_delivery')).toBeCloseTo(8, 5);
    expect(hours.get('attempt_failed')).toBeCloseTo(23, 5);
    expect(hours.has('delivered')).toBe(false);
  });
});

describe('nearest-rank percentiles from counts', () => {
  it('equal the percentiles of the sorted values they count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 300 }), (values) => {
        const counts = new Map<number, number>();
        for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
        const result = percentiles([...counts].map(([bucket, count]) => ({ bucket, count })));
        const sorted = [...values].sort((a, b) => a - b);
        const rank = (p: number) => sorted[Math.ceil(p * sorted.length) - 1];
        expect(result).toEqual({ n: values.length, p50: rank(0.5), p80: rank(0.8), p95: rank(0.95) });
      }),
      { numRuns: 500 },
    );
  });

  it('are empty for no parcels', () => {
    expect(percentiles([])).toEqual({ n: 0, p50: null, p80: null, p95: null });
  });
});
