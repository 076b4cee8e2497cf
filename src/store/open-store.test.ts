import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../../test/helpers/dialects.js';

describe.each(DIALECTS)('store on %s', (dialect) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.dispose();
    store = undefined;
  });

  it('creates every table and reports its dialect', async () => {
    store = await freshStore(dialect);
    expect(store.caps.dialect).toBe(dialect);
    const tables = (await store.db.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual(
      expect.arrayContaining([
        'api_keys',
        'outbox',
        'outbox_cursors',
        'shipments',
        'tenants',
        'tracking_events',
      ]),
    );
  });

  it('running the migrations again applies nothing', async () => {
    store = await freshStore(dialect);
    const { migrateToLatest } = await import('./migrate.js');
    const report = await migrateToLatest(store.db as never, store.caps, store.schema);
    expect(report.applied).toEqual([]);
  });
});
