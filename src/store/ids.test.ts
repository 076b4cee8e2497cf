import fc from 'fast-check';
import { decodeTime, isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('newId', () => {
  it('makes valid ULIDs that carry their creation time', () => {
    let clock = Date.UTC(2040, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (step) => {
        clock += step;
        const id = newId(clock);
        expect(isValid(id)).toBe(true);
        expect(decodeTime(id)).toBe(clock);
      }),
    );
  });

  it('never goes backwards when the clock does', () => {
    const later = newId(Date.UTC(2090, 0, 1));
    const earlier = newId(Date.UTC(2089, 0, 1));
    expect(earlier > later).toBe(true);
  });

  it('sorts in the order ids were made, also within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => newId(Date.UTC(2095, 0, 1) + Math.floor(i / 1000)));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
