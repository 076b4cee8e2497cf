import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { epochDayOf, isoDateOf, parseIsoDate, type EpochDay } from './calendar/civil-day.js';
import { deliveryCalendarFor } from './calendar/delivery-calendar.js';
import { MONDAY_TO_FRIDAY } from './calendar/delivery-days.js';
import type { DeliveredShipment } from './eta-inputs.js';
import { EtaModel } from './eta-model.js';
import type { Lane } from './lane.js';
import { seededRandom } from './synthetic-deliveries.js';

const ZONE = 'America/Chicago';
const calendar = deliveryCalendarFor(MONDAY_TO_FRIDAY, { country: 'US', region: 'TX' });
const START = epochDayOf(2024, 3, 4);

function laneOf(carrier: string, service?: string): Lane {
  return {
    carrier,
    service,
    origin: { country: 'US', region: 'CA' },
    destination: { country: 'US', region: 'TX' },
  };
}
const UPS_GROUND = laneOf('ups', 'ground');

/** Noon in Texas on that date. */
const noon = (day: EpochDay): number => day * 86_400_000 + 17 * 3_600_000;
const dateOf = (iso: string): EpochDay => parseIsoDate(iso)!;

function delivered(
  lane: Lane,
  shippedDay: EpochDay,
  transit: number,
  extra: Partial<DeliveredShipment> & { facilityDaysBefore?: number } = {},
): DeliveredShipment {
  const deliveredDay = calendar.addBusinessDays(shippedDay, transit);
  const facilityDay =
    extra.facilityDaysBefore === undefined
      ? undefined
      : calendar.addBusinessDays(deliveredDay, -extra.facilityDaysBefore);
  return {
    lane,
    zone: ZONE,
    deliveredAt: noon(deliveredDay) + 3_600_000,
    milestones: {
      shipped: noon(shippedDay),
      ...(facilityDay === undefined ? {} : { destination_facility: noon(facilityDay) }),
    },
    carrierEstimate: extra.carrierEstimate,
    promisedDate: extra.promisedDate,
  };
}

/** Ships one parcel per business day from START. */
function shipDaily(
  model: EtaModel,
  count: number,
  make: (shippedDay: EpochDay, n: number) => DeliveredShipment,
): EpochDay {
  let day = START;
  for (let n = 0; n < count; n++) {
    model.observe(make(day, n));
    day = calendar.addBusinessDays(day, 1);
  }
  return day;
}

describe('cold start', () => {
  it('uses the published service level and says so', () => {
    const model = new EtaModel();
    const prediction = model.predict({
      lane: UPS_GROUND,
      zone: ZONE,
      milestone: 'shipped',
      milestoneAt: noon(START),
      now: noon(START),
    });
    expect(prediction.coldStart).toBe(true);
    expect(prediction.basis).toContain('no delivery history yet');
    expect(prediction.basis).toContain('UPS Ground');
    expect(prediction.mostLikely).toBe(isoDateOf(calendar.addBusinessDays(START, 3)));
    expect(dateOf(prediction.earliest)).toBeGreaterThanOrEqual(calendar.addBusinessDays(START, 1));
    expect(dateOf(prediction.latest)).toBeLessThanOrEqual(calendar.addBusinessDays(START, 5));
  });

  it("counts in the carrier's delivery days at the destination", () => {
    const model = new EtaModel();
    // Saturday 9 March 2024: UPS Ground does not deliver; USPS does.
    expect(model.calendarOf(UPS_GROUND).isBusinessDay(dateOf('2024-03-09'))).toBe(false);
    expect(model.calendarOf(laneOf('usps', 'priority_mail')).isBusinessDay(dateOf('2024-03-09'))).toBe(true);
  });
});

describe('learning a lane', () => {
  it('predicts what the lane delivers and names how many deliveries that rests on', () => {
    const model = new EtaModel();
    const today = shipDaily(model, 1240, (day) => delivered(UPS_GROUND, day, 4));
    const prediction = model.predict({
      lane: UPS_GROUND,
      zone: ZONE,
      milestone: 'shipped',
      milestoneAt: noon(today),
      now: noon(today),
    });
    expect(prediction.mostLikely).toBe(isoDateOf(calendar.addBusinessDays(today, 4)));
    expect(prediction.coldStart).toBe(false);
    expect(prediction.basis).toBe('based on 1,240 similar UPS Ground shipments on this route');
  });

  it('predicts from the latest milestone: less time is left after the destination facility', () => {
    const model = new EtaModel();
    const today = shipDaily(model, 300, (day) => delivered(UPS_GROUND, day, 5, { facilityDaysBefore: 1 }));
    const fromPickup = model.predict({
      lane: UPS_GROUND,
      zone: ZONE,
      milestone: 'shipped',
      milestoneAt: noon(today),
      now: noon(today),
    });
    const fromFacility = model.predict({
      lane: UPS_GROUND,
      zone: ZONE,
      milestone: 'destination_facility',
      milestoneAt: noon(today),
      now: noon(today),
    });
    expect(fromPickup.mostLikely).toBe(isoDateOf(calendar.addBusinessDays(today, 5)));
    expect(fromFacility.mostLikely).toBe(isoDateOf(calendar.addBusinessDays(today, 1)));
    expect(fromFacility.basis).toContain('timed from arrival at the destination facility');
  });

  it('rules out days already gone for a parcel not yet delivered', () => {
    const model = new EtaModel();
    const today = shipDaily(model, 300, (day, n) => delivered(UPS_GROUND, day, 2 + (n % 3)));
    const shipped = calendar.addBusinessDays(today, -8);
    const prediction = model.predict({
      lane: UPS_GROUND,
      zone: ZONE,
      milestone: 'shipped',
      milestoneAt: noon(shipped),
      now: noon(today),
    });
    expect(dateOf(prediction.earliest)).toBeGreaterThanOrEqual(today);
    expect(dateOf(prediction.mostLikely)).toBeGreaterThanOrEqual(today);
  });

  it('follows a lane that slowed down, because old deliveries fade', () => {
    const model = new EtaModel({ halfLifeDays: 30 });
    const today = shipDaily(model, 500, (day, n) => delivered(UPS_GROUND, day, n < 300 ? 3 : 6));
    const prediction = model.predict({
      lane: UPS_GROUND,
      zone: ZONE,
      milestone: 'shipped',
      milestoneAt: noon(today),
      now: noon(today),
    });
    expect(prediction.mostLikely).toBe(isoDateOf(calendar.addBusinessDays(today, 6)));
  });

  it('learns a short memory on a lane that keeps changing, and follows it', () => {
    const model = new EtaModel({ halfLifeDays: 'learned' });
    expect(model.halfLifeDays).toBe(90);
    const fixed = new EtaModel({ halfLifeDays: 90 });
    // Every 40 business days the lane flips between 3 and 8 days; it ends 20 days into a 3.
    const flipping = (day: EpochDay, n: number) =>
      delivered(UPS_GROUND, day, Math.floor(n / 40) % 2 === 0 ? 3 : 8);
    const today = shipDaily(model, 1220, flipping);
    shipDaily(fixed, 1220, flipping);
    expect(model.halfLifeDays).toBeLessThanOrEqual(30);
    expect(model.halfLifeScores()).toHaveLength(7);
    const query = {
      lane: UPS_GROUND,
      zone: ZONE,
      milestone: 'shipped',
      milestoneAt: noon(today),
      now: noon(today),
    } as const;
    expect(model.predict(query).mostLikely).toBe(isoDateOf(calendar.addBusinessDays(today, 3)));
    // Three months' memory still mostly remembers the 8-day spell.
    expect(fixed.predict(query).mostLikely).toBe(isoDateOf(calendar.addBusinessDays(today, 8)));
  });

  it('gives a higher chance of meeting a later promise', () => {
    const model = new EtaModel({ blend: [] });
    const today = shipDaily(model, 300, (day, n) => delivered(UPS_GROUND, day, 2 + (n % 5)));
    const chance = (days: number): number =>
      model.predict({
        lane: UPS_GROUND,
        zone: ZONE,
        milestone: 'shipped',
        milestoneAt: noon(today),
        now: noon(today),
        promisedDate: isoDateOf(calendar.addBusinessDays(today, days)),
      }).probabilityByPromise!;
    const chances = [-1, 1, 2, 3, 4, 5, 6, 10].map(chance);
    expect(chances[0]).toBe(0);
    for (let i = 1; i < chances.length; i++) expect(chances[i]!).toBeGreaterThanOrEqual(chances[i - 1]!);
    expect(chances[3]).toBeCloseTo(0.4, 1);
    expect(chances[chances.length - 1]).toBeCloseTo(1, 5);
  });
});

describe("blending the carrier's own estimate", () => {
  // Both carriers take 2–8 days; FedEx always knows which, DHL's estimate is off by up to 5 days.
  function trainTwoCarriers(): { model: EtaModel; today: EpochDay } {
    const model = new EtaModel();
    const random = seededRandom(3);
    let today = START;
    for (let n = 0; n < 600; n++) {
      const day = calendar.addBusinessDays(START, Math.floor(n / 2));
      const transit = 2 + Math.floor(random() * 7);
      const actual = calendar.addBusinessDays(day, transit);
      const noisy = calendar.addBusinessDays(actual, Math.floor(random() * 11) - 5);
      model.observe(delivered(laneOf('fedex'), day, transit, { carrierEstimate: isoDateOf(actual) }));
      model.observe(delivered(laneOf('dhl'), day, transit, { carrierEstimate: isoDateOf(noisy) }));
      today = day;
    }
    return { model, today };
  }

  it("weighs each carrier's estimate by how accurate its estimates have been", () => {
    const { model, today } = trainTwoCarriers();
    const estimate = isoDateOf(calendar.addBusinessDays(today, 8));
    const ask = (carrier: string) =>
      model.predict({
        lane: laneOf(carrier),
        zone: ZONE,
        milestone: 'shipped',
        milestoneAt: noon(today),
        now: noon(today),
        carrierEstimate: estimate,
      });
    const fedex = ask('fedex');
    const dhl = ask('dhl');
    const weightOf = (p: typeof fedex): number =>
      p.blended.find((entry) => entry.source === 'carrier')!.weight;
    expect(weightOf(fedex)).toBeGreaterThan(0.6);
    expect(weightOf(dhl)).toBeLessThan(0.5);
    expect(weightOf(fedex) - weightOf(dhl)).toBeGreaterThan(0.25);
    expect(fedex.mostLikely).toBe(estimate);
    expect(dateOf(dhl.mostLikely)).toBeLessThan(dateOf(estimate));
    expect(fedex.basis).toContain("the carrier's own estimate");
  });

  it('leaves the estimate out when told not to blend', () => {
    const model = new EtaModel({ blend: [] });
    const prediction = model.predict({
      lane: UPS_GROUND,
      zone: ZONE,
      milestone: 'shipped',
      milestoneAt: noon(START),
      now: noon(START),
      carrierEstimate: isoDateOf(START + 20),
    });
    expect(prediction.blended).toEqual([]);
  });
});

describe('every prediction', () => {
  it('keeps the most likely date inside its window, with a sensible confidence', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 0, maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        fc.option(fc.integer({ min: -5, max: 40 }), { nil: undefined }),
        (transits, elapsed, estimateOffset) => {
          const model = new EtaModel();
          const today = shipDaily(model, transits.length, (day, n) =>
            delivered(UPS_GROUND, day, transits[n]!),
          );
          const shipped = calendar.addBusinessDays(today, -elapsed);
          const p = model.predict({
            lane: UPS_GROUND,
            zone: ZONE,
            milestone: 'shipped',
            milestoneAt: noon(shipped),
            now: noon(today),
            carrierEstimate: estimateOffset === undefined ? undefined : isoDateOf(shipped + estimateOffset),
            promisedDate: isoDateOf(shipped + 5),
          });
          expect(dateOf(p.earliest)).toBeLessThanOrEqual(dateOf(p.mostLikely));
          expect(dateOf(p.mostLikely)).toBeLessThanOrEqual(dateOf(p.latest));
          expect(dateOf(p.earliest)).toBeGreaterThanOrEqual(shipped);
          expect(p.confidence).toBeGreaterThan(0);
          expect(p.confidence).toBeLessThanOrEqual(1 + 1e-9);
          expect(p.probabilityByPromise).toBeGreaterThanOrEqual(0);
          expect(p.probabilityByPromise).toBeLessThanOrEqual(1 + 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });
});
