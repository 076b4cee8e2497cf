import { describe, expect, it } from 'vitest';
import { parseFedex } from './parse.js';

const result = (scanEvents: unknown[], extra: Record<string, unknown> = {}) => ({
  output: {
    completeTrackResults: [
      {
        trackingNumber: '794461726509',
        trackResults: [{ trackingNumberInfo: { trackingNumber: '794461726509' }, scanEvents, ...extra }],
      },
    ],
  },
});
const event = (eventType: string, more: Record<string, unknown> = {}) => ({
  date: '2025-03-12T16:05:00-06:00',
  eventType,
  eventDescription: 'Delivery exception',
  scanLocation: { city: 'DENVER', stateOrProvinceCode: 'CO', countryCode: 'US' },
  ...more,
});

describe('parseFedex', () => {
  it('DE is an exception unless FedEx attempted delivery', () => {
    expect(parseFedex(result([event('DE')])).scans[0]!.status).toBe('exception.other');
    expect(
      parseFedex(result([event('DE')], { deliveryDetails: { deliveryAttempts: '1' } })).scans[0]!.status,
    ).toBe('attempt_failed.other');
    expect(
      parseFedex(
        result([event('DE')], {
          dateAndTimes: [{ type: 'ATTEMPTED_DELIVERY', dateTime: '2025-03-12T16:05:00-06:00' }],
        }),
      ).scans[0]!.status,
    ).toBe('attempt_failed.other');
  });

  it('scans come out oldest first, whatever order FedEx sent them in', () => {
    const scans = parseFedex(
      result([
        event('OD', { date: '2025-03-12T07:40:00-06:00' }),
        event('PU', { date: '2025-03-11T18:00:00-05:00' }),
      ]),
    ).scans;
    expect(scans.map((s) => s.rawCode)).toEqual(['PU', 'OD']);
  });

  it('an event type the table does not list falls back to the derived code, else stays unmapped', () => {
    expect(parseFedex(result([event('ZZ', { derivedStatusCode: 'DL' })])).scans[0]).toMatchObject({
      status: 'delivered.standard',
      rawCode: 'ZZ',
    });
    expect(parseFedex(result([event('ZZ')])).scans[0]).toMatchObject({
      status: 'in_transit.other',
      unmapped: true,
    });
  });

  it('a per-number error is a problem naming that number', () => {
    const problems = parseFedex(
      result([], { error: { code: 'TRACKING.TRACKINGNUMBER.NOTFOUND', message: 'not found' } }),
    ).problems;
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'not_found', trackingNumber: '794461726509' }),
    ]);
  });

  it('an offset-less date takes the zone of the scan’s place', () => {
    const [scan] = parseFedex(result([event('AR', { date: '2025-03-12T16:05:00' })])).scans;
    expect(scan).toMatchObject({ occurredAt: '2025-03-12T16:05:00', zone: 'America/Denver' });
  });
});
