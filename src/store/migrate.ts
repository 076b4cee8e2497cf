import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
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
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(caps) };
  // Kysely looks for its bookkeeping tables across every schema; name ours so a database with
  // several Waybill schemas (one per test, or per deployment) keeps them apart.
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
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
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(caps) };
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}

function isVanishedSchema(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '3F000' || (error instanceof Error && /schema "[^"]+" does not exist/.test(error.message));
}
