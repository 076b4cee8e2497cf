import { describe, expect, it } from 'vitest';
import { parseDhl } from './parse.js';

const shipment = (events: Record<string, unknown>[], more: Record<string, unknown> = {}) => ({
  shipments: [{ id: '5284391070', events, ...more }],
});
const event = (more: Record<string, unknown>) => ({
  timestamp: '2025-03-12T09:14:00',
  statusCode: 'transit',
  status: 'Processed',
  location: { address: { addressLocality: 'LYON - FRANCE' } },
  ...more,
});

describe('parseDhl', () => {
  it('reads the country from DHL Express’s "CITY - COUNTRY" and takes that country’s zone', () => {
    const [scan] = parseDhl(shipment([event({})])).scans;
    expect(scan).toMatchObject({
      location: { city: 'LYON', country: 'FR' },
      zone: 'Europe/Paris',
      occurredAt: '2025-03-12T09:14:00',
    });
  });

  it('returnFlag turns only the newest event into a return', () => {
    const scans = parseDhl(
      shipment([event({ timestamp: '2025-03-12T09:14:00' }), event({ timestamp: '2025-03-11T09:14:00' })], {
        returnFlag: true,
      }),
    ).scans;
    expect(scans.map((s) => s.status)).toEqual(['in_transit.other', 'return_to_sender.in_transit']);
  });

  it('refines transit by its words: courier, Packstation, customs', () => {
    const status = (text: string) => parseDhl(shipment([event({ status: text })])).scans[0]!.status;
    expect(status('With delivery courier')).toBe('out_for_delivery.on_vehicle');
    expect(status('Ready for pickup at Packstation 101')).toBe('available_for_pickup.locker');
    expect(status('Customs clearance status updated')).toBe('in_transit.customs');
  });

  it('a problem-details body is a problem; 404 is not found', () => {
    expect(parseDhl({ title: 'No result found', status: 404, detail: 'No shipment' }).problems[0]!.kind).toBe(
      'not_found',
    );
    expect(parseDhl({ title: 'Too Many Requests', status: 429, detail: 'slow down' }).problems[0]!.kind).toBe(
      'carrier_error',
    );
  });

  it('an unknown statusCode is kept raw on a safe status', () => {
    expect(parseDhl(shipment([event({ statusCode: 'on-hold' })])).scans[0]).toMatchObject({
      status: 'in_transit.other',
      rawCode: 'on-hold',
      unmapped: true,
    });
  });
});
