import { Migrator, sql, type DatabaseIntrospector, type Kysely, type MigrationProvider } from 'kysely';
import type { StoreCapabilities } from './dialects/capabilities.js';
import { allMigrations } from './migrations/index.js';

export interface MigrationReport {
  readonly applied: readonly string[];
}

export async function migrateToLatest(
  db: Kysely<unknown>,
  caps: StoreCapabilities,
  schema?: string,
): Promise<MigrationReport> {
  const migrator = migratorFor(db, caps, schema);
  let outcome = await migrator.migrateToLatest();
  // Kysely's migrator reads the catalog of every schema; a schema another client drops at that
  // moment makes the read fail. It says nothing about ours, so read again.
  // Several test runs at once drop schemas often, so try a good few times, a little apart.
  for (let attempt = 1; attempt < 20 && outcome.error && isVanishedSchema(outcome.error); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
    outcome = await migrator.migrateToLatest();
  }
  const { error, results } = outcome;
  if (error)
    throw new Error(`migration failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Migrations this code knows that the database has not run yet (none: the schema is current). */
export async function pendingMigrations(
  db: Kysely<unknown>,
  caps: StoreCapabilities,
  schema?: string,
): Promise<string[]> {
  const migrator = migratorFor(db, caps, schema);
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}

function isVanishedSchema(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '3F000' || (error instanceof Error && /schema "[^"]+" does not exist/.test(error.message));
}

/** Waybill's migrator for this database (tests step through it with migrateUp). */
export function migratorFor(
  db: Kysely<unknown>,
  caps: StoreCapabilities,
  schema: string | undefined,
): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(caps) };
  return new Migrator({
    db: caps.dialect === 'postgres' ? withOwnSchemaIntrospection(db, schema) : db,
    provider,
    // Name our schema so a database with several Waybill schemas (one per test, or per
    // deployment) keeps their bookkeeping tables apart.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/**
 * Kysely's migrator finds its two bookkeeping tables by listing every column of every table in
 * every schema of the database. On a database that holds many schemas that read grows with all of
 * them (seconds per migration by the end of a test run, with hundreds of test schemas), and
 * without a schema name it would take another schema's table for ours. Answer it from our own
 * schema alone: the schema the URL names, else the connection's current one.
 */
function withOwnSchemaIntrospection(db: Kysely<unknown>, schema: string | undefined): Kysely<unknown> {
  const introspection: DatabaseIntrospector = {
    getSchemas: () => db.introspection.getSchemas(),
    getMetadata: async (options) => ({ tables: await introspection.getTables(options) }),
    getTables: async () => {
      const { rows } = await sql<{ name: string; schema: string }>`
        select tablename as name, schemaname as schema from pg_catalog.pg_tables
        where schemaname = coalesce(${schema ?? null}::text, current_schema())`.execute(db);
      return rows.map((row) => ({ ...row, isView: false, columns: [] }));
    },
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, property, target);
      // Kysely's methods use private fields, so they must run on the real instance.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
