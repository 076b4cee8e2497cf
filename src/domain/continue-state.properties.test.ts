import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continueState, deriveState } from './derive.js';
import { instantOf } from './instant.js';
import { timelineArb } from './test-arbitraries.js';

describe('continueState', () => {
  it('equals deriveState of the whole timeline whenever it answers', () => {
    fc.assert(
      fc.property(timelineArb({}, 16), fc.nat(), (events, cutSeed) => {
        const instants = [...new Set(events.map((e) => instantOf(e.occurredAt)))].sort((a, b) => a - b);
        const cut = instants[cutSeed % (instants.length + 1)] ?? Infinity;
        const earlier = events.filter((e) => instantOf(e.occurredAt) <= cut);
        const earlierKeys = new Set(earlier.map((e) => e.dedupeKey));
        // The store never inserts a later copy of a key it already has.
        const later = events.filter((e) => instantOf(e.occurredAt) > cut && !earlierKeys.has(e.dedupeKey));
        const continued = continueState(deriveState(earlier), later);
        if (continued !== null) expect(continued).toEqual(deriveState([...earlier, ...later]));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for the common case: in-order scans without corrections', () => {
    fc.assert(
      fc.property(timelineArb({}, 12), (events) => {
        const plain = events.map((e) => ({ ...e, corrects: undefined }));
        const first = plain.slice(0, 1);
        const firstInstant = first[0] ? instantOf(first[0].occurredAt) : -Infinity;
        const later = plain.filter(
          (e) => instantOf(e.occurredAt) > firstInstant && e.dedupeKey !== first[0]?.dedupeKey,
        );
        const previous = deriveState(first);
        const continued = continueState(previous, later);
        if (!['exception', 'expired', 'cancelled'].includes(previous.status)) {
          expect(continued).toEqual(deriveState([...first, ...later]));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('declines scans that are not strictly later, and corrections', () => {
    const base = deriveState([]);
    const scan = {
      occurredAt: '2026-11-20T10:00:00.000Z',
      zone: 'UTC',
      status: 'in_transit' as const,
      substatus: 'in_transit.picked_up' as const,
      rawCode: 'PU',
      rawDescription: '',
      location: null,
      source: { adapter: 'test', mode: 'push' as const },
      dedupeKey: 'a',
    };
    const after = continueState(base, [scan]);
    expect(after).toMatchObject({ status: 'in_transit', eventCount: 1 });
    expect(continueState(after!, [{ ...scan, dedupeKey: 'b' }])).toBeNull();
    expect(
      continueState(after!, [
        { ...scan, dedupeKey: 'c', occurredAt: '2026-11-21T10:00:00.000Z', corrects: 'a' },
      ]),
    ).toBeNull();
  });
});
