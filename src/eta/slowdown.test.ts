import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { epochDayOf, parseIsoDate } from './calendar/civil-day.js';
import { EVERY_DAY } from './calendar/delivery-days.js';
import { EtaModel } from './eta-model.js';
import { OpenParcels, type Survival } from './slowdown.js';

const DAY = 86_400_000;

/** Survival of a transit that takes exactly `days` (a point mass). */
const exactly =
  (days: number): Survival =>
  (e) =>
    e < days ? 1 : 0;

describe('open parcels as censored observations', () => {
  it('finds no delay when cohorts arrive as the learned survival says (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 5, max: 60 }), (days, perDay) => {
        const open = new OpenParcels();
        const today = 20_000;
        for (let d = today - 30; d < today; d++) {
          for (let i = 0; i < perDay; i++) open.handedOver('L', d);
          // Those whose transit has run out by today have arrived.
          if (today - d >= days) for (let i = 0; i < perDay; i++) open.delivered('L', d);
        }
        expect(
          open.shiftOf(
            'L',
            today,
            () => exactly(days),
            (d) => today - d,
          ),
        ).toBe(0);
      }),
    );
  });

  it('finds the delay of a lane that slowed down, from parcels not yet arrived (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 8 }), (days, delay) => {
        const open = new OpenParcels();
        const today = 20_000;
        // A smooth survival (geometric tail) so every elapsed time carries information.
        const survival: Survival = (e) => (e < days ? 1 : Math.pow(0.3, e - days + 1));
        for (let d = today - 20; d < today; d++) {
          const n = 200;
          for (let i = 0; i < n; i++) open.handedOver('L', d);
          const arrived = Math.round(n * (1 - survival(today - d - delay)));
          for (let i = 0; i < arrived; i++) open.delivered('L', d);
        }
        expect(
          open.shiftOf(
            'L',
            today,
            () => survival,
            (d) => today - d,
          ),
        ).toBe(delay);
      }),
    );
  });

  it('forgets cohorts past the horizon, and lanes with nothing left', () => {
    const open = new OpenParcels();
    open.handedOver('L', 100);
    expect(open.tracks('L')).toBe(true);
    expect(
      open.shiftOf(
        'L',
        200,
        () => exactly(3),
        (d) => 200 - d,
      ),
    ).toBe(0);
    expect(open.tracks('L')).toBe(false);
  });
});

describe('a step change in transit time, seen by the model', () => {
  const lane = {
    carrier: 'acme',
    service: 'road',
    origin: { country: 'BR', region: 'SP' },
    destination: { country: 'BR', region: 'RJ' },
  };
  const zone = 'UTC';
  const start = Date.UTC(2026, 0, 5, 10);
  const stepDay = 150;
  const perDay = 30;

  /**
   * 150 days of parcels that take 3 days, then from the step on 10 days. Each model sees the
   * hand-overs and deliveries up to `until` (days after the start) as they would have happened.
   */
  function replay(model: EtaModel, until: number): void {
    for (let day = 0; day < until; day++) {
      const transit = day < stepDay ? 3 : 10;
      for (let i = 0; i < perDay; i++) {
        const shippedAt = start + day * DAY + i * 60_000;
        model.handedOver({ lane, zone, at: shippedAt });
        const deliveredAt = shippedAt + transit * DAY;
        if (deliveredAt < start + until * DAY)
          model.observe({ lane, zone, deliveredAt, milestones: { shipped: shippedAt } });
      }
    }
  }

  function predictedTransit(model: EtaModel, day: number): number {
    const at = start + day * DAY;
    const prediction = model.predict({ lane, zone, milestone: 'shipped', milestoneAt: at, now: at });
    const shipped = epochDayOf(2026, 1, 5) + day;
    return parseIsoDate(prediction.mostLikely)! - shipped;
  }

  const options = { deliveryDaysOf: () => EVERY_DAY, adaptiveWindow: false };

  it('reacts to the slowdown from the parcels under way before any slow parcel has arrived', () => {
    const censored = new EtaModel(options);
    const waiting = new EtaModel({ ...options, censored: false });
    // Five days after the step: the first slow parcels are due on day 160, none has arrived.
    replay(censored, stepDay + 5);
    replay(waiting, stepDay + 5);
    expect(predictedTransit(waiting, stepDay + 5)).toBe(3);
    expect(predictedTransit(censored, stepDay + 5)).toBeGreaterThanOrEqual(6);
  });

  it('leaves a lane that keeps its pace exactly as the plain model sees it', () => {
    const censored = new EtaModel(options);
    const waiting = new EtaModel({ ...options, censored: false });
    replay(censored, stepDay - 1);
    replay(waiting, stepDay - 1);
    const at = start + 140 * DAY;
    const query = { lane, zone, milestone: 'shipped' as const, milestoneAt: at, now: at };
    expect(censored.predict(query)).toEqual(waiting.predict(query));
  });
});
