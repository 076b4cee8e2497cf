import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayCalendar } from './business-days.js';
import { deriveState } from './derive.js';
import { deriveFacts, stallLimitFor } from './stall.js';
import { EPOCH_2024, ZONES, timelineArb } from './test-arbitraries.js';
import { scan } from './test-scan.js';

const BERLIN = weekdayCalendar('Europe/Berlin');
const REGISTERED = '2024-05-01T08:00:00Z';

describe('deriveFacts', () => {
  // 2024-05-06 is a Monday.
  const inTransit = deriveState([scan('in_transit.linehaul', '2024-05-06T10:00:00Z')]);

  it('is stalled once the status has been silent for its number of business days', () => {
    expect(deriveFacts(inTransit, '2024-05-08T20:00:00Z', {}, BERLIN, REGISTERED)).toEqual({
      msSinceLastScan: 2 * 86_400_000 + 10 * 3_600_000,
      businessDaysSilent: 2,
      stalled: false,
    });
    expect(deriveFacts(inTransit, '2024-05-09T06:00:00Z', {}, BERLIN, REGISTERED)).toMatchObject({
      businessDaysSilent: 3,
      stalled: true,
    });
  });

  it('does not count the weekend', () => {
    const friday = deriveState([scan('in_transit.linehaul', '2024-05-10T10:00:00Z')]);
    expect(deriveFacts(friday, '2024-05-14T10:00:00Z', {}, BERLIN, REGISTERED)).toMatchObject({
      businessDaysSilent: 2,
      stalled: false,
    });
  });

  it('takes a configured limit over the default', () => {
    expect(
      deriveFacts(inTransit, '2024-05-07T10:00:00Z', { in_transit: 1 }, BERLIN, REGISTERED).stalled,
    ).toBe(true);
    expect(
      deriveFacts(inTransit, '2024-05-09T10:00:00Z', { in_transit: 10 }, BERLIN, REGISTERED).stalled,
    ).toBe(false);
  });

  it('expects out-for-delivery to end the same business day', () => {
    const onVehicle = deriveState([scan('out_for_delivery.on_vehicle', '2024-05-06T05:00:00Z')]);
    expect(deriveFacts(onVehicle, '2024-05-06T20:00:00Z', {}, BERLIN, REGISTERED).stalled).toBe(false);
    expect(deriveFacts(onVehicle, '2024-05-07T07:00:00Z', {}, BERLIN, REGISTERED).stalled).toBe(true);
  });

  it('measures a pending shipment from its registration, since "not found" answers are not scans', () => {
    const notFound = deriveState([scan('pending.not_found', '2024-05-10T08:00:00Z')]);
    const facts = deriveFacts(notFound, '2024-05-10T09:00:00Z', {}, BERLIN, REGISTERED);
    expect(facts).toEqual({ msSinceLastScan: 3_600_000, businessDaysSilent: 7, stalled: true });
    expect(deriveFacts(deriveState([]), '2024-05-02T09:00:00Z', {}, BERLIN, REGISTERED)).toEqual({
      msSinceLastScan: null,
      businessDaysSilent: 1,
      stalled: false,
    });
  });

  it('never stalls a delivered, expired, cancelled or returned-home shipment', () => {
    const settled = [
      [scan('delivered.standard', '2024-01-02T10:00:00Z')],
      [scan('expired.no_updates', '2024-01-02T10:00:00Z')],
      [scan('cancelled.by_carrier', '2024-01-02T10:00:00Z')],
      [scan('return_to_sender.delivered', '2024-01-02T10:00:00Z')],
    ];
    const everything = { delivered: 0, expired: 0, cancelled: 0, return_to_sender: 0 };
    for (const timeline of settled) {
      expect(
        deriveFacts(deriveState(timeline), '2024-12-31T10:00:00Z', everything, BERLIN, REGISTERED).stalled,
      ).toBe(false);
    }
  });

  it('still stalls a return on its way back', () => {
    expect(stallLimitFor({ status: 'return_to_sender', substatus: 'return_to_sender.in_transit' }, {})).toBe(
      5,
    );
  });

  it('never reports negative silence for a scan stamped in the future', () => {
    expect(deriveFacts(inTransit, '2024-05-06T09:00:00Z', {}, BERLIN, REGISTERED)).toMatchObject({
      msSinceLastScan: 0,
      businessDaysSilent: 0,
    });
  });

  it('once stalled, stays stalled as time passes without scans', () => {
    const nowArb = fc.integer({ min: EPOCH_2024, max: EPOCH_2024 + 60 * 86_400_000 });
    fc.assert(
      fc.property(
        timelineArb(),
        fc.constantFrom(...ZONES),
        nowArb,
        fc.integer({ min: 0, max: 20 * 86_400_000 }),
        fc.record(
          { in_transit: fc.integer({ min: 0, max: 5 }), exception: fc.integer({ min: 0, max: 5 }) },
          { requiredKeys: [] },
        ),
        (timeline, zone, earlier, wait, policy) => {
          const state = deriveState(timeline);
          const facts = (now: number) =>
            deriveFacts(
              state,
              new Date(now).toISOString(),
              policy,
              weekdayCalendar(zone),
              new Date(EPOCH_2024).toISOString(),
            );
          const first = facts(earlier);
          const second = facts(earlier + wait);
          expect(second.businessDaysSilent).toBeGreaterThanOrEqual(first.businessDaysSilent);
          expect(second.msSinceLastScan ?? 0).toBeGreaterThanOrEqual(first.msSinceLastScan ?? 0);
          if (first.stalled) expect(second.stalled).toBe(true);
        },
      ),
    );
  });
});
