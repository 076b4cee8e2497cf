import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// The push tables (src/store/tables/push.ts). Landed migrations are never edited; add a new file instead.
export function pushTables(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      void db;
    },
  };
}
