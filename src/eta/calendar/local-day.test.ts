import { describe, expect, it } from 'vitest';

import { isoDateOf } from './civil-day.js';
import { localDayOf, parseInstant } from './local-day.js';

describe('local calendar dates', () => {
  it('put an instant on the date of the place, not of UTC', () => {
    const instant = Date.parse('2017-11-10T01:30:00Z');
    expect(isoDateOf(localDayOf(instant, 'America/Sao_Paulo'))).toBe('2017-11-09');
    expect(isoDateOf(localDayOf(instant, 'Asia/Kolkata'))).toBe('2017-11-10');
  });

  it('stay right on the days clocks change', () => {
    // Berlin moved to summer time at 01:00 UTC on 31 March 2024.
    expect(isoDateOf(localDayOf(Date.parse('2024-03-30T22:59:59Z'), 'Europe/Berlin'))).toBe('2024-03-30');
    expect(isoDateOf(localDayOf(Date.parse('2024-03-30T23:00:00Z'), 'Europe/Berlin'))).toBe('2024-03-31');
    expect(isoDateOf(localDayOf(Date.parse('2024-03-31T21:59:59Z'), 'Europe/Berlin'))).toBe('2024-03-31');
    expect(isoDateOf(localDayOf(Date.parse('2024-03-31T22:00:00Z'), 'Europe/Berlin'))).toBe('2024-04-01');
  });

  it('read timestamps without an offset as local time of the given zone', () => {
    expect(parseInstant('2020-08-17T14:59:01', 'Asia/Kolkata')).toBe(Date.parse('2020-08-17T09:29:01Z'));
    expect(parseInstant('2020-08-17T14:59:01Z', 'Asia/Kolkata')).toBe(Date.parse('2020-08-17T14:59:01Z'));
    expect(parseInstant('yesterday', 'UTC')).toBeUndefined();
  });

  it('refuse a zone that does not exist', () => {
    expect(() => localDayOf(0, 'Mars/Olympus_Mons')).toThrow(/Unknown time zone/);
  });
});
