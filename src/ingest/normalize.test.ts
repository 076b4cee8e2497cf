import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { IngestItem } from './ingest-item.js';
import { normalizeItem } from './normalize.js';

const NOW = new Date('2030-01-01T00:00:00Z');

function itemAt(occurredAt: string, zone?: string): IngestItem {
  return {
    tenantId: 't1',
    trackingNumber: 'WB123456789',
    carrier: 'simulator',
    status: 'in_transit',
    occurredAt,
    ...(zone === undefined ? {} : { zone }),
    source: { adapter: 'test', mode: 'push' },
  };
}

const two = (n: number) => String(n).padStart(2, '0');

// Texts of the fast path's shape with any digits in each field, so many are not real dates.
const dateTimeText = fc
  .record({
    year: fc.integer({ min: 2001, max: 2029 }),
    month: fc.integer({ min: 0, max: 19 }),
    day: fc.integer({ min: 0, max: 39 }),
    hour: fc.integer({ min: 0, max: 29 }),
    minute: fc.integer({ min: 0, max: 69 }),
    second: fc.integer({ min: 0, max: 69 }),
    millis: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    offset: fc.constantFrom('Z', '+00:00', '+05:30', '-08:00', '+14:00'),
  })
  .map(
    (t) =>
      `${t.year}-${two(t.month)}-${two(t.day)}T${two(t.hour)}:${two(t.minute)}:${two(t.second)}` +
      `${t.millis === undefined ? '' : `.${String(t.millis).padStart(3, '0')}`}${t.offset}`,
  );

describe('normalizeItem: when a scan happened', () => {
  it('refuses a scan dated before 2000 (a zero or garbled time), naming the field', () => {
    for (const text of ['1970-01-01T00:00:00Z', '1999-12-31T23:59:59+00:00', '1999-12-31T23:30:00+05:00']) {
      const result = normalizeItem(itemAt(text), NOW);
      expect(result).toMatchObject({ ok: false });
      expect(JSON.stringify(result)).toContain('before the year 2000');
    }
    expect(normalizeItem(itemAt('2000-01-01T00:00:00Z'), NOW).ok).toBe(true);
  });

  it('reads an instant exactly as luxon does, and rejects what luxon calls invalid', () => {
    fc.assert(
      fc.property(dateTimeText, (text) => {
        const oracle = DateTime.fromISO(text, { setZone: true });
        const result = normalizeItem(itemAt(text), NOW);
        if (!oracle.isValid) {
          expect(result).toMatchObject({ ok: false, rejection: { field: 'occurredAt' } });
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.scan.event.occurredAt).toBe(new Date(oracle.toMillis()).toISOString());
        expect(result.scan.event.zone).toBe(text.endsWith('Z') ? '+00:00' : text.slice(-6));
      }),
      { numRuns: 3000 },
    );
  });

  it('never rolls an impossible date over into the next month', () => {
    for (const text of ['2026-02-29T10:00:00Z', '2026-02-30T10:00:00.000Z', '2026-04-31T10:00:00+02:00']) {
      expect(normalizeItem(itemAt(text), NOW)).toMatchObject({
        ok: false,
        rejection: { field: 'occurredAt' },
      });
    }
    const leap = normalizeItem(itemAt('2024-02-29T10:00:00.000Z'), NOW);
    expect(leap.ok && leap.scan.event.occurredAt).toBe('2024-02-29T10:00:00.000Z');
  });

  it('stores the UTC instant and keeps the offset it was given', () => {
    const result = normalizeItem(itemAt('2026-11-02T08:15:00+01:00'), NOW);
    expect(result.ok && result.scan.event).toMatchObject({
      occurredAt: '2026-11-02T07:15:00.000Z',
      zone: '+01:00',
    });
  });
});
