import { describe, expect, it } from 'vitest';
import { scan } from './test-scan.js';
import { effectiveTimeline, orderTimeline } from './timeline.js';

describe('orderTimeline', () => {
  it('orders by instant, then along the journey, keeping every stored scan', () => {
    const delivered = scan('delivered.standard', '2024-05-03T12:00:00Z');
    const outForDelivery = scan('out_for_delivery.on_vehicle', '2024-05-03T14:00:00+02:00');
    const pickup = scan('in_transit.picked_up', '2024-05-01T10:00:00Z');
    expect(orderTimeline([delivered, pickup, outForDelivery, pickup])).toEqual([
      pickup,
      pickup,
      outForDelivery,
      delivered,
    ]);
  });

  it('breaks a remaining tie by dedupe key, not by arrival', () => {
    const a = scan('in_transit.other', '2024-05-01T10:00:00Z', { dedupeKey: 'a' });
    const b = scan('in_transit.other', '2024-05-01T10:00:00Z', { dedupeKey: 'b' });
    expect(orderTimeline([b, a])).toEqual([a, b]);
  });
});

describe('effectiveTimeline', () => {
  it('keeps one copy per dedupe key and drops what corrections void', () => {
    const wrong = scan('delivered.standard', '2024-05-03T12:00:00Z');
    const fix = scan('attempt_failed.other', '2024-05-03T12:01:00Z', { corrects: wrong.dedupeKey });
    const pickup = scan('in_transit.picked_up', '2024-05-01T10:00:00Z');
    const pushedPickup = { ...pickup, source: { adapter: 'ups', mode: 'push' as const } };
    expect(effectiveTimeline([fix, pushedPickup, wrong, pickup])).toHaveLength(2);
    expect(effectiveTimeline([fix, pushedPickup, wrong, pickup]).map((event) => event.substatus)).toEqual([
      'in_transit.picked_up',
      'attempt_failed.other',
    ]);
  });

  it('picks the same copy of a scan whichever copy arrived first', () => {
    const pulled = scan('in_transit.linehaul', '2024-05-01T10:00:00Z', { dedupeKey: 'same' });
    const pushed = {
      ...pulled,
      rawDescription: 'Departed facility',
      source: { adapter: 'ups', mode: 'push' as const },
    };
    expect(effectiveTimeline([pulled, pushed])).toEqual(effectiveTimeline([pushed, pulled]));
  });
});
