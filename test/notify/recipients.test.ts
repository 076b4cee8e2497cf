import { afterEach, describe, expect, it } from 'vitest';
import { addRecipient, recipientsFor, removeRecipient } from '../../src/notify/recipients.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';

const NOW = new Date('2026-11-26T08:00:00.000Z');

describe.each(DIALECTS)('notification recipients (%s)', (dialect) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.dispose();
    store = undefined;
  });

  const base = {
    tenantId: 'T1',
    shipmentId: 'S1',
    channel: 'email' as const,
    address: 'ana@example.com',
    details: {},
    locale: 'es',
    timeZone: 'Europe/Madrid',
    consentText: 'Notify me by email',
  };

  it('adds, lists and removes recipients of one shipment', async () => {
    store = await freshStore(dialect);
    const email = await addRecipient(store.db, base, NOW);
    const sms = await addRecipient(
      store.db,
      { ...base, channel: 'sms', address: '+4915112345678', locale: 'de', timeZone: null },
      NOW,
    );
    await addRecipient(store.db, { ...base, shipmentId: 'S2' }, NOW);

    const listed = await recipientsFor(store.db, 'S1');
    expect(listed.map((r) => [r.channel, r.address, r.locale, r.timeZone])).toEqual([
      ['email', 'ana@example.com', 'es', 'Europe/Madrid'],
      ['sms', '+4915112345678', 'de', null],
    ]);
    expect(listed[0]).toEqual(email);

    expect(await removeRecipient(store.db, sms.id)).toBe(true);
    expect(await removeRecipient(store.db, sms.id)).toBe(false);
    expect((await recipientsFor(store.db, 'S1')).map((r) => r.id)).toEqual([email.id]);
  });

  it('adding the same address again returns the same recipient with updated details', async () => {
    store = await freshStore(dialect);
    const first = await addRecipient(
      store.db,
      { ...base, channel: 'push', address: 'https://push.example/abc', details: { keys: { auth: 'a' } } },
      NOW,
    );
    const again = await addRecipient(
      store.db,
      {
        ...base,
        channel: 'push',
        address: 'https://push.example/abc',
        details: { keys: { auth: 'b' } },
        locale: 'fr',
      },
      NOW,
    );
    expect(again.id).toBe(first.id);
    expect(again.details).toEqual({ keys: { auth: 'b' } });
    expect(again.locale).toBe('fr');
    expect(await recipientsFor(store.db, 'S1')).toHaveLength(1);
  });
});
