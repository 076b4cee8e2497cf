import fc from 'fast-check';
import { decodeTime, isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { idBoundAt, newId } from './ids.js';

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

describe('id bounds for a time', () => {
  it('carry that time, enclose the ids of that millisecond, and order like time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_600_000_000_000, max: 2_200_000_000_000 }),
        fc.string({
          unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'),
          minLength: 16,
          maxLength: 16,
        }),
        (ms, random) => {
          const low = idBoundAt(ms, 'low');
          const high = idBoundAt(ms, 'high');
          expect(isValid(low) && isValid(high)).toBe(true);
          expect(decodeTime(low)).toBe(ms);
          expect(decodeTime(high)).toBe(ms);
          const id = low.slice(0, 10) + random;
          expect(low <= id && id <= high).toBe(true);
          expect(idBoundAt(ms - 1, 'high') < low).toBe(true);
        },
      ),
    );
  });
});
