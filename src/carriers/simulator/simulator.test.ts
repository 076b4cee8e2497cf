import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSubstatus } from '../../domain/status.js';
import type { IngestItem } from '../../ingest/ingest-item.js';
import { CarrierSimulator, type CarrierSimulatorOptions } from './simulator.js';
import { isSimulatorTrackingNumber } from './tracking-number.js';

const START = Date.parse('2025-03-10T12:00:00Z');
const HOUR = 3_600_000;

function simulator(overrides: Partial<CarrierSimulatorOptions> = {}) {
  const calls: IngestItem[][] = [];
  let realNow = 1_000_000;
  const sim = new CarrierSimulator({
    seed: 17,
    acceleration: 3600,
    newShipmentsPerMinute: 30,
    tenantId: 'tenant-a',
    startAt: new Date(START).toISOString(),
    inFlightAtStart: 5,
    clock: () => realNow,
    ingest: async (items) => {
      calls.push(items);
    },
    ...overrides,
  });
  return {
    sim,
    calls,
    items: () => calls.flat(),
    advanceRealClock: (ms: number) => {
      realNow += ms;
    },
  };
}

function byTrackingNumber(items: readonly IngestItem[]): Map<string, IngestItem[]> {
  const groups = new Map<string, IngestItem[]>();
  for (const item of items)
    groups.set(item.trackingNumber, [...(groups.get(item.trackingNumber) ?? []), item]);
  return groups;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('CarrierSimulator.tickUntil', () => {
  it('hands over the scans of shipments already under way at once', async () => {
    const { sim, items } = simulator({ newShipmentsPerMinute: 0 });
    await sim.tickUntil(START);
    expect(items().length).toBeGreaterThan(5);
    expect(byTrackingNumber(items()).size).toBe(5);
    expect(items().every((item) => Date.parse(item.occurredAt) <= START)).toBe(true);
  });

  it('hands over only what is due, each shipment in time order, shaped as a carrier push', async () => {
    const { sim, items } = simulator();
    for (let hour = 0; hour <= 72; hour += 3) {
      await sim.tickUntil(START + hour * HOUR);
      expect(items().every((item) => Date.parse(item.occurredAt) <= START + hour * HOUR)).toBe(true);
    }
    // One new shipment every two simulated hours (30 a real minute at 3600×), plus the 5 in flight.
    expect(byTrackingNumber(items()).size).toBe(5 + 37);
    for (const [trackingNumber, scans] of byTrackingNumber(items())) {
      expect(isSimulatorTrackingNumber(trackingNumber)).toBe(true);
      const instants = scans.map((item) => Date.parse(item.occurredAt));
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
    }
    for (const item of items()) {
      expect(item).toMatchObject({
        tenantId: 'tenant-a',
        carrier: 'simulator',
        source: { adapter: 'simulator', mode: 'simulator' },
      });
      expect(isSubstatus(item.status)).toBe(true);
      expect(item.zone).toMatch(/^[A-Za-z_]+\/[A-Za-z_/]+$/);
      expect(item.occurredAt).toMatch(/Z$/);
      expect(item.shipment?.origin?.country).toMatch(/^[A-Z]{2}$/);
      expect(item.shipment?.promisedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(items().some((item) => item.status.startsWith('delivered.'))).toBe(true);
    expect(sim.progress.scansHandedOver).toBe(items().length);
  });

  it('replays exactly for the same seed, however time is stepped', async () => {
    const coarse = simulator();
    const fine = simulator();
    await coarse.sim.tickUntil(START + 48 * HOUR);
    for (let minute = 0; minute <= 48 * 60; minute += 45) await fine.sim.tickUntil(START + minute * 60_000);
    await fine.sim.tickUntil(START + 48 * HOUR);
    const key = (item: IngestItem) => `${item.trackingNumber} ${item.occurredAt} ${item.rawCode}`;
    expect(fine.items().map(key).sort()).toEqual(coarse.items().map(key).sort());
  });

  it('reports a failed hand-over and carries on', async () => {
    const errors: unknown[] = [];
    const accepted: IngestItem[] = [];
    let calls = 0;
    const { sim } = simulator({
      batchSize: 10,
      ingest: async (items) => {
        calls += 1;
        if (calls === 1) throw new Error('pipeline down');
        accepted.push(...items);
      },
      onError: (error) => {
        errors.push(error);
        throw new Error('a broken error handler must not matter either');
      },
    });
    await sim.tickUntil(START + 24 * HOUR);
    expect(errors).toEqual([new Error('pipeline down')]);
    expect(accepted.length).toBeGreaterThan(10);
    expect(sim.progress.scansHandedOver).toBe(accepted.length);
  });

  it('refuses options that would make no sense, naming them', () => {
    expect(() => simulator({ acceleration: 0 })).toThrow(/acceleration/);
    expect(() => simulator({ newShipmentsPerMinute: -1, tenantId: '' })).toThrow(
      /newShipmentsPerMinute, tenantId/,
    );
    expect(() => simulator({ rates: { lost: 2 } })).toThrow(/rates\.lost/);
  });
});

describe('CarrierSimulator.start', () => {
  it('runs on the injected clock, hands over in order and stops cleanly', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { sim, items, advanceRealClock } = simulator();
    sim.start();
    await vi.waitFor(() => expect(items().length).toBeGreaterThan(0));

    for (let second = 0; second < 30; second += 1) {
      advanceRealClock(1000); // one simulated hour
      await vi.advanceTimersByTimeAsync(250);
    }
    await vi.waitFor(() =>
      expect(sim.progress.simulatedUntil).toBe(new Date(START + 30 * HOUR).toISOString()),
    );
    await sim.stop();

    const handed = items().length;
    expect(handed).toBeGreaterThan(20);
    for (const scans of byTrackingNumber(items()).values()) {
      const instants = scans.map((item) => Date.parse(item.occurredAt));
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
    }
    expect(vi.getTimerCount()).toBe(0);
    advanceRealClock(10 * 60_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(items().length).toBe(handed);
    expect(sim.simulatedNow).toBe(START + 30 * HOUR);
  });

  it('replays the past fast, then never runs ahead of the real clock', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let realNow = START + 10 * HOUR;
    const calls: IngestItem[][] = [];
    const sim = new CarrierSimulator({
      seed: 5,
      acceleration: 3600,
      newShipmentsPerMinute: 30,
      tenantId: 'tenant-a',
      startAt: new Date(START).toISOString(),
      maxAheadOfClockMs: 0,
      clock: () => realNow,
      ingest: async (items) => {
        calls.push(items);
      },
    });
    sim.start();
    // 20 real seconds at 3600× would be 20 simulated hours; only 10 lie in the past.
    for (let second = 0; second < 20; second += 1) {
      realNow += 1000;
      await vi.advanceTimersByTimeAsync(250);
    }
    await sim.stop();
    expect(sim.simulatedNow).toBeLessThanOrEqual(realNow);
    expect(sim.simulatedNow).toBeGreaterThan(START + 9 * HOUR);
    const latest = Math.max(...calls.flat().map((item) => Date.parse(item.occurredAt)));
    expect(latest).toBeLessThanOrEqual(realNow);
  });

  it('lets stop() wait for the batch being handed over', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let release: () => void = () => undefined;
    const pending: IngestItem[][] = [];
    const { sim } = simulator({
      ingest: (items) =>
        new Promise<void>((resolve) => {
          pending.push(items);
          release = resolve;
        }),
    });
    sim.start();
    await vi.waitFor(() => expect(pending.length).toBe(1));

    let stopped = false;
    const stopping = sim.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    expect(sim.progress.scansHandedOver).toBe(pending[0]?.length);
  });

  it('keeps a failing pipeline from crashing the process', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const errors: unknown[] = [];
    const { sim, advanceRealClock } = simulator({
      ingest: () => Promise.reject(new Error('database gone')),
      onError: (error) => errors.push(error),
    });
    sim.start();
    advanceRealClock(5000);
    await vi.advanceTimersByTimeAsync(250);
    await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(2));
    await sim.stop();
    expect(errors.every((error) => error instanceof Error && error.message === 'database gone')).toBe(true);
  });
});
