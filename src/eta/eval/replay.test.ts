import { describe, expect, it } from 'vitest';

import { readHistoryRecord, type HistoryRecord } from './history-record.js';
import { replayDeliveryHistory, type PredictionRow } from './replay.js';

const context = { zone: 'UTC', country: undefined };

function record(id: string, shipped: string, delivered: string): HistoryRecord {
  const parsed = readHistoryRecord(
    { id, shipped_at: shipped, delivered_at: delivered, origin_region: 'A', destination_region: 'B' },
    context,
  );
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

function predictionsFor(records: HistoryRecord[]): Map<string, PredictionRow> {
  const rows = new Map<string, PredictionRow>();
  replayDeliveryHistory(records, { zone: 'UTC', onPrediction: (row) => rows.set(row.id, row) });
  return rows;
}

describe('replaying a history', () => {
  it('does not let a delivery that happens later inform an earlier prediction', () => {
    // `slow` is handed over first but arrives a month later; `quick` is predicted in between.
    const slow = record('slow', '2024-01-08T09:00:00', '2024-02-09T09:00:00');
    const quick = record('quick', '2024-01-09T09:00:00', '2024-01-11T09:00:00');
    const withSlow = predictionsFor([slow, quick]).get('quick')!;
    const alone = predictionsFor([quick]).get('quick')!;
    expect(withSlow).toEqual(alone);
  });

  it('uses a delivery completed before the prediction', () => {
    const early = Array.from({ length: 30 }, (_, n) =>
      record(`early-${n}`, `2024-01-${String(n + 1).padStart(2, '0')}T09:00:00`, '2024-02-01T09:00:00'),
    );
    const later = record('later', '2024-02-05T09:00:00', '2024-02-06T09:00:00');
    const informed = predictionsFor([...early, later]).get('later')!;
    const cold = predictionsFor([later]).get('later')!;
    expect(informed.predictedDate).not.toBe(cold.predictedDate);
  });

  it('reads its input in any order', () => {
    const records = [
      record('a', '2024-01-08T09:00:00', '2024-01-12T09:00:00'),
      record('b', '2024-01-15T09:00:00', '2024-01-17T09:00:00'),
      record('c', '2024-01-22T09:00:00', '2024-01-26T09:00:00'),
    ];
    const forward = predictionsFor(records);
    const backward = predictionsFor([...records].reverse());
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });
});
