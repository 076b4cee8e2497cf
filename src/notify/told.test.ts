import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { DomainEvent } from '../domain/domain-events.js';
import type { EstimatedDeliveryWindow } from '../domain/shipment.js';
import type { FiredTopic } from './templates/compose.js';
import { toldBy, topicsForRecipient, type ToldEstimate } from './told.js';
import { TOPICS, type Topic } from './topics.js';

function window(mostLikely: string): EstimatedDeliveryWindow {
  return {
    mostLikely,
    earliest: mostLikely,
    latest: mostLikely,
    confidence: 0.8,
    basis: 'b',
    predictedAt: 'x',
  };
}

function moved(at: string, from: string, to: string): FiredTopic {
  const shiftDays = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  const event = {
    type: 'eta.changed',
    payload: { shipmentId: 's', previous: window(from), window: window(to), shiftDays },
  } as DomainEvent;
  return { topic: 'estimate_moved', event, at };
}

function status(topic: Topic, at: string): FiredTopic {
  const event = {
    type: 'status.changed',
    payload: { shipmentId: 's', from: { status: 'in_transit' }, to: { status: topic } },
  } as unknown as DomainEvent;
  return { topic, event, at };
}

const told = (mostLikely: string): ToldEstimate => ({ mostLikely, earliest: mostLikely, latest: mostLikely });

describe('what one recipient hears', () => {
  it('drops an estimate move when this recipient was never told an estimate', () => {
    expect(topicsForRecipient([moved('t1', '2026-12-10', '2026-12-03')], null)).toEqual([]);
    const out = topicsForRecipient(
      [status('out_for_delivery', 't1'), moved('t2', '2026-12-10', '2026-12-03')],
      null,
    );
    expect(out.map((f) => f.topic)).toEqual(['out_for_delivery']);
  });

  it('measures a move from what the recipient was last told, across every move since', () => {
    const out = topicsForRecipient(
      [moved('t1', '2026-12-05', '2026-12-07'), moved('t2', '2026-12-07', '2026-12-09')],
      told('2026-12-06'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.event.type === 'eta.changed' && out[0]!.event.payload.shiftDays).toBe(3);
    // The shipment's current estimate wins over the events, which may miss a later move that day.
    const current = topicsForRecipient(
      [moved('t1', '2026-12-05', '2026-12-07')],
      told('2026-12-06'),
      window('2026-12-10'),
    );
    expect(current[0]!.event.type === 'eta.changed' && current[0]!.event.payload).toMatchObject({
      shiftDays: 4,
      window: { mostLikely: '2026-12-10' },
    });
    // Back where the recipient was told it was: nothing to say.
    expect(
      topicsForRecipient(
        [moved('t1', '2026-12-06', '2026-12-08'), moved('t2', '2026-12-08', '2026-12-06')],
        told('2026-12-06'),
      ),
    ).toEqual([]);
  });

  it('leads with where the parcel is now, whatever order the events came in', () => {
    const out = topicsForRecipient(
      [status('shipped', 't1'), status('out_for_delivery', 't2'), moved('t3', '2026-12-09', '2026-12-06')],
      told('2026-12-09'),
    );
    expect(out.map((f) => f.topic)).toEqual(['shipped', 'estimate_moved', 'out_for_delivery']);
    // Of two updates on where it is, the newer leads: it replaces the older.
    const attempts = topicsForRecipient(
      [status('out_for_delivery', 't1'), status('failed_attempt', 't2')],
      null,
    );
    expect(attempts.at(-1)!.topic).toBe('failed_attempt');
  });

  it('never invents, repeats or loses a topic other than estimate moves (property)', () => {
    const fired = fc.array(
      fc.oneof(
        fc.record({
          topic: fc.constantFrom(...TOPICS.filter((t) => t !== 'estimate_moved')),
          minute: fc.nat(59),
        }),
        fc.record({
          topic: fc.constant('estimate_moved' as const),
          minute: fc.nat(59),
          shift: fc.integer({ min: -9, max: 9 }),
        }),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(fired, fc.option(fc.integer({ min: -5, max: 5 })), (items, toldShift) => {
        const at = (minute: number) => `2026-12-06T10:${String(minute).padStart(2, '0')}:00Z`;
        const topics = items.map((item) =>
          'shift' in item
            ? moved(
                at(item.minute),
                '2026-12-10',
                new Date(Date.parse('2026-12-10') + item.shift * 86_400_000).toISOString().slice(0, 10),
              )
            : status(item.topic, at(item.minute)),
        );
        const last =
          toldShift === null
            ? null
            : told(new Date(Date.parse('2026-12-10') + toldShift * 86_400_000).toISOString().slice(0, 10));
        const out = topicsForRecipient(topics, last);
        const others = (list: FiredTopic[]) => list.filter((f) => f.topic !== 'estimate_moved');
        expect(new Set(others(out))).toEqual(new Set(others(topics)));
        const moves = out.filter((f) => f.topic === 'estimate_moved');
        expect(moves.length).toBeLessThanOrEqual(1);
        if (last === null) expect(moves).toHaveLength(0);
        for (const move of moves)
          expect(
            move.event.type === 'eta.changed' && Math.abs(move.event.payload.shiftDays ?? 0),
          ).toBeGreaterThanOrEqual(1);
        if (out.length > 0 && out.some((f) => f.topic !== 'estimate_moved'))
          expect(out.at(-1)!.topic).not.toBe('estimate_moved');
      }),
    );
  });

  it('remembers the window a message showed', () => {
    expect(toldBy([moved('t1', '2026-12-05', '2026-12-07')], window('2026-12-01'))).toEqual(
      told('2026-12-07'),
    );
    expect(toldBy([status('out_for_delivery', 't1')], window('2026-12-06'))).toEqual(told('2026-12-06'));
    expect(toldBy([status('delivered', 't1')], window('2026-12-06'))).toBeNull();
    expect(toldBy([status('shipped', 't1')], null)).toBeNull();
  });
});
