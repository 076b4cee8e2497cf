import { describe, expect, it } from 'vitest';

import { deliveryCalendarFor } from './calendar/delivery-calendar.js';
import { MONDAY_TO_FRIDAY } from './calendar/delivery-days.js';
import { isStalled } from './stall.js';

const calendar = deliveryCalendarFor(MONDAY_TO_FRIDAY, { country: 'DE', region: 'BE' });
const zone = 'Europe/Berlin';

describe('a stalled shipment', () => {
  it('has gone without a scan for more business days than its stage allows', () => {
    // Last scan Monday 3 June 2024; in transit allows 3 quiet business days.
    const lastScanAt = Date.parse('2024-06-03T08:00:00Z');
    expect(
      isStalled({
        milestone: 'in_transit',
        lastScanAt,
        now: Date.parse('2024-06-06T20:00:00Z'),
        zone,
        calendar,
      }),
    ).toBe(false);
    expect(
      isStalled({
        milestone: 'in_transit',
        lastScanAt,
        now: Date.parse('2024-06-07T08:00:00Z'),
        zone,
        calendar,
      }),
    ).toBe(true);
  });

  it('is not stalled by a weekend and a public holiday', () => {
    // Thursday 28 March 2024, then Good Friday, the weekend and Easter Monday: one business day later is Tuesday.
    const lastScanAt = Date.parse('2024-03-28T10:00:00Z');
    expect(
      isStalled({
        milestone: 'destination_facility',
        lastScanAt,
        now: Date.parse('2024-04-02T10:00:00Z'),
        zone,
        calendar,
      }),
    ).toBe(false);
  });

  it('is stalled soon once out for delivery', () => {
    const lastScanAt = Date.parse('2024-06-03T06:00:00Z');
    expect(
      isStalled({
        milestone: 'out_for_delivery',
        lastScanAt,
        now: Date.parse('2024-06-05T09:00:00Z'),
        zone,
        calendar,
      }),
    ).toBe(true);
  });
});
