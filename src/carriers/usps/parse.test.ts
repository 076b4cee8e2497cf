import { describe, expect, it } from 'vitest';
import { parseUsps } from './parse.js';

const details = (events: Record<string, unknown>[]) => ({
  trackingNumber: '9400111899223855732126',
  trackingEvents: events,
});
const event = (more: Record<string, unknown>) => ({
  eventType: 'Out for Delivery',
  eventCode: 'OF',
  eventTimestamp: '2025-03-11T07:10:00',
  eventCity: 'AUSTIN',
  eventState: 'TX',
  eventZIP: '78701',
  eventCountry: '',
  ...more,
});

describe('parseUsps', () => {
  it('pairs the local timestamp with GMTOffset minutes', () => {
    expect(parseUsps(details([event({ GMTOffset: '-300' })])).scans[0]!.occurredAt).toBe(
      '2025-03-11T07:10:00-05:00',
    );
    expect(parseUsps(details([event({ GMTOffset: '330' })])).scans[0]!.occurredAt).toBe(
      '2025-03-11T07:10:00+05:30',
    );
  });

  it('without an offset, a domestic event (empty country) gets the zone of its US state', () => {
    const [scan] = parseUsps(details([event({})])).scans;
    expect(scan).toMatchObject({ zone: 'America/Chicago', location: { country: 'US', region: 'TX' } });
  });

  it('prefers the UTC timestamp over guessing when the offset is missing', () => {
    const [scan] = parseUsps(details([event({ GMTTimestamp: '2025-03-11T12:10:00Z' })])).scans;
    expect(scan).toMatchObject({ occurredAt: '2025-03-11T12:10:00Z', zone: 'America/Chicago' });
  });

  it('refines a delivery by its words and a signer’s name', () => {
    const delivered = (more: Record<string, unknown>) =>
      parseUsps(details([event({ eventCode: '01', GMTOffset: '-300', ...more })])).scans[0]!.status;
    expect(delivered({ eventType: 'Delivered, Front Door/Porch' })).toBe('delivered.safe_place');
    expect(delivered({ eventType: 'Delivered, In/At Mailbox' })).toBe('delivered.mailbox');
    expect(delivered({ eventType: 'Delivered, Left with Individual', name: 'J GARCIA' })).toBe(
      'delivered.signed',
    );
  });

  it('an error body is a problem', () => {
    const result = parseUsps({ apiVersion: '3', error: { code: '400', message: 'Invalid tracking number' } });
    expect(result).toEqual({
      scans: [],
      problems: [{ kind: 'carrier_error', message: '400: Invalid tracking number', at: '/error' }],
    });
  });
});
