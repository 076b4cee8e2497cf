import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, freshPostgresSchemaUrl, freshStore, type TestStore } from '../../test/helpers/dialects.js';
import { migrateToLatest } from './migrate.js';
import { openStore } from './open-store.js';

describe.each(DIALECTS)('store on %s', (dialect) => {
  let store: TestStore | undefined;
  afterEach(async () => {
    await store?.dispose();
    store = undefined;
  });

  it('creates every table and reports its dialect', async () => {
    store = await freshStore(dialect);
    expect(store.caps.dialect).toBe(dialect);
    const tables = await tablesOf(store);
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
    const report = await migrateToLatest(store.db as never, store.caps, store.schema);
    expect(report.applied).toEqual([]);
  });
});

describe('store on postgres beside other Waybill schemas', () => {
  it("migrates the connection's own schema when the URL names none, though another schema has the tables", async () => {
    const other = await freshStore('postgres');
    // A URL whose search_path is set by the server's default, not named to the migrator.
    const url = await freshPostgresSchemaUrl();
    const own = await openStore(url, { migrate: false, poolSize: 1 });
    try {
      const report = await migrateToLatest(own.db as unknown as Kysely<unknown>, own.caps, undefined);
      expect(report.applied.length).toBeGreaterThan(0);
      expect(await tablesOf({ ...own, schema: own.schema })).toEqual(await tablesOf(other));
    } finally {
      await own.close();
      await other.dispose();
    }
  });
});

/** The tables of the store's own schema (PostgreSQL) or file (SQLite), sorted. */
async function tablesOf(store: Pick<TestStore, 'db' | 'caps' | 'schema'>): Promise<string[]> {
  if (store.caps.dialect === 'sqlite')
    return (await store.db.introspection.getTables()).map((t) => t.name).sort();
  const { rows } = await sql<{ name: string }>`
    select tablename as name from pg_catalog.pg_tables where schemaname = ${store.schema ?? null}
    order by tablename`.execute(store.db);
  return rows.map((row) => row.name);
}
