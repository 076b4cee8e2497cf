import { describe, expect, it } from 'vitest';
import { isSubstatus } from '../../domain/status.js';
import type { IngestItem } from '../../ingest/ingest-item.js';
import { generateHistory, type HistoryOptions } from './history.js';
import { simulatorTrackingNumber } from './tracking-number.js';

const NOW = '2025-06-01T12:00:00.000Z';
const options: HistoryOptions = { seed: 5, shipments: 2000, now: NOW, tenantId: 'tenant-h', batchSize: 250 };

function collect(history: Iterable<IngestItem[]>): { batches: IngestItem[][]; items: IngestItem[] } {
  const batches = [...history];
  return { batches, items: batches.flat() };
}

describe('generateHistory', () => {
  const { batches, items } = collect(generateHistory(options));

  it('generates the asked number of shipments, each starting with its label', () => {
    const firstScans = new Map<string, IngestItem>();
    for (const item of items)
      if (!firstScans.has(item.trackingNumber)) firstScans.set(item.trackingNumber, item);
    expect(firstScans.size).toBe(2000);
    expect([...firstScans.values()].every((item) => item.status === 'info_received.label_created')).toBe(
      true,
    );
  });

  it('yields only scans that have happened by now, labels from the last thirty days', () => {
    const now = Date.parse(NOW);
    for (const item of items) {
      expect(Date.parse(item.occurredAt)).toBeLessThanOrEqual(now);
      expect(isSubstatus(item.status)).toBe(true);
      if (item.status === 'info_received.label_created') {
        expect(now - Date.parse(item.occurredAt)).toBeLessThanOrEqual(30 * 86_400_000);
      }
    }
    // A month of labels holds every stage: mostly delivered, some still on the way.
    const lastStatus = new Map(items.map((item) => [item.trackingNumber, item.status.split('.')[0]]));
    const finished = [...lastStatus.values()].filter((status) => status === 'delivered').length;
    expect(finished / lastStatus.size).toBeGreaterThan(0.6);
    expect(finished / lastStatus.size).toBeLessThan(0.95);
  });

  it('keeps each shipment in time order across batches, about eight scans each', () => {
    const previous = new Map<string, number>();
    for (const item of items) {
      const at = Date.parse(item.occurredAt);
      expect(at).toBeGreaterThan(previous.get(item.trackingNumber) ?? Number.NEGATIVE_INFINITY);
      previous.set(item.trackingNumber, at);
    }
    expect(items.length / 2000).toBeGreaterThan(6);
    expect(items.length / 2000).toBeLessThan(10);
  });

  it('fills every batch but the last', () => {
    expect(batches.slice(0, -1).every((batch) => batch.length === 250)).toBe(true);
    expect(batches.at(-1)?.length).toBeGreaterThan(0);
    expect(batches.at(-1)?.length).toBeLessThanOrEqual(250);
  });

  it('is the same for the same seed and differs for another', () => {
    const again = collect(generateHistory({ ...options, shipments: 50 })).items;
    expect(again).toEqual(items.slice(0, again.length));
    const other = collect(generateHistory({ ...options, seed: 6, shipments: 50 })).items;
    expect(other[0]?.trackingNumber).not.toBe(items[0]?.trackingNumber);
  });

  it('does not reuse the live runner’s tracking numbers for the same seed', () => {
    const live = new Set(
      Array.from({ length: 2000 }, (_, sequence) => simulatorTrackingNumber(options.seed, sequence)),
    );
    expect(items.some((item) => live.has(item.trackingNumber))).toBe(false);
  });

  it('streams: the first batch of a vast history comes without planning the rest', () => {
    const history = generateHistory({ ...options, shipments: 1_000_000_000 });
    const first = history.next();
    expect(first.done).toBe(false);
    expect(first.value).toHaveLength(250);
    history.return();
  });

  it('yields nothing for no shipments, and names bad options', () => {
    expect([...generateHistory({ ...options, shipments: 0 })]).toEqual([]);
    expect(() => [...generateHistory({ ...options, now: 'soon', batchSize: 0 })]).toThrow(/now, batchSize/);
  });
});
