import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// The push tables (src/store/tables/push.ts). Landed migrations are never edited; add a new file instead.
export function pushTables(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('vapid_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('public_key', 'text', (c) => c.notNull())
        .addColumn('private_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
