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
  const { error, results } = await migrator.migrateToLatest();
  if (error)
    throw new Error(`migration failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
