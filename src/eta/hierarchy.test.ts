import { describe, expect, it } from 'vitest';

import { HierarchicalHistograms } from './hierarchy.js';
import { laneKeysOf, LEVELS, type Lane } from './lane.js';
import { quantileIndex, splitNormalPmf } from './pmf.js';

const SIZE = 40;
const prior = splitNormalPmf(SIZE, 0, 2, 4, 7);

function lane(origin: string, destination: string): Lane {
  return {
    carrier: 'ups',
    service: 'ground',
    origin: { country: 'US', region: origin },
    destination: { country: 'US', region: destination },
  };
}

/** The region to TX: 400 deliveries of 3 days from other origins. */
function withBusyRegion(strength: number): HierarchicalHistograms {
  const histograms = new HierarchicalHistograms(0, SIZE - 1, strength, 10_000);
  for (let i = 0; i < 400; i++) histograms.observe(0, laneKeysOf(lane(i % 2 ? 'CA' : 'NY', 'TX')), 3, 1);
  return histograms;
}

describe('shrinkage across the lane hierarchy', () => {
  it('lets a thin lane follow its region', () => {
    const histograms = withBusyRegion(20);
    const thin = laneKeysOf(lane('WA', 'TX'));
    for (let i = 0; i < 3; i++) histograms.observe(0, thin, 9, 1);
    const out = new Float64Array(SIZE);
    const { support } = histograms.shrink(0, thin, prior, 1, out);
    expect(quantileIndex(out, 0.5)).toBe(3);
    expect(support[LEVELS.indexOf('lane')]!.share).toBeCloseTo(3 / 23, 5);
  });

  it('lets a busy lane speak for itself', () => {
    const histograms = withBusyRegion(20);
    const busy = laneKeysOf(lane('WA', 'TX'));
    for (let i = 0; i < 500; i++) histograms.observe(0, busy, 9, 1);
    const out = new Float64Array(SIZE);
    histograms.shrink(0, busy, prior, 1, out);
    expect(quantileIndex(out, 0.5)).toBe(9);
  });

  it('moves smoothly from region to lane as deliveries accumulate', () => {
    const histograms = withBusyRegion(20);
    const growing = laneKeysOf(lane('WA', 'TX'));
    const out = new Float64Array(SIZE);
    let previousMassAtNine = 0;
    for (const n of [1, 5, 20, 80, 320]) {
      while (histograms.shrink(0, growing, prior, 1, out).support[5]!.count < n)
        histograms.observe(0, growing, 9, 1);
      histograms.shrink(0, growing, prior, 1, out);
      expect(out[9]!).toBeGreaterThan(previousMassAtNine);
      previousMassAtNine = out[9]!;
    }
  });

  it('falls back to the published prior when nothing is known', () => {
    const histograms = new HierarchicalHistograms(0, SIZE - 1, 20, 10_000);
    const out = new Float64Array(SIZE);
    const { priorShare } = histograms.shrink(0, laneKeysOf(lane('WA', 'TX')), prior, 1, out);
    expect(priorShare).toBe(1);
    expect([...out]).toEqual([...prior]);
  });

  it('stops adding groups at the cap and lets new lanes use their parents', () => {
    const histograms = new HierarchicalHistograms(0, SIZE - 1, 20, 6);
    histograms.observe(0, laneKeysOf(lane('CA', 'TX')), 3, 1);
    histograms.observe(0, laneKeysOf(lane('NY', 'TX')), 3, 1);
    expect(histograms.groupCount).toBe(6);
    expect(histograms.droppedGroups).toBe(1);
  });
});
