import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { epochDayOf, isoDateOf, type EpochDay } from './calendar/civil-day.js';
import { deliveryCalendarFor } from './calendar/delivery-calendar.js';
import { EVERY_DAY, MONDAY_TO_FRIDAY } from './calendar/delivery-days.js';
import type { DeliveredShipment } from './eta-inputs.js';
import { EtaModel } from './eta-model.js';
import { convolveHandling, handlingKeysOf } from './handling.js';
import type { Lane } from './lane.js';
import { normalise } from './pmf.js';

const everyDay = deliveryCalendarFor(EVERY_DAY);
const weekdays = deliveryCalendarFor(MONDAY_TO_FRIDAY);
const mean = (pmf: Float64Array): number => pmf.reduce((sum, p, i) => sum + p * i, 0);
const pmfOf = (weights: number[], size: number): Float64Array => {
  const pmf = new Float64Array(size);
  weights.forEach((w, i) => (pmf[i] = w));
  return normalise(pmf);
};

describe('convolveHandling', () => {
  it('adds handling and transit: mass is kept and the means add up (property)', () => {
    const weights = (max: number) =>
      fc
        .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: max })
        .filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(weights(15), weights(40), fc.integer({ min: 18_000, max: 22_000 }), (h, t, day) => {
        const handling = pmfOf(h, 128);
        const transit = pmfOf(t, 128);
        const out = convolveHandling(handling, transit, day, everyDay, everyDay, new Float64Array(128));
        expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        expect(mean(out)).toBeCloseTo(mean(handling) + mean(transit), 9);
      }),
    );
  });

  it("counts handling in the merchant's working days and transit in the destination's", () => {
    // Ordered on Friday 8 March 2024, handed over one working day later: Monday, 3 days on.
    const friday = epochDayOf(2024, 3, 8);
    const out = convolveHandling(
      pmfOf([0, 1], 128),
      pmfOf([0, 0, 1], 128),
      friday,
      weekdays,
      everyDay,
      new Float64Array(128),
    );
    expect(out[3 + 2]).toBeCloseTo(1, 12);
  });
});

describe('handling keys', () => {
  it('separate merchants of one region and lanes without a merchant', () => {
    const lane = (merchant?: string): Lane => ({
      carrier: 'x',
      origin: { country: 'BR', region: 'SP' },
      merchant,
    });
    expect(handlingKeysOf(lane('a'))).toEqual(['*', 'BR|SP', 'BR|SP|a']);
    expect(handlingKeysOf(lane('a'))).toBe(handlingKeysOf(lane('a')));
    expect(handlingKeysOf(lane())).toEqual(['*', 'BR|SP']);
  });
});

describe("the merchant's handling time in predictions from purchase", () => {
  const ZONE = 'UTC';
  const calendar = deliveryCalendarFor(MONDAY_TO_FRIDAY);
  const START = epochDayOf(2024, 3, 4);
  const noon = (day: EpochDay): number => day * 86_400_000 + 12 * 3_600_000;
  const laneFor = (merchant: string): Lane => ({
    carrier: 'post',
    origin: { region: 'SP' },
    destination: { region: 'RJ' },
    merchant,
  });
  const order = (merchant: string, day: EpochDay, handling: number, transit = 3): DeliveredShipment => {
    const shipped = calendar.addBusinessDays(day, handling);
    return {
      lane: laneFor(merchant),
      zone: ZONE,
      deliveredAt: noon(calendar.addBusinessDays(shipped, transit)) + 3_600_000,
      milestones: { purchase: noon(day), shipped: noon(shipped) },
    };
  };
  const fromPurchase = (model: EtaModel, merchant: string, day: EpochDay): number =>
    calendar.businessDaysBetween(
      day,
      Date.parse(
        `${model.predict({ lane: laneFor(merchant), zone: ZONE, milestone: 'purchase', milestoneAt: noon(day), now: noon(day) }).mostLikely}T00:00:00Z`,
      ) / 86_400_000,
    );

  it('a slow shop is predicted later than a fast one on the same lane', () => {
    const model = new EtaModel();
    let day = START;
    for (let n = 0; n < 300; n++) {
      model.observe(order('fast', day, 0));
      model.observe(order('slow', day, 5));
      model.observe(order(`one-off-${n}`, day, 2));
      day = calendar.addBusinessDays(day, 1);
    }
    const fast = fromPurchase(model, 'fast', day);
    const slow = fromPurchase(model, 'slow', day);
    expect(slow - fast).toBeGreaterThanOrEqual(3);
    expect(fast).toBeLessThanOrEqual(4);
    // Without the handling time both would be the lane's mixture.
    const plain = new EtaModel({ handling: false });
    day = START;
    for (let n = 0; n < 300; n++) {
      plain.observe(order('fast', day, 0));
      plain.observe(order('slow', day, 5));
      plain.observe(order(`one-off-${n}`, day, 2));
      day = calendar.addBusinessDays(day, 1);
    }
    expect(fromPurchase(plain, 'slow', day)).toBe(fromPurchase(plain, 'fast', day));
  });

  it('follows a shop whose handling time changes, as old orders fade', () => {
    const model = new EtaModel();
    let day = START;
    for (let n = 0; n < 400; n++) {
      model.observe(order('shop', day, n < 200 ? 1 : 6));
      day = calendar.addBusinessDays(day, 1);
    }
    // 200 business days after the change: the shop's recent 6 days dominate.
    expect(fromPurchase(model, 'shop', day)).toBeGreaterThanOrEqual(6 + 3 - 1);
  });
});

describe('the carrier cut-off', () => {
  const ZONE = 'UTC';
  const calendar = deliveryCalendarFor(MONDAY_TO_FRIDAY);
  const lane: Lane = { carrier: 'post', origin: { region: 'A' }, destination: { region: 'B' } };
  const at = (day: EpochDay, hour: number): number => day * 86_400_000 + hour * 3_600_000;
  // Every parcel is handed over at 20:00 and arrives three business days later: it left with the
  // next day's trucks, two days' transit.
  const train = (model: EtaModel): EpochDay => {
    let day = epochDayOf(2024, 3, 4);
    for (let n = 0; n < 200; n++) {
      model.observe({
        lane,
        zone: ZONE,
        deliveredAt: at(calendar.addBusinessDays(day, 3), 12),
        milestones: { shipped: at(day, 20) },
      });
      day = calendar.addBusinessDays(day, 1);
    }
    return day;
  };
  const predicted = (model: EtaModel, day: EpochDay, hour: number): string =>
    model.predict({ lane, zone: ZONE, milestone: 'shipped', milestoneAt: at(day, hour), now: at(day, hour) })
      .mostLikely;

  it('counts a hand-over after the cut-off from the next day', () => {
    const model = new EtaModel({ cutoffHour: 17 });
    const day = train(model);
    expect(predicted(model, day, 20)).toBe(isoDateOf(calendar.addBusinessDays(day, 3)));
    expect(predicted(model, day, 9)).toBe(isoDateOf(calendar.addBusinessDays(day, 2)));
  });

  it('without a cut-off, the hour of the hand-over makes no difference', () => {
    const model = new EtaModel();
    const day = train(model);
    expect(predicted(model, day, 9)).toBe(predicted(model, day, 20));
  });
});
