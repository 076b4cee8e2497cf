import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveState } from './derive.js';
import { instantOf } from './instant.js';
import { isPhysicalScan } from './progression.js';
import { statusOf } from './status.js';
import type { TrackingEvent } from './tracking-event.js';
import { effectiveTimeline, orderTimeline } from './timeline.js';
import {
  EPOCH_2024,
  arrivalOrderArb,
  otherChannelCopyArb,
  substatusesOf,
  timelineArb,
  trackingEventArb,
} from './test-arbitraries.js';

const DAY = 86_400_000;
const BEFORE_DELIVERY = { min: EPOCH_2024, max: EPOCH_2024 + 10 * DAY };
const DELIVERED_AT = EPOCH_2024 + 11 * DAY;
const AFTER_DELIVERY = { min: EPOCH_2024 + 12 * DAY, max: EPOCH_2024 + 20 * DAY };
const LATER_STILL = { min: EPOCH_2024 + 21 * DAY, max: EPOCH_2024 + 25 * DAY };

/** Key pools that never meet, so scans added by a property cannot collide with the base timeline. */
const keysFrom = (prefix: string) => fc.integer({ min: 0, max: 1_000 }).map((n) => `${prefix}${n}`);

const strayArb = trackingEventArb({
  substatuses: substatusesOf([
    'pending',
    'info_received',
    'in_transit',
    'out_for_delivery',
    'available_for_pickup',
    'attempt_failed',
    'exception',
    'expired',
    'cancelled',
  ]),
  range: AFTER_DELIVERY,
  keys: keysFrom('stray-'),
});

const deliveryArb = trackingEventArb({ substatuses: substatusesOf(['delivered']) }).map(
  (event): TrackingEvent => ({
    ...event,
    occurredAt: new Date(DELIVERED_AT).toISOString(),
    dedupeKey: 'the-delivery',
    corrects: undefined,
  }),
);

/** A timeline heading for delivery: no return and no later scan yet. */
const forwardTimelineArb = timelineArb({
  substatuses: substatusesOf([
    'pending',
    'info_received',
    'in_transit',
    'out_for_delivery',
    'available_for_pickup',
    'attempt_failed',
    'exception',
    'delivered',
    'expired',
    'cancelled',
  ]),
  range: BEFORE_DELIVERY,
});

describe('deriveState, for any timeline', () => {
  it('does not depend on arrival order or on scans arriving more than once', () => {
    const arrivals = timelineArb().chain((timeline) =>
      fc
        .subarray(timeline)
        .chain((repeats) => fc.tuple(fc.constant(timeline), arrivalOrderArb([...timeline, ...repeats]))),
    );
    fc.assert(
      fc.property(arrivals, ([timeline, arrived]) => {
        expect(deriveState(arrived)).toEqual(deriveState(timeline));
        expect(effectiveTimeline(arrived)).toEqual(effectiveTimeline(timeline));
        expect(orderTimeline(arrived)).toEqual(orderTimeline([...arrived].reverse()));
      }),
    );
  });

  it('chooses between differing copies of one scan the same way whichever arrives first', () => {
    const arrivals = timelineArb().chain((timeline) =>
      fc
        .tuple(...timeline.map((event) => fc.option(otherChannelCopyArb(event), { nil: undefined })))
        .map((copies) => [...timeline, ...copies.filter((copy) => copy !== undefined)])
        .chain((all) => fc.tuple(arrivalOrderArb(all), arrivalOrderArb(all))),
    );
    fc.assert(
      fc.property(arrivals, ([oneOrder, another]) => {
        expect(deriveState(oneOrder)).toEqual(deriveState(another));
      }),
    );
  });

  it('is idempotent: a scan already in the timeline changes nothing when it arrives again', () => {
    fc.assert(
      fc.property(timelineArb(), fc.nat(), (timeline, pick) => {
        fc.pre(timeline.length > 0);
        const again = timeline[pick % timeline.length] as TrackingEvent;
        expect(deriveState([...timeline, again])).toEqual(deriveState(timeline));
      }),
    );
  });

  it('keeps its dates, counts and reason consistent with the status', () => {
    fc.assert(
      fc.property(timelineArb(), (timeline) => {
        const state = deriveState(timeline);
        const effective = effectiveTimeline(timeline);
        expect(statusOf(state.substatus)).toBe(state.status);
        expect(state.eventCount).toBe(effective.length);
        expect(state.deliveredAt !== null).toBe(state.status === 'delivered');
        expect(state.exceptionReason !== null).toBe(state.status === 'exception');
        expect(state.firstScanAt !== null).toBe(
          effective.some((event) => isPhysicalScan(statusOf(event.substatus))),
        );
        expect(state.lastEventAt !== null).toBe(effective.length > 0);
        if (state.deliveredAt !== null) {
          expect(state.firstScanAt).not.toBeNull();
          expect(instantOf(state.firstScanAt ?? '')).toBeLessThanOrEqual(instantOf(state.deliveredAt));
          expect(instantOf(state.deliveredAt)).toBeLessThanOrEqual(instantOf(state.lastEventAt ?? ''));
          expect(state.deliveryAttempts).toBeGreaterThanOrEqual(1);
        }
        if (state.firstScanAt !== null) {
          expect(instantOf(state.firstScanAt)).toBeLessThanOrEqual(instantOf(state.lastEventAt ?? ''));
        }
        for (const event of effective) {
          expect(instantOf(event.occurredAt)).toBeLessThanOrEqual(instantOf(state.lastEventAt ?? ''));
        }
      }),
    );
  });
});

describe('a delivered shipment', () => {
  const deliveredThenStrays = fc.tuple(forwardTimelineArb, deliveryArb, fc.array(strayArb, { maxLength: 6 }));

  it('stays delivered, at the same time and place, whatever non-return scans come later', () => {
    fc.assert(
      fc.property(deliveredThenStrays, ([before, delivery, strays]) => {
        const delivered = deriveState([...before, delivery]);
        expect(delivered.status).toBe('delivered');
        const later = deriveState([...before, delivery, ...strays]);
        expect(later).toMatchObject({
          status: delivered.status,
          substatus: delivered.substatus,
          deliveredAt: delivered.deliveredAt,
          deliveryAttempts: delivered.deliveryAttempts,
          lastLocation: delivered.lastLocation,
        });
      }),
    );
  });

  it('is overturned by a later return to sender', () => {
    const returned = trackingEventArb({
      substatuses: substatusesOf(['return_to_sender']),
      range: LATER_STILL,
      keys: keysFrom('return-'),
    }).map((event): TrackingEvent => ({ ...event, corrects: undefined }));
    fc.assert(
      fc.property(deliveredThenStrays, returned, ([before, delivery, strays], back) => {
        const state = deriveState([...before, delivery, ...strays, back]);
        expect(state).toMatchObject({
          status: 'return_to_sender',
          substatus: back.substatus,
          deliveredAt: null,
        });
      }),
    );
  });

  it('is overturned by a later explicit correction, which is taken as written', () => {
    const correction = fc
      .tuple(
        trackingEventArb({ range: LATER_STILL, keys: keysFrom('fix-') }),
        fc.constantFrom('the-delivery', 'a-scan-we-never-received'),
      )
      .map(([event, corrects]): TrackingEvent => ({ ...event, corrects }));
    fc.assert(
      fc.property(deliveredThenStrays, correction, ([before, delivery, strays], fix) => {
        expect(deriveState([...before, delivery, ...strays, fix]).substatus).toBe(fix.substatus);
      }),
    );
  });
});
