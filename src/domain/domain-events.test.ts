import { describe, expect, it } from 'vitest';
import { deriveState } from './derive.js';
import { DOMAIN_EVENT_TYPES, domainEventsFor, stalledEventFor } from './domain-events.js';
import type { DomainEvent } from './domain-events.js';
import { scan } from './test-scan.js';

const CONTEXT = { shipmentId: 'shp_01HZX' };
const pickup = scan('in_transit.picked_up', '2024-05-01T10:00:00Z', {
  location: { city: 'Leipzig', country: 'DE' },
});
const linehaul = scan('in_transit.linehaul', '2024-05-02T10:00:00Z');
const delivered = scan('delivered.signed', '2024-05-03T10:00:00Z');

const typesOf = (events: readonly DomainEvent[]) => events.map((event) => event.type);

describe('domainEventsFor', () => {
  it('announces a new shipment', () => {
    expect(domainEventsFor(null, deriveState([]), CONTEXT)).toEqual([
      {
        type: 'shipment.created',
        payload: { shipmentId: 'shp_01HZX', status: 'pending', substatus: 'pending.registered' },
      },
    ]);
  });

  it('treats a shipment registered from a delivered scan as created, changed and delivered', () => {
    expect(typesOf(domainEventsFor(null, deriveState([delivered]), CONTEXT))).toEqual([
      'shipment.created',
      'status.changed',
      'delivered',
    ]);
  });

  it('reports a substatus change with where it came from and went to', () => {
    const before = deriveState([pickup]);
    expect(domainEventsFor(before, deriveState([pickup, linehaul]), CONTEXT)).toEqual([
      {
        type: 'status.changed',
        payload: {
          shipmentId: 'shp_01HZX',
          from: { status: 'in_transit', substatus: 'in_transit.picked_up' },
          to: { status: 'in_transit', substatus: 'in_transit.linehaul' },
        },
      },
    ]);
  });

  it('emits nothing when a scan changes no status, such as a duplicate or a stray after delivery', () => {
    const before = deriveState([pickup, delivered]);
    expect(domainEventsFor(before, deriveState([pickup, delivered, pickup]), CONTEXT)).toEqual([]);
    expect(domainEventsFor(before, deriveState([pickup, delivered, linehaul]), CONTEXT)).toEqual([]);
  });

  it('raises an exception on entering one and when its kind changes, with who must act', () => {
    const held = deriveState([pickup, scan('exception.customs_hold', '2024-05-02T10:00:00Z')]);
    const due = deriveState([pickup, scan('exception.payment_due', '2024-05-03T10:00:00Z')]);
    expect(domainEventsFor(deriveState([pickup]), held, CONTEXT)).toContainEqual({
      type: 'exception.raised',
      payload: { shipmentId: 'shp_01HZX', substatus: 'exception.customs_hold', reason: 'customs' },
    });
    expect(typesOf(domainEventsFor(held, due, CONTEXT))).toEqual(['status.changed', 'exception.raised']);
  });

  it('announces delivery once, not when a later scan refines it', () => {
    const deliveredState = deriveState([pickup, delivered]);
    expect(domainEventsFor(deriveState([pickup]), deliveredState, CONTEXT)).toContainEqual({
      type: 'delivered',
      payload: {
        shipmentId: 'shp_01HZX',
        substatus: 'delivered.signed',
        deliveredAt: '2024-05-03T10:00:00.000Z',
      },
    });
    const refined = deriveState([pickup, delivered, scan('delivered.mailbox', '2024-05-03T10:05:00Z')]);
    expect(typesOf(domainEventsFor(deliveredState, refined, CONTEXT))).toEqual(['status.changed']);
  });

  it('keeps payloads JSON-safe and free of places', () => {
    const events = domainEventsFor(null, deriveState([pickup, delivered]), CONTEXT);
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
    expect(JSON.stringify(events)).not.toContain('Leipzig');
  });

  it('fit the generic shape other modules store', () => {
    const stored: { type: string; payload: Record<string, unknown> }[] = domainEventsFor(
      null,
      deriveState([]),
      CONTEXT,
    );
    expect(stored.every((event) => DOMAIN_EVENT_TYPES.includes(event.type as DomainEvent['type']))).toBe(
      true,
    );
  });
});

describe('stalledEventFor', () => {
  const state = deriveState([pickup]);
  const quiet = { msSinceLastScan: 1, businessDaysSilent: 1, stalled: false };
  const stalled = { msSinceLastScan: 9, businessDaysSilent: 3, stalled: true };

  it('fires when the shipment turns stalled', () => {
    expect(stalledEventFor(quiet, stalled, state, CONTEXT)).toEqual([
      {
        type: 'stalled',
        payload: {
          shipmentId: 'shp_01HZX',
          status: 'in_transit',
          substatus: 'in_transit.picked_up',
          businessDaysSilent: 3,
        },
      },
    ]);
    expect(typesOf(stalledEventFor(null, stalled, state, CONTEXT))).toEqual(['stalled']);
  });

  it('stays silent while it remains stalled or is not stalled', () => {
    expect(stalledEventFor(stalled, stalled, state, CONTEXT)).toEqual([]);
    expect(stalledEventFor(stalled, quiet, state, CONTEXT)).toEqual([]);
    expect(stalledEventFor(quiet, quiet, state, CONTEXT)).toEqual([]);
  });

  it('tells when the carrier gives a new estimate, and not when it repeats one', () => {
    const base = deriveState([]);
    const first = { ...base, carrierEstimate: '2026-12-01' };
    expect(domainEventsFor(base, first, { shipmentId: 's' })).toContainEqual({
      type: 'carrier_estimate.changed',
      payload: { shipmentId: 's', from: null, to: '2026-12-01' },
    });
    expect(domainEventsFor(first, first, { shipmentId: 's' })).toEqual([]);
  });
});
