import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { optIn, optOut, optOutChecker } from '../../src/notify/sms/opt-outs.js';
import { openStore } from '../../src/store/open-store.js';
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
    // SQLite's one connection is held while a read's result is: the STOP comes over a second.
    const file =
      dialect === 'sqlite' ? join(mkdtempSync(join(tmpdir(), 'waybill-optout-')), 'db') : undefined;
    store = await freshStore(dialect, file ? { sqliteFile: file } : {});
    const writer = file ? await openStore(`sqlite:${file}`, { migrate: false }) : store;
    // Holds each read's result until the test lets it go: the first read is under way for sure.
    let readStarted!: () => void;
    const started = new Promise<void>((resolve) => (readStarted = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = store.db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        readStarted();
        await released;
        return args.result;
      },
    });
    const isOptedOut = optOutChecker(held);
    const phone = '+4915100000009';
    const first = isOptedOut(phone);
    await started; // the first read has run and waits to be let go
    await optOut(writer.db, phone, new Date('2026-11-26T14:00:00.000Z'));
    const second = isOptedOut(phone); // a STOP recorded after the first read
    release();
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    if (writer !== store) await writer.close();
    if (file) rmSync(dirname(file), { recursive: true, force: true });
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
