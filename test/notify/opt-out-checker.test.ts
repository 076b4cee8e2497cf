import { afterEach, describe, expect, it } from 'vitest';
import { optIn, optOut, optOutChecker } from '../../src/notify/sms/opt-outs.js';
import { DIALECTS, freshStore, type DialectName, type TestStore } from '../helpers/dialects.js';

describe.each(DIALECTS)('the SMS opt-out check before each text (%s)', (dialect: DialectName) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.dispose();
    store = undefined;
  });

  it('answers questions asked together, and sees a STOP recorded between two questions', async () => {
    store = await freshStore(dialect);
    const now = new Date('2026-11-26T14:00:00.000Z');
    await optOut(store.db, '+4915100000002', now);
    const isOptedOut = optOutChecker(store.db);
    const phones = ['+4915100000001', '+4915100000002', '+4915100000003', '+4915100000002'];
    expect(await Promise.all(phones.map(isOptedOut))).toEqual([false, true, false, true]);
    await optOut(store.db, '+4915100000003', now);
    await optIn(store.db, '+4915100000002');
    expect(await Promise.all(phones.map(isOptedOut))).toEqual([false, false, true, false]);
  });

  it('asked while a read is under way, waits for the next read rather than an older answer', async () => {
    store = await freshStore(dialect);
    const isOptedOut = optOutChecker(store.db);
    const first = isOptedOut('+4915100000009');
    // Recorded after the first question: the second question must see it.
    await optOut(store.db, '+4915100000009', new Date('2026-11-26T14:00:00.000Z'));
    const second = isOptedOut('+4915100000009');
    expect(await second).toBe(true);
    expect(typeof (await first)).toBe('boolean');
  });

  it('fails every question of a read that fails: unknown is not "opted in"', async () => {
    store = await freshStore(dialect);
    const isOptedOut = optOutChecker(store.db);
    await store.dispose();
    const answers = await Promise.allSettled([isOptedOut('+4915100000001'), isOptedOut('+4915100000002')]);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    store = undefined;
  });
});
