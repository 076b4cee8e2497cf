import { describe, expect, it } from 'vitest';
import { SUBSTATUS_CODES } from '../../domain/status.js';
import { statusesOf } from '../../../test/helpers/shopify-stand-in.js';
import { fulfillmentEventStatus } from './event-status.js';

describe('fulfillmentEventStatus', () => {
  it.each(['2024-10', '2025-01', '2025-07', '2026-01', 'unstable'])(
    'maps every substatus onto a status %s has, or onto nothing',
    (version) => {
      for (const substatus of SUBSTATUS_CODES) {
        const status = fulfillmentEventStatus(substatus, version);
        if (status !== undefined) expect(statusesOf(version)).toContain(status);
      }
    },
  );

  it('uses the newer statuses only where the version has them', () => {
    expect(fulfillmentEventStatus('in_transit.picked_up', '2025-10')).toBe('IN_TRANSIT');
    expect(fulfillmentEventStatus('in_transit.picked_up', '2026-01')).toBe('CARRIER_PICKED_UP');
    expect(fulfillmentEventStatus('exception.weather', '2024-10')).toBe('IN_TRANSIT');
    expect(fulfillmentEventStatus('exception.weather', '2025-01')).toBe('DELAYED');
  });

  it('posts the milestones a customer recognises, and nothing for what the carrier never said', () => {
    expect(fulfillmentEventStatus('info_received.label_created', '2026-01')).toBe('CONFIRMED');
    expect(fulfillmentEventStatus('out_for_delivery.on_vehicle', '2026-01')).toBe('OUT_FOR_DELIVERY');
    expect(fulfillmentEventStatus('available_for_pickup.locker', '2026-01')).toBe('READY_FOR_PICKUP');
    expect(fulfillmentEventStatus('attempt_failed.recipient_absent', '2026-01')).toBe('ATTEMPTED_DELIVERY');
    expect(fulfillmentEventStatus('delivered.neighbour', '2026-01')).toBe('DELIVERED');
    expect(fulfillmentEventStatus('exception.lost', '2026-01')).toBe('FAILURE');
    expect(fulfillmentEventStatus('pending.not_found', '2026-01')).toBeUndefined();
    expect(fulfillmentEventStatus('expired.no_updates', '2026-01')).toBeUndefined();
  });
});
