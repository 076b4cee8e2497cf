import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localDay, quietUntil } from './quiet-hours.js';

const HOURS = { start: '21:00', end: '08:00' };
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'America/Sao_Paulo',
  'UTC',
];

describe('quiet hours in the recipient’s zone', () => {
  it('holds an evening message until 08:00 the next morning, local time', () => {
    // 22:30 in Berlin (CET, +01:00).
    expect(quietUntil(new Date('2026-11-26T21:30:00Z'), 'Europe/Berlin', HOURS)?.toISOString()).toBe(
      '2026-11-27T07:00:00.000Z',
    );
    // The same instant is 16:30 in New York: no wait.
    expect(quietUntil(new Date('2026-11-26T21:30:00Z'), 'America/New_York', HOURS)).toBeNull();
    // 03:00 in Kolkata (+05:30): until 08:00 the same day.
    expect(quietUntil(new Date('2026-11-26T21:30:00Z'), 'Asia/Kolkata', HOURS)?.toISOString()).toBe(
      '2026-11-27T02:30:00.000Z',
    );
  });

  it('keeps 08:00 on the clock across a spring-forward night (Berlin, 29 March 2026)', () => {
    // 22:00 CET on Saturday; the clocks jump 02:00 → 03:00; 08:00 CEST is 06:00 UTC.
    const until = quietUntil(new Date('2026-03-28T21:00:00Z'), 'Europe/Berlin', HOURS);
    expect(until?.toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('keeps 08:00 on the clock across a fall-back night (New York, 1 November 2026)', () => {
    // 23:00 EDT on Saturday; the clocks fall 02:00 → 01:00; 08:00 EST is 13:00 UTC.
    const until = quietUntil(new Date('2026-11-01T03:00:00Z'), 'America/New_York', HOURS);
    expect(until?.toISOString()).toBe('2026-11-01T13:00:00.000Z');
    // 01:30 happens twice that night; both are quiet and end at the same 08:00.
    expect(quietUntil(new Date('2026-11-01T05:30:00Z'), 'America/New_York', HOURS)?.toISOString()).toBe(
      '2026-11-01T13:00:00.000Z',
    );
    expect(quietUntil(new Date('2026-11-01T06:30:00Z'), 'America/New_York', HOURS)?.toISOString()).toBe(
      '2026-11-01T13:00:00.000Z',
    );
  });

  it('handles a window that ends inside a spring-forward gap', () => {
    // Quiet 23:00–02:30 in Berlin; 02:30 does not exist on 29 March 2026: the first valid instant after it.
    const until = quietUntil(new Date('2026-03-28T23:00:00Z'), 'Europe/Berlin', {
      start: '23:00',
      end: '02:30',
    });
    expect(until).not.toBeNull();
    expect(DateTime.fromJSDate(until!, { zone: 'Europe/Berlin' }).toFormat('HH:mm')).toBe('03:30');
  });

  it('property: deferred to the first minute after the window, never earlier, never dropped', () => {
    const instants = fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (now, zone) => {
        const local = DateTime.fromJSDate(now, { zone });
        const minute = local.hour * 60 + local.minute;
        const inside = minute >= 21 * 60 || minute < 8 * 60;
        const until = quietUntil(now, zone, HOURS);
        if (!inside) {
          expect(until).toBeNull();
          return;
        }
        expect(until).not.toBeNull();
        expect(until!.getTime()).toBeGreaterThan(now.getTime());
        const end = DateTime.fromJSDate(until!, { zone });
        expect(end.toFormat('HH:mm')).toBe('08:00');
        // At most one night away (a fall-back night is 25 hours long at most... of which 11 quiet).
        expect(until!.getTime() - now.getTime()).toBeLessThanOrEqual(12 * 3600_000);
        // Just before the end is still quiet; the end itself is not.
        expect(quietUntil(new Date(until!.getTime() - 60_000), zone, HOURS)).not.toBeNull();
        expect(quietUntil(until!, zone, HOURS)).toBeNull();
      }),
    );
  });

  it('counts days in the given zone', () => {
    expect(localDay(new Date('2026-11-26T23:30:00Z'), 'Europe/Berlin')).toBe('2026-11-27');
    expect(localDay(new Date('2026-11-26T23:30:00Z'), 'America/New_York')).toBe('2026-11-26');
  });
});
