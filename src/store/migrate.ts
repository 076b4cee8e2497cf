import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import type { StoreCapabilities } from './dialects/capabilities.js';
import { allMigrations } from './migrations/index.js';

export interface MigrationReport {
  readonly applied: readonly string[];
}

export async function migrateToLatest(
  db: Kysely<unknown>,
  caps: StoreCapabilities,
): Promise<MigrationReport> {
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(caps) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error)
    throw new Error(`migration failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
