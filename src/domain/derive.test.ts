import { describe, expect, it } from 'vitest';
import { deriveState } from './derive.js';
import { scan } from './test-scan.js';

const LEIPZIG = { city: 'Leipzig', postalCode: '04435', country: 'DE' };
const BERLIN = { city: 'Berlin', country: 'DE' };

describe('deriveState', () => {
  it('gives a registered, pending shipment for an empty timeline', () => {
    expect(deriveState([])).toEqual({
      status: 'pending',
      substatus: 'pending.registered',
      exceptionReason: null,
      lastLocation: null,
      lastEventAt: null,
      deliveredAt: null,
      firstScanAt: null,
      deliveryAttempts: 0,
      carrierEstimate: null,
      eventCount: 0,
      corrected: false,
    });
  });

  it('follows the scans in the order they happened, not the order they arrived', () => {
    const state = deriveState([
      scan('out_for_delivery.on_vehicle', '2024-05-03T07:10:00Z', { location: BERLIN }),
      scan('info_received.label_created', '2024-05-01T09:00:00Z'),
      scan('in_transit.picked_up', '2024-05-01T17:30:00Z', { location: LEIPZIG }),
    ]);
    expect(state).toMatchObject({
      status: 'out_for_delivery',
      substatus: 'out_for_delivery.on_vehicle',
      lastLocation: BERLIN,
      lastEventAt: '2024-05-03T07:10:00.000Z',
      firstScanAt: '2024-05-01T17:30:00.000Z',
      eventCount: 3,
    });
  });

  it('orders by instant when scans are spelled with different offsets', () => {
    // 09:30+02:00 is 07:30Z, so the delivery (08:00Z) is the later scan despite its smaller wall-clock time.
    const state = deriveState([
      scan('delivered.standard', '2024-05-03T08:00:00Z'),
      scan('out_for_delivery.on_vehicle', '2024-05-03T09:30:00+02:00'),
    ]);
    expect(state.status).toBe('delivered');
    expect(state.deliveredAt).toBe('2024-05-03T08:00:00.000Z');
  });

  it('counts the same scan arriving twice once', () => {
    const pickup = scan('in_transit.picked_up', '2024-05-01T17:30:00Z');
    const state = deriveState([pickup, pickup, { ...pickup, source: { adapter: 'ups', mode: 'push' } }]);
    expect(state.eventCount).toBe(1);
  });

  it('puts delivery after out-for-delivery when both carry the same minute', () => {
    const state = deriveState([
      scan('delivered.signed', '2024-05-03T12:00:00Z'),
      scan('out_for_delivery.on_vehicle', '2024-05-03T12:00:00Z'),
    ]);
    expect(state.substatus).toBe('delivered.signed');
  });

  describe('delivered is sticky', () => {
    const delivered = scan('delivered.safe_place', '2024-05-03T12:00:00Z', { location: BERLIN });

    it('ignores a stray depot scan after delivery but still records when it came', () => {
      const state = deriveState([
        delivered,
        scan('in_transit.destination_facility', '2024-05-04T03:00:00Z', { location: LEIPZIG }),
      ]);
      expect(state).toMatchObject({
        status: 'delivered',
        substatus: 'delivered.safe_place',
        deliveredAt: '2024-05-03T12:00:00.000Z',
        lastLocation: BERLIN,
        lastEventAt: '2024-05-04T03:00:00.000Z',
      });
    });

    it('ignores a late exception, failed attempt, expiry or cancellation', () => {
      for (const stray of [
        'exception.lost',
        'attempt_failed.other',
        'expired.no_updates',
        'cancelled.by_carrier',
      ] as const) {
        expect(deriveState([delivered, scan(stray, '2024-05-05T00:00:00Z')]).substatus).toBe(
          'delivered.safe_place',
        );
      }
    });

    it('lets a later delivered scan refine how, but not when', () => {
      const state = deriveState([delivered, scan('delivered.signed', '2024-05-03T12:20:00Z')]);
      expect(state.substatus).toBe('delivered.signed');
      expect(state.deliveredAt).toBe('2024-05-03T12:00:00.000Z');
      expect(state.deliveryAttempts).toBe(1);
    });

    it('is overturned by a later return to sender', () => {
      const state = deriveState([delivered, scan('return_to_sender.initiated', '2024-05-04T09:00:00Z')]);
      expect(state).toMatchObject({ status: 'return_to_sender', deliveredAt: null, deliveryAttempts: 0 });
    });

    it('is overturned by a later explicit correction', () => {
      const correction = scan('in_transit.rerouted', '2024-05-04T09:00:00Z', { corrects: 'some-other-scan' });
      expect(deriveState([delivered, correction])).toMatchObject({ status: 'in_transit', deliveredAt: null });
    });
  });

  describe('corrections', () => {
    it('void the corrected scan, which stops counting', () => {
      const wrong = scan('delivered.standard', '2024-05-03T12:00:00Z');
      const fix = scan('attempt_failed.recipient_absent', '2024-05-03T12:05:00Z', {
        corrects: wrong.dedupeKey,
      });
      const state = deriveState([scan('out_for_delivery.on_vehicle', '2024-05-03T07:00:00Z'), wrong, fix]);
      expect(state).toMatchObject({
        status: 'attempt_failed',
        deliveredAt: null,
        deliveryAttempts: 1,
        eventCount: 2,
      });
    });

    it('work when the correction arrives before the scan it corrects', () => {
      const wrong = scan('delivered.standard', '2024-05-03T12:00:00Z');
      const fix = scan('exception.address_issue', '2024-05-03T13:00:00Z', { corrects: wrong.dedupeKey });
      expect(deriveState([fix, wrong])).toEqual(deriveState([wrong, fix]));
      expect(deriveState([fix, wrong]).substatus).toBe('exception.address_issue');
    });

    it('void a correction that is itself corrected, and the scan it corrected stays voided', () => {
      const original = scan('delivered.standard', '2024-05-03T12:00:00Z');
      const first = scan('exception.lost', '2024-05-03T13:00:00Z', { corrects: original.dedupeKey });
      const second = scan('in_transit.delayed', '2024-05-03T14:00:00Z', { corrects: first.dedupeKey });
      expect(deriveState([original, first, second])).toMatchObject({
        substatus: 'in_transit.delayed',
        eventCount: 1,
      });
    });

    it('let a corrected copy of a scan replace the copy with the same dedupe key', () => {
      const original = scan('delivered.standard', '2024-05-03T12:00:00Z', { dedupeKey: 'scan-1' });
      const fixed = { ...original, substatus: 'delivered.neighbour', corrects: 'scan-1' } as const;
      expect(deriveState([fixed, original])).toMatchObject({
        substatus: 'delivered.neighbour',
        eventCount: 1,
      });
      expect(deriveState([original, fixed])).toMatchObject({
        substatus: 'delivered.neighbour',
        eventCount: 1,
      });
    });
  });

  describe('return to sender', () => {
    const timeline = [
      scan('in_transit.picked_up', '2024-05-01T10:00:00Z'),
      scan('attempt_failed.recipient_absent', '2024-05-03T10:00:00Z'),
      scan('return_to_sender.initiated', '2024-05-10T10:00:00Z'),
    ];

    it('reads later transit scans as the way back', () => {
      const state = deriveState([
        ...timeline,
        scan('in_transit.linehaul', '2024-05-11T10:00:00Z'),
        scan('out_for_delivery.on_vehicle', '2024-05-12T07:00:00Z'),
      ]);
      expect(state.substatus).toBe('return_to_sender.in_transit');
    });

    it('reads a later delivery as the parcel back with the sender, which is no delivery', () => {
      const state = deriveState([...timeline, scan('delivered.signed', '2024-05-12T10:00:00Z')]);
      expect(state).toMatchObject({
        substatus: 'return_to_sender.delivered',
        deliveredAt: null,
        deliveryAttempts: 1,
      });
    });

    it('keeps a return that reached the sender final against stray scans', () => {
      const state = deriveState([
        ...timeline,
        scan('return_to_sender.delivered', '2024-05-12T10:00:00Z'),
        scan('in_transit.other', '2024-05-13T10:00:00Z'),
        scan('exception.other', '2024-05-14T10:00:00Z'),
      ]);
      expect(state.substatus).toBe('return_to_sender.delivered');
    });

    it('lets an exception on the way back show, and resumes the return after it', () => {
      const withException = [...timeline, scan('exception.damaged', '2024-05-11T10:00:00Z')];
      expect(deriveState(withException)).toMatchObject({ status: 'exception', exceptionReason: 'carrier' });
      expect(
        deriveState([...withException, scan('in_transit.other', '2024-05-12T10:00:00Z')]).substatus,
      ).toBe('return_to_sender.in_transit');
    });

    it('ends when a correction says the parcel is going forward after all', () => {
      const state = deriveState([
        ...timeline,
        scan('in_transit.rerouted', '2024-05-11T10:00:00Z', { corrects: 'a-scan-we-never-received' }),
        scan('delivered.standard', '2024-05-12T10:00:00Z'),
      ]);
      expect(state).toMatchObject({
        substatus: 'delivered.standard',
        deliveredAt: '2024-05-12T10:00:00.000Z',
      });
    });
  });

  it('lets a physical scan overturn pending, expiry and cancellation', () => {
    for (const before of ['pending.not_found', 'expired.not_found', 'cancelled.by_retailer'] as const) {
      const state = deriveState([
        scan(before, '2024-05-01T10:00:00Z'),
        scan('in_transit.picked_up', '2024-05-02T10:00:00Z'),
      ]);
      expect(state.substatus).toBe('in_transit.picked_up');
    }
  });

  it('does not move a scanned parcel back to label-created or pending', () => {
    const state = deriveState([
      scan('in_transit.picked_up', '2024-05-01T10:00:00Z'),
      scan('info_received.label_created', '2024-05-02T10:00:00Z'),
      scan('pending.not_found', '2024-05-03T10:00:00Z'),
    ]);
    expect(state.substatus).toBe('in_transit.picked_up');
    expect(state.lastEventAt).toBe('2024-05-03T10:00:00.000Z');
  });

  it('does not count label data, expiry or cancellation as the first scan', () => {
    const state = deriveState([
      scan('info_received.label_created', '2024-05-01T08:00:00Z'),
      scan('cancelled.by_retailer', '2024-05-01T09:00:00Z'),
      scan('in_transit.picked_up', '2024-05-02T10:00:00Z'),
    ]);
    expect(state.firstScanAt).toBe('2024-05-02T10:00:00.000Z');
  });

  it('counts failed attempts and the delivery', () => {
    const state = deriveState([
      scan('attempt_failed.recipient_absent', '2024-05-03T10:00:00Z'),
      scan('attempt_failed.no_access', '2024-05-04T10:00:00Z'),
      scan('delivered.neighbour', '2024-05-05T10:00:00Z'),
    ]);
    expect(state.deliveryAttempts).toBe(3);
  });

  it('gives who must act for an exception, and nothing otherwise', () => {
    expect(deriveState([scan('exception.customs_hold', '2024-05-03T10:00:00Z')]).exceptionReason).toBe(
      'customs',
    );
    expect(deriveState([scan('in_transit.customs', '2024-05-03T10:00:00Z')]).exceptionReason).toBeNull();
  });

  it('takes the carrier estimate from the newest scan that has one, whatever arrived last', () => {
    const state = deriveState([
      scan('in_transit.linehaul', '2024-05-02T10:00:00Z', { carrierEstimate: '2024-05-06' }),
      scan('in_transit.destination_facility', '2024-05-03T10:00:00Z'),
      scan('in_transit.picked_up', '2024-05-01T10:00:00Z', { carrierEstimate: '2024-05-04' }),
    ]);
    expect(state.carrierEstimate).toBe('2024-05-06');
  });

  it('keeps the last known place when newer scans carry none', () => {
    const state = deriveState([
      scan('in_transit.picked_up', '2024-05-01T10:00:00Z', { location: LEIPZIG }),
      scan('in_transit.linehaul', '2024-05-02T10:00:00Z', { location: {} }),
      scan('in_transit.delayed', '2024-05-03T10:00:00Z'),
    ]);
    expect(state.lastLocation).toEqual(LEIPZIG);
  });

  it('reads an instant without an offset as UTC, wherever the server runs', () => {
    const state = deriveState([scan('in_transit.picked_up', '2024-05-01T10:00:00')]);
    expect(state.lastEventAt).toBe('2024-05-01T10:00:00.000Z');
  });

  it('rejects a scan whose time is not an instant', () => {
    expect(() => deriveState([scan('in_transit.picked_up', 'yesterday')])).toThrow(/occurredAt/);
  });
});
