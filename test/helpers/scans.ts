import type { IngestItem } from '../../src/ingest/ingest-item.js';

/** A scan as an adapter would hand it over, with overridable parts. */
export function scan(overrides: Partial<IngestItem> = {}): IngestItem {
  return {
    tenantId: 'tenant-a',
    trackingNumber: 'SIM100000000001',
    carrier: 'simulator',
    occurredAt: '2026-11-20T09:15:00+01:00',
    status: 'in_transit.origin_facility',
    rawCode: 'OF',
    rawDescription: 'Arrived at origin facility',
    location: { city: 'Berlin', country: 'DE', postalCode: '10115' },
    source: { adapter: 'test', mode: 'push' },
    ...overrides,
  };
}

export const JOURNEY: readonly Partial<IngestItem>[] = [
  { occurredAt: '2026-11-18T17:02:00+01:00', status: 'info_received.label_created', rawCode: 'LC' },
  { occurredAt: '2026-11-19T10:30:00+01:00', status: 'in_transit.picked_up', rawCode: 'PU' },
  { occurredAt: '2026-11-19T22:10:00+01:00', status: 'in_transit.origin_facility', rawCode: 'OF' },
  { occurredAt: '2026-11-20T03:40:00+01:00', status: 'in_transit.linehaul', rawCode: 'DP' },
  { occurredAt: '2026-11-20T09:05:00+01:00', status: 'in_transit.destination_facility', rawCode: 'AR' },
  { occurredAt: '2026-11-21T07:45:00+01:00', status: 'out_for_delivery.on_vehicle', rawCode: 'OD' },
  { occurredAt: '2026-11-21T13:12:00+01:00', status: 'delivered.signed', rawCode: 'DL' },
];
