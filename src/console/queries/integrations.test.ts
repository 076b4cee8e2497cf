import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backfillOf, intakeTokenIn } from './integrations.js';

// The backfill column and the tenant's settings are written by other parts of Waybill, whose shape
// is still moving: whatever they hold, the console reads what it can and never throws.

describe('reading a shop’s backfill progress', () => {
  it('finds it under the shop’s key, in either spelling, or as the whole value', () => {
    const progress = {
      orders: 12,
      done: true,
      pages: 2,
      startedAt: '2026-12-01T10:00:00Z',
      finishedAt: null,
    };
    expect(backfillOf({ 'a.myshopify.com': progress }, ['a.myshopify.com'])).toMatchObject({
      orders: 12,
      done: true,
      page: 2,
      startedAt: '2026-12-01T10:00:00.000Z',
      finishedAt: null,
    });
    expect(
      backfillOf({ 'https://shop.example': { page: 3, totalPages: 9 } }, ['https://shop.example', 'x']),
    ).toMatchObject({
      page: 3,
      totalPages: 9,
      orders: null,
    });
    expect(backfillOf(progress, ['anything'])?.orders).toBe(12);
    expect(backfillOf({ 'b.myshopify.com': progress }, ['a.myshopify.com'])).toBeUndefined();
    expect(backfillOf({}, ['a.myshopify.com'])).toBeUndefined();
  });

  it('keeps only values of the expected kind', () => {
    expect(
      backfillOf(
        { orders: -3, done: 'yes', page: 1.5, startedAt: 'soon', lastError: 'x'.repeat(900), skipped: 4 },
        [],
      ),
    ).toEqual({
      orders: null,
      failed: 4,
      done: null,
      page: 1,
      totalPages: null,
      startedAt: null,
      finishedAt: null,
      lastError: 'x'.repeat(500),
    });
  });

  it('never throws, whatever the JSON holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.string()), (value, keys) => {
        backfillOf(value, keys);
        intakeTokenIn(value);
      }),
    );
  });
});

describe('reading the intake token', () => {
  it('takes a plausible mailbox name and nothing else', () => {
    expect(intakeTokenIn({ intake: { token: '8ad3c35fa8d60c778d2d' } })).toBe('8ad3c35fa8d60c778d2d');
    expect(intakeTokenIn({ intake: { token: 'a b@c' } })).toBeUndefined();
    expect(intakeTokenIn({ intake: { token: 7 } })).toBeUndefined();
    expect(intakeTokenIn({ intake: 'token' })).toBeUndefined();
    expect(intakeTokenIn({})).toBeUndefined();
  });
});
