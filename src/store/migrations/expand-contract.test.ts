import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, freshPostgresSchemaUrl, type DialectName } from '../../../test/helpers/dialects.js';
import { migratorFor } from '../migrate.js';
import { openStore, type Store } from '../open-store.js';
import { allMigrations, CONTRACT_MIGRATIONS } from './index.js';

interface Column {
  readonly type: string;
  readonly nullable: boolean;
  readonly hasDefault: boolean;
}

/** Every column of the store's own tables, as "table.column". */
async function columnsOf(store: Store): Promise<Map<string, Column>> {
  const columns = new Map<string, Column>();
  if (store.caps.dialect === 'sqlite') {
    for (const table of await store.db.introspection.getTables())
      for (const c of table.columns)
        columns.set(`${table.name}.${c.name}`, {
          type: c.dataType.toLowerCase(),
          nullable: c.isNullable,
          hasDefault: c.hasDefaultValue,
        });
    return columns;
  }
  const { rows } = await sql<{ t: string; c: string; type: string; nullable: string; d: string | null }>`
    select table_name as t, column_name as c, data_type as type, is_nullable as nullable, column_default as d
    from information_schema.columns where table_schema = ${store.schema ?? null}`.execute(store.db);
  for (const row of rows)
    columns.set(`${row.t}.${row.c}`, {
      type: row.type,
      nullable: row.nullable === 'YES',
      hasDefault: row.d !== null,
    });
  return columns;
}

async function emptyStore(dialect: DialectName): Promise<Store> {
  const url = dialect === 'sqlite' ? ':memory:' : await freshPostgresSchemaUrl();
  return openStore(url, { migrate: false, poolSize: 1 });
}

// During a rolling upgrade old nodes keep running against the schema the new ones migrated. They
// work as long as each migration only adds: every column they read is still there, the same type,
// and every insert they make (without the new columns) is still accepted.
describe.each(DIALECTS)(
  'migrations on %s expand, so the previous release runs on the new schema',
  (dialect) => {
    let store: Store | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('keeps every column of the step before, and adds only nullable or defaulted ones', async () => {
      store = await emptyStore(dialect);
      const migrator = migratorFor(store.db as unknown as Kysely<unknown>, store.caps, store.schema);
      const names = Object.keys(allMigrations(store.caps));
      let before = await columnsOf(store);
      for (const name of names) {
        const { error, results } = await migrator.migrateUp();
        expect(error, name).toBeUndefined();
        expect(
          results?.map((r) => r.migrationName),
          name,
        ).toEqual([name]);
        const after = await columnsOf(store);
        if (!CONTRACT_MIGRATIONS.has(name)) {
          const problems: string[] = [];
          for (const [column, was] of before) {
            const now = after.get(column);
            if (column.startsWith('kysely_')) continue;
            if (!now) problems.push(`${column} removed`);
            else if (now.type !== was.type) problems.push(`${column} changed type ${was.type} → ${now.type}`);
            else if (was.nullable && !now.nullable) problems.push(`${column} became NOT NULL`);
          }
          const tablesBefore = new Set([...before.keys()].map((c) => c.split('.')[0]));
          for (const [column, now] of after) {
            const table = column.split('.')[0] as string;
            if (before.has(column) || !tablesBefore.has(table) || table.startsWith('kysely_')) continue;
            if (!now.nullable && !now.hasDefault) problems.push(`${column} added NOT NULL without a default`);
          }
          expect(problems, `${name} is not expand-only`).toEqual([]);
        }
        before = after;
      }
      expect(names.length).toBeGreaterThan(1);
    });
  },
);
