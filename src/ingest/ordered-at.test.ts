import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { orderedAtOf } from './ordered-at.js';

describe('order times as merchants send them', () => {
  it('reads any instant written with its offset, and stores it in UTC (property)', () => {
    const offsets = fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15));
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
        offsets,
        (ms, minutes) => {
          const at = Math.floor(ms / 1000) * 1000;
          const local = new Date(at + minutes * 60_000).toISOString().slice(0, 19);
          const sign = minutes < 0 ? '-' : '+';
          const abs = Math.abs(minutes);
          const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(orderedAtOf(text)).toBe(new Date(at).toISOString());
        },
      ),
    );
  });

  it('refuses times without an offset, impossible dates and prose', () => {
    for (const text of [
      '2026-11-20T09:15:00',
      '2026-02-30T10:00:00Z',
      '2026-11-20',
      'yesterday',
      '2026-13-01T00:00Z',
    ])
      expect(orderedAtOf(text), text).toBeUndefined();
    expect(orderedAtOf('2026-11-20T09:15Z')).toBe('2026-11-20T09:15:00.000Z');
  });
});
