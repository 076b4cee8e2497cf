import { describe, expect, it } from 'vitest';

import { SUBSTATUS_CODES, statusOf } from '../domain/status.js';
import { latestMilestoneOf, MILESTONE_RANK, milestoneOf, milestoneTimesOf } from './milestone.js';

describe('milestones from substatuses', () => {
  it('map the scans that move a parcel along its way', () => {
    expect(milestoneOf('info_received.label_created')).toBe('purchase');
    expect(milestoneOf('in_transit.picked_up')).toBe('shipped');
    expect(milestoneOf('in_transit.linehaul')).toBe('in_transit');
    expect(milestoneOf('in_transit.destination_facility')).toBe('destination_facility');
    expect(milestoneOf('out_for_delivery.on_vehicle')).toBe('out_for_delivery');
  });

  it('treat a failed attempt as back at the delivery depot', () => {
    expect(milestoneOf('attempt_failed.recipient_absent')).toBe('destination_facility');
  });

  it('leave the milestone alone for exceptions and final states', () => {
    for (const code of SUBSTATUS_CODES) {
      const status = statusOf(code);
      if (
        [
          'exception',
          'delivered',
          'return_to_sender',
          'expired',
          'cancelled',
          'available_for_pickup',
        ].includes(status)
      ) {
        expect(milestoneOf(code), code).toBeUndefined();
      }
    }
  });

  it('take the first time each milestone was reached and the most advanced one as latest', () => {
    const times = milestoneTimesOf([
      { occurredAt: '2024-05-02T10:00:00Z', substatus: 'in_transit.linehaul' },
      { occurredAt: '2024-05-01T09:00:00Z', substatus: 'in_transit.picked_up' },
      { occurredAt: '2024-05-01T20:00:00Z', substatus: 'in_transit.other' },
      { occurredAt: '2024-05-03T07:00:00Z', substatus: 'in_transit.destination_facility' },
      { occurredAt: '2024-05-03T09:00:00Z', substatus: 'exception.weather' },
    ]);
    expect(times).toEqual({
      shipped: Date.parse('2024-05-01T09:00:00Z'),
      in_transit: Date.parse('2024-05-01T20:00:00Z'),
      destination_facility: Date.parse('2024-05-03T07:00:00Z'),
    });
    expect(latestMilestoneOf(times)).toEqual({
      milestone: 'destination_facility',
      at: Date.parse('2024-05-03T07:00:00Z'),
    });
    expect(MILESTONE_RANK.out_for_delivery).toBeGreaterThan(MILESTONE_RANK.destination_facility);
  });
});
