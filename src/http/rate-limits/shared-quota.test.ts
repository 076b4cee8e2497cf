import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedQuota, shareOf, type Reserve } from './shared-quota.js';

/** The database's count per key and window, as reserveInWindow keeps it. */
function sharedCounter(): Reserve & { calls: number } {
  const windows = new Map<string, { resetAtMs: number; hits: number }>();
  const reserve = Object.assign(
    async (key: string, amount: number, resetAtMs: number) => {
      reserve.calls += 1;
      const row = windows.get(key);
      const hits = !row || row.resetAtMs < resetAtMs ? amount : row.hits + amount;
      windows.set(key, { resetAtMs: Math.max(row?.resetAtMs ?? 0, resetAtMs), hits });
      return hits;
    },
    { calls: 0 },
  );
  return reserve;
}

const T0 = Date.parse('2026-12-07T10:00:05Z');

describe('SharedQuota', () => {
  it('allows the limit in a window, counting the remainder down, then refuses until the next window', async () => {
    const quota = new SharedQuota(sharedCounter());
    const answers = [];
    for (let i = 0; i < 7; i += 1) answers.push(await quota.take('k', 5, T0 + i));
    expect(answers.map((a) => a.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(answers.map((a) => a.remaining)).toEqual([4, 3, 2, 1, 0, 0, 0]);
    expect(answers[0]?.resetSeconds).toBe(55);
    const next = await quota.take('k', 5, Date.parse('2026-12-07T10:01:00Z'));
    expect(next).toMatchObject({ allowed: true, remaining: 4, resetSeconds: 60 });
  });

  it('answers from memory only with tokens in hand, and gives the same answers as take', async () => {
    const reserve = sharedCounter();
    const quota = new SharedQuota(reserve);
    const limit = 100; // a share of 2 per reservation
    expect(quota.takeNow('k', limit, T0)).toBeUndefined(); // nothing reserved yet
    expect(reserve.calls).toBe(0);
    const first = await quota.take('k', limit, T0);
    const second = quota.takeNow('k', limit, T0 + 1);
    expect(second).toMatchObject({ allowed: true, remaining: first.remaining - 1 });
    expect(quota.takeNow('k', limit, T0 + 2)).toBeUndefined(); // the share is used up
    expect(reserve.calls).toBe(1);
    // A new window starts empty: it must reserve again.
    await quota.take('k', limit, T0 + 3);
    expect(quota.takeNow('k', limit, Date.parse('2026-12-07T10:01:00Z'))).toBeUndefined();
    // Once the shared count is spent, the refusal comes from memory too.
    const tight = new SharedQuota(sharedCounter());
    await tight.take('t', 1, T0);
    expect((await tight.take('t', 1, T0)).allowed).toBe(false);
    expect(tight.takeNow('t', 1, T0)).toMatchObject({ allowed: false, remaining: 0 });
  });

  it('keeps keys apart', async () => {
    const quota = new SharedQuota(sharedCounter());
    expect((await quota.take('a', 1, T0)).allowed).toBe(true);
    expect((await quota.take('a', 1, T0)).allowed).toBe(false);
    expect((await quota.take('b', 1, T0)).allowed).toBe(true);
  });

  it('writes to the shared count once per share, not once per request', async () => {
    const reserve = sharedCounter();
    const quota = new SharedQuota(reserve);
    for (let i = 0; i < 1_000; i += 1) await quota.take('k', 6_000, T0);
    expect(shareOf(6_000)).toBe(120);
    expect(reserve.calls).toBe(Math.ceil(1_000 / 120));
  });

  it('never lets nodes sharing one count exceed the limit, and refuses early by at most a share per node', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 1_500 }),
        async (limit, nodes, picks) => {
          const reserve = sharedCounter();
          const quotas = Array.from({ length: nodes }, () => new SharedQuota(reserve));
          let allowed = 0;
          for (const pick of picks)
            if ((await quotas[pick % nodes]!.take('k', limit, T0)).allowed) allowed += 1;
          expect(allowed).toBeLessThanOrEqual(limit);
          const used = new Set(picks.map((p) => p % nodes)).size;
          if (picks.length >= limit + used * shareOf(limit))
            expect(allowed).toBeGreaterThanOrEqual(limit - used * (shareOf(limit) - 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not over-grant when requests on one node race for the same share', async () => {
    const reserve = sharedCounter();
    const quota = new SharedQuota(reserve);
    const answers = await Promise.all(Array.from({ length: 20 }, () => quota.take('k', 10, T0)));
    expect(answers.filter((a) => a.allowed)).toHaveLength(10);
    const busy = sharedCounter();
    const shared = new SharedQuota(busy);
    await Promise.all(Array.from({ length: 20 }, () => shared.take('k', 6_000, T0)));
    expect(busy.calls).toBe(1);
  });
});
