import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isSubstatus, statusOf } from '../../domain/status.js';
import { CITIES, cityById, hubOf, type City } from './cities.js';
import { planJourney, type PlannedJourney } from './journey.js';
import { createRandom } from './random.js';
import { DEFAULT_SIMULATOR_RATES, NO_INCIDENTS, type SimulatorRates } from './rates.js';
import type { SimulatorRawCode } from './status-map.js';

const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];
const MONDAY_TO_SATURDAY = [1, 2, 3, 4, 5, 6];
type Hours = readonly [fromHour: number, toHour: number, weekdays: readonly number[]];
const PICKUP: Hours = [9, 18, MONDAY_TO_FRIDAY];
const LOADING: Hours = [7, 10, MONDAY_TO_SATURDAY];
const AT_THE_DOOR: Hours = [9, 20, MONDAY_TO_SATURDAY];
const OFFICE: Hours = [9, 17, MONDAY_TO_FRIDAY];
/** When each kind of scan may happen locally; codes not listed are hub scans, any hour. */
const EXPECTED_HOURS: Partial<Record<SimulatorRawCode, Hours>> = {
  PU: PICKUP,
  OD: LOADING,
  RD: LOADING,
  NA: AT_THE_DOOR,
  NX: AT_THE_DOOR,
  NB: AT_THE_DOOR,
  DL: AT_THE_DOOR,
  DS: AT_THE_DOOR,
  DN: AT_THE_DOOR,
  DP: AT_THE_DOOR,
  DM: AT_THE_DOOR,
  RF: AT_THE_DOOR,
  RA: AT_THE_DOOR,
  AC: OFFICE,
  LS: OFFICE,
};

const city = fc.constantFrom(...CITIES);
const lane = fc.tuple(city, city).filter(([origin, destination]) => origin !== destination);
const DST_CHANGES = [
  '2025-03-09T07:00:00Z', // United States, spring
  '2025-03-30T01:00:00Z', // Europe, spring
  '2025-04-05T16:00:00Z', // Australia, autumn
  '2025-10-04T16:00:00Z', // Australia, spring
  '2025-10-26T01:00:00Z', // Europe, autumn
  '2025-11-02T06:00:00Z', // United States, autumn
].map((at) => Date.parse(at));
const labelTime = fc
  .oneof(
    fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) }),
    fc
      .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -6 * 86_400_000, max: 86_400_000 }))
      .map(([change, shift]) => change + shift),
  )
  .map((ms) => new Date(ms).toISOString());
const probability = fc.double({ min: 0, max: 1, noNaN: true });
const rates: fc.Arbitrary<SimulatorRates> = fc.record({
  delay: probability,
  failedAttempt: probability,
  addressException: probability,
  customsHold: probability,
  returnToSender: probability,
  lost: probability,
});

function plan(
  origin: City,
  destination: City,
  labelCreatedAt: string,
  seed: number,
  journeyRates: SimulatorRates,
) {
  return planJourney({
    trackingNumber: 'SIM000000000000',
    origin,
    destination,
    labelCreatedAt,
    rng: createRandom(seed),
    rates: journeyRates,
  });
}

function cityAt(scan: PlannedJourney['scans'][number]): City | undefined {
  return CITIES.find((entry) => entry.name === scan.location.city && entry.country === scan.location.country);
}

/** Every scan with a people-facing kind of work lies in that work's hours, read by luxon in the scan's zone. */
function expectLocalWorkingHours(journey: PlannedJourney): void {
  journey.scans.forEach((scan, index) => {
    // Customs works a desk once it has held a parcel; routine releases come from the 24-hour gateway.
    const afterHold = scan.rawCode === 'CR' && journey.scans[index - 1]?.rawCode === 'CH';
    const hours = afterHold ? OFFICE : EXPECTED_HOURS[scan.rawCode];
    if (!hours) return;
    const local = DateTime.fromISO(scan.occurredAt, { zone: scan.zone });
    const [fromHour, toHour, weekdays] = hours;
    const where = `${scan.rawCode} at ${local.toISO()} (${local.weekdayShort})`;
    expect(weekdays, where).toContain(local.weekday);
    expect(local.hour, where).toBeGreaterThanOrEqual(fromHour);
    expect(local.hour, where).toBeLessThan(toHour);
  });
}

function codes(journey: PlannedJourney): string[] {
  return journey.scans.map((scan) => scan.rawCode);
}

describe('planJourney', () => {
  it('plans the same journey for the same seed', () => {
    fc.assert(
      fc.property(lane, labelTime, fc.integer(), rates, ([origin, destination], at, seed, journeyRates) => {
        expect(plan(origin, destination, at, seed, journeyRates)).toEqual(
          plan(origin, destination, at, seed, journeyRates),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('plans a well-formed journey for any seed, lane, label time and rates', () => {
    fc.assert(
      fc.property(lane, labelTime, fc.integer(), rates, ([origin, destination], at, seed, journeyRates) => {
        const journey = plan(origin, destination, at, seed, journeyRates);
        const [label, pickup] = journey.scans;
        expect(label?.rawCode).toBe('LC');
        expect(label?.occurredAt).toBe(at);
        expect(pickup?.rawCode).toBe('PU');
        expect(pickup?.carrierEstimate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

        const places = new Set([origin, destination, hubOf(origin), hubOf(destination)]);
        let previous = Number.NEGATIVE_INFINITY;
        for (const scan of journey.scans) {
          expect(isSubstatus(scan.substatus)).toBe(true);
          expect(scan.status).toBe(statusOf(scan.substatus));
          expect(scan.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
          const instant = Date.parse(scan.occurredAt);
          expect(instant).toBeGreaterThan(previous);
          previous = instant;
          const place = cityAt(scan);
          expect(place && places.has(place)).toBe(true);
          expect(scan.zone).toBe(place?.zone);
          expect(scan.rawDescription.length).toBeGreaterThan(3);
        }

        expect(journey.shipment.origin).toMatchObject({ city: origin.name, country: origin.country });
        expect(journey.shipment.destination).toMatchObject({
          city: destination.name,
          country: destination.country,
        });
        expect(['Ground', 'Express']).toContain(journey.shipment.service);
        expect(journey.shipment.promisedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 500 },
    );
  });

  it('stamps every scan inside the working hours of its place, local time, DST changes included', () => {
    fc.assert(
      fc.property(lane, labelTime, fc.integer(), rates, ([origin, destination], at, seed, journeyRates) => {
        expectLocalWorkingHours(plan(origin, destination, at, seed, journeyRates));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['NYC', 'LAX', '2025-03-08T15:00:00Z'], // Saturday before the US spring change
    ['BER', 'MAD', '2025-03-29T10:00:00Z'], // Saturday before the EU spring change
    ['SYD', 'PER', '2025-04-05T01:00:00Z'], // Saturday before Sydney leaves summer time
  ])(
    'keeps working hours in the new offset for %s to %s labelled just before a DST change',
    (from, to, at) => {
      for (let seed = 0; seed < 200; seed += 1) {
        const journey = plan(cityById(from) as City, cityById(to) as City, at, seed, DEFAULT_SIMULATOR_RATES);
        const [label, pickup] = journey.scans;
        const offsetAt = (scan: typeof label) =>
          scan && DateTime.fromISO(scan.occurredAt, { zone: scan.zone }).offset;
        // Labelled on Saturday, collected on Monday: the clocks changed in between.
        expect(offsetAt(pickup)).not.toBe(offsetAt(label));
        expectLocalWorkingHours(journey);
      }
    },
  );

  it('ends delivered when nothing goes wrong', () => {
    fc.assert(
      fc.property(lane, labelTime, fc.integer(), ([origin, destination], at, seed) => {
        const journey = plan(origin, destination, at, seed, NO_INCIDENTS);
        expect(journey.outcome).toBe('delivered');
        expect(journey.scans.at(-1)?.status).toBe('delivered');
        expect(journey.scans.filter((scan) => scan.status === 'exception')).toEqual([]);
        expect(codes(journey)).not.toContain('DY');
      }),
      { numRuns: 300 },
    );
  });

  it('ends otherwise only when an incident says so', () => {
    fc.assert(
      fc.property(lane, labelTime, fc.integer(), rates, ([origin, destination], at, seed, journeyRates) => {
        const journey = plan(origin, destination, at, seed, journeyRates);
        const last = journey.scans.at(-1);
        const seen = codes(journey);
        if (journey.outcome === 'delivered') expect(last?.status).toBe('delivered');
        if (journey.outcome === 'lost') {
          expect(last?.substatus).toBe('exception.lost');
          // Lost parcels go quiet after leaving the origin hub.
          expect(seen.at(-2)).toBe('DO');
        }
        if (journey.outcome === 'returned') {
          expect(last?.substatus).toBe('return_to_sender.delivered');
          expect(last?.location.city).toBe(origin.name);
          expect(seen.includes('RF') || seen.includes('AX')).toBe(true);
          expect(seen).toEqual(expect.arrayContaining(['RS', 'RT', 'RA']));
          expect(seen.filter((code) => code.startsWith('D') && code !== 'DO' && code !== 'DY')).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('follows the network: label, pickup, origin hub, line-haul, destination, out for delivery, delivered', () => {
    const journey = plan(
      cityById('BER') as City,
      cityById('LYS') as City,
      '2025-05-05T08:00:00Z',
      11,
      NO_INCIDENTS,
    );
    expect(codes(journey).slice(0, -1)).toEqual(['LC', 'PU', 'AO', 'DO', 'AD', 'CC', 'CR', 'AS', 'OD']);
    expect(journey.scans.map((scan) => scan.location.city)).toEqual([
      'Berlin',
      'Berlin',
      'Leipzig',
      'Leipzig',
      'Paris',
      'Paris',
      'Paris',
      'Lyon',
      'Lyon',
      'Lyon',
    ]);
  });

  it('goes through customs only on international lanes', () => {
    fc.assert(
      fc.property(lane, labelTime, fc.integer(), ([origin, destination], at, seed) => {
        const journey = plan(origin, destination, at, seed, NO_INCIDENTS);
        const customs = journey.scans.filter((scan) => scan.substatus === 'in_transit.customs');
        expect(customs.length > 0).toBe(origin.country !== destination.country);
      }),
      { numRuns: 300 },
    );
  });

  it('takes longer over longer distances', () => {
    // Ground only: an Express flight across a continent can beat a truck across a country.
    const meanDays = (from: string, to: string): number => {
      const days: number[] = [];
      for (let seed = 0; days.length < 300; seed += 1) {
        const journey = plan(
          cityById(from) as City,
          cityById(to) as City,
          '2025-05-05T08:00:00Z',
          seed,
          NO_INCIDENTS,
        );
        if (journey.service !== 'Ground') continue;
        const pickup = Date.parse(journey.scans[1]?.occurredAt ?? '');
        days.push((Date.parse(journey.scans.at(-1)?.occurredAt ?? '') - pickup) / 86_400_000);
      }
      return days.reduce((sum, value) => sum + value, 0) / days.length;
    };
    const nearby = meanDays('AMS', 'RTM'); // 57 km
    const regional = meanDays('HAM', 'MUC'); // 610 km
    const continental = meanDays('NYC', 'SEA'); // 3,870 km
    const worldwide = meanDays('SYD', 'LON'); // 17,000 km, through customs
    expect(nearby).toBeLessThan(regional);
    expect(regional).toBeLessThan(continental);
    expect(continental).toBeLessThan(worldwide);
    expect(nearby).toBeLessThan(2);
    expect(worldwide).toBeLessThan(14);
  });

  it('gives a carrier estimate that holds for most journeys without incidents', () => {
    let onTime = 0;
    const runs = 2000;
    for (let seed = 0; seed < runs; seed += 1) {
      const rng = createRandom(seed);
      const origin = CITIES[Math.floor(rng() * CITIES.length)] as City;
      const destination = CITIES[
        (CITIES.indexOf(origin) + 1 + Math.floor(rng() * (CITIES.length - 1))) % CITIES.length
      ] as City;
      const journey = plan(origin, destination, '2025-09-01T10:00:00Z', seed, NO_INCIDENTS);
      const last = journey.scans.at(-1);
      const deliveredOn = last && DateTime.fromISO(last.occurredAt, { zone: last.zone }).toISODate();
      if (deliveredOn && deliveredOn <= (journey.scans[1]?.carrierEstimate ?? '')) onTime += 1;
    }
    expect(onTime / runs).toBeGreaterThan(0.75);
  });

  it('refuses a label time that is not an instant', () => {
    expect(() =>
      plan(cityById('BER') as City, cityById('HAM') as City, 'yesterday', 1, NO_INCIDENTS),
    ).toThrow(/labelCreatedAt/);
  });
});
