import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSimulatorTrackingNumber, simulatorTrackingNumber } from './tracking-number.js';

describe('simulatorTrackingNumber', () => {
  it('is SIM and twelve digits, with a valid check digit', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(), (seed, sequence) => {
        const number = simulatorTrackingNumber(seed, sequence);
        expect(number).toMatch(/^SIM\d{12}$/);
        expect(isSimulatorTrackingNumber(number)).toBe(true);
      }),
    );
  });

  it('is the same for the same seed and sequence, and different for another seed', () => {
    expect(simulatorTrackingNumber(42, 7)).toBe(simulatorTrackingNumber(42, 7));
    expect(simulatorTrackingNumber(42, 7)).not.toBe(simulatorTrackingNumber(43, 7));
  });

  it('never repeats within one seed', () => {
    const numbers = new Set<string>();
    for (let sequence = 0; sequence < 100_000; sequence += 1)
      numbers.add(simulatorTrackingNumber(5, sequence));
    expect(numbers.size).toBe(100_000);
  });

  it('catches any single mistyped digit', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.nat(),
        fc.nat(11),
        fc.integer({ min: 1, max: 9 }),
        (seed, sequence, at, shift) => {
          const number = simulatorTrackingNumber(seed, sequence);
          const position = 3 + at;
          const digit = (Number(number[position]) + shift) % 10;
          const typo = `${number.slice(0, position)}${digit}${number.slice(position + 1)}`;
          expect(isSimulatorTrackingNumber(typo)).toBe(false);
        },
      ),
    );
  });

  it('rejects other shapes and bad sequence numbers', () => {
    expect(isSimulatorTrackingNumber('1Z999AA10123456784')).toBe(false);
    expect(isSimulatorTrackingNumber('SIM12345')).toBe(false);
    expect(() => simulatorTrackingNumber(1, -1)).toThrow(RangeError);
    expect(() => simulatorTrackingNumber(1, 1.5)).toThrow(RangeError);
  });
});
