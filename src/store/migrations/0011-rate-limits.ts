import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// Carrier token buckets and attempt windows in the database, so every node counts against one
// budget (src/store/tables/rate-limits.ts). New tables only: the previous release ignores them.
export function rateLimitTables(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('rate_buckets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('tokens', 'double precision', (c) => c.notNull())
        .addColumn('updated_at_ms', 'double precision', (c) => c.notNull())
        .addColumn('blocked_until_ms', 'double precision', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('rate_windows')
        .addColumn('scope_key', 'text', (c) => c.primaryKey())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addColumn('reset_at_ms', 'double precision', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('rate_windows_reset').on('rate_windows').column('reset_at_ms').execute();
    },
  };
}
