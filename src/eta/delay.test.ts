import { describe, expect, it } from 'vitest';

import type { EstimatedDeliveryWindow } from '../domain/shipment.js';
import { detectDelay } from './delay.js';

function window(
  mostLikely: string,
  earliest: string,
  latest: string,
  probabilityByPromise?: number,
): EstimatedDeliveryWindow {
  return {
    mostLikely,
    earliest,
    latest,
    confidence: 0.8,
    probabilityByPromise,
    basis: 'based on 200 similar UPS Ground shipments to this area',
    predictedAt: '2024-06-03T10:00:00.000Z',
  };
}

const tuesday = window('2024-06-04', '2024-06-03', '2024-06-05', 0.9);

describe('eta.changed', () => {
  it('is emitted for the first estimate', () => {
    const { events } = detectDelay({ previous: null, next: tuesday });
    expect(events).toEqual([
      { type: 'eta.changed', payload: { previous: null, window: tuesday, shiftDays: null } },
    ]);
  });

  it('is emitted when the most likely date moves by a day or more', () => {
    const thursday = window('2024-06-06', '2024-06-05', '2024-06-07', 0.9);
    const { events } = detectDelay({ previous: tuesday, next: thursday });
    expect(events).toEqual([
      { type: 'eta.changed', payload: { previous: tuesday, window: thursday, shiftDays: 2 } },
    ]);
  });

  it('is emitted when only the window moves', () => {
    const wider = window('2024-06-04', '2024-06-03', '2024-06-07', 0.9);
    expect(detectDelay({ previous: tuesday, next: wider }).events.map((e) => e.type)).toEqual([
      'eta.changed',
    ]);
  });

  it('is not emitted when nothing moved, even if the basis or time did', () => {
    const again = {
      ...tuesday,
      predictedAt: '2024-06-03T18:00:00.000Z',
      basis: 'based on 201 similar shipments',
    };
    expect(detectDelay({ previous: tuesday, next: again }).events).toEqual([]);
  });
});

describe('delay.detected', () => {
  it('flags a promise at risk when the chance of meeting it falls below the threshold', () => {
    const late = window('2024-06-07', '2024-06-05', '2024-06-10', 0.3);
    const verdict = detectDelay({ previous: tuesday, next: late, promisedDate: '2024-06-05' });
    expect(verdict.delayed).toBe(true);
    expect(verdict.reasons).toEqual(['promise_at_risk']);
    const delay = verdict.events.find((event) => event.type === 'delay.detected');
    expect(delay).toEqual({
      type: 'delay.detected',
      payload: {
        reason: 'promise_at_risk',
        window: late,
        promisedDate: '2024-06-05',
        detail: 'Unlikely to arrive by the promised 2024-06-05 (30% chance); now expected 2024-06-07.',
      },
    });
  });

  it('does not flag a promise that is still likely to be met', () => {
    expect(detectDelay({ previous: null, next: tuesday, promisedDate: '2024-06-05' }).delayed).toBe(false);
  });

  it("flags the carrier's estimate slipping, whatever order the estimates arrive in", () => {
    const verdict = detectDelay({
      previous: tuesday,
      next: tuesday,
      carrierEstimates: [
        { at: '2024-06-02T09:00:00Z', date: '2024-06-06' },
        { at: '2024-06-01T09:00:00Z', date: '2024-06-04' },
      ],
    });
    expect(verdict.reasons).toEqual(['carrier_estimate_slipped']);
    expect(verdict.events).toHaveLength(1);
    expect(verdict.events[0]!.type).toBe('delay.detected');
  });

  it('does not flag a carrier estimate that moved earlier', () => {
    const verdict = detectDelay({
      previous: tuesday,
      next: tuesday,
      carrierEstimates: [
        { at: '2024-06-01T09:00:00Z', date: '2024-06-06' },
        { at: '2024-06-02T09:00:00Z', date: '2024-06-04' },
      ],
    });
    expect(verdict.delayed).toBe(false);
  });

  it('flags a stalled shipment, and reports every reason that holds', () => {
    const late = window('2024-06-07', '2024-06-05', '2024-06-10', 0.2);
    const verdict = detectDelay({
      previous: tuesday,
      next: late,
      promisedDate: '2024-06-05',
      stalled: true,
      carrierEstimates: [
        { at: '2024-06-01T09:00:00Z', date: '2024-06-04' },
        { at: '2024-06-03T09:00:00Z', date: '2024-06-07' },
      ],
    });
    expect(verdict.reasons).toEqual(['promise_at_risk', 'carrier_estimate_slipped', 'stalled']);
    expect(verdict.events.map((event) => event.type)).toEqual([
      'eta.changed',
      'delay.detected',
      'delay.detected',
      'delay.detected',
    ]);
  });

  it('announces a delay once: reasons already active are not emitted again', () => {
    const late = window('2024-06-07', '2024-06-05', '2024-06-10', 0.2);
    const verdict = detectDelay({
      previous: late,
      next: late,
      promisedDate: '2024-06-05',
      stalled: true,
      activeReasons: ['promise_at_risk'],
    });
    expect(verdict.reasons).toEqual(['promise_at_risk', 'stalled']);
    expect(verdict.events).toHaveLength(1);
    expect(verdict.events[0]).toMatchObject({ type: 'delay.detected', payload: { reason: 'stalled' } });
  });

  it('judges a promise by the most likely date when there is no probability', () => {
    const late = window('2024-06-07', '2024-06-05', '2024-06-10');
    expect(detectDelay({ previous: late, next: late, promisedDate: '2024-06-05' }).reasons).toEqual([
      'promise_at_risk',
    ]);
  });
});
