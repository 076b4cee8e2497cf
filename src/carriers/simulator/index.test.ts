import { describe, expect, it } from 'vitest';
import * as simulator from './index.js';

describe('the simulator carrier', () => {
  it('declares itself as a push-only carrier', () => {
    expect(simulator.manifest).toEqual({
      id: 'simulator',
      name: 'Waybill carrier simulator',
      capabilities: { pull: false, push: true },
    });
  });

  it('exports the pieces the CLI, server and benchmarks use', () => {
    expect(typeof simulator.CarrierSimulator).toBe('function');
    expect(typeof simulator.generateHistory).toBe('function');
    expect(typeof simulator.planJourney).toBe('function');
    expect(simulator.SIMULATOR_CARRIER).toBe(simulator.manifest.id);
  });
});
