import { describe, expect, it } from 'vitest';

import type { EstimatedDeliveryWindow } from '../domain/shipment.js';
import { appendEstimate, describeEstimateChange } from './estimate-history.js';

function estimate(mostLikely: string, predictedAt = '2024-06-03T10:00:00.000Z'): EstimatedDeliveryWindow {
  return { mostLikely, earliest: mostLikely, latest: mostLikely, confidence: 0.8, basis: '', predictedAt };
}

describe('the history of estimates', () => {
  it('says "was Tuesday, now Thursday"', () => {
    let history = appendEstimate([], estimate('2024-06-04'));
    history = appendEstimate(history, estimate('2024-06-06'));
    expect(describeEstimateChange(history)).toBe('was Tuesday, now Thursday');
  });

  it('names dates when they are more than a week apart', () => {
    let history = appendEstimate([], estimate('2024-06-04'));
    history = appendEstimate(history, estimate('2024-06-14'));
    expect(describeEstimateChange(history)).toBe('was Tue 4 Jun, now Fri 14 Jun');
  });

  it('only records changes, and says nothing when the date never moved', () => {
    const first = appendEstimate([], estimate('2024-06-04'));
    const same = appendEstimate(first, estimate('2024-06-04', '2024-06-03T18:00:00.000Z'));
    expect(same).toBe(first);
    expect(describeEstimateChange(same)).toBeUndefined();
  });

  it('keeps the first estimate and the latest ones when it grows long', () => {
    let history = appendEstimate([], estimate('2024-06-01'));
    for (let day = 2; day <= 28; day++)
      history = appendEstimate(history, estimate(`2024-06-${String(day).padStart(2, '0')}`), 5);
    expect(history.map((entry) => entry.mostLikely)).toEqual([
      '2024-06-01',
      '2024-06-25',
      '2024-06-26',
      '2024-06-27',
      '2024-06-28',
    ]);
  });
});
