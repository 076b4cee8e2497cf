import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// The webhooks tables (src/store/tables/webhooks.ts). Landed migrations are never edited; add a new file instead.
export function webhookTables(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      void db;
    },
  };
}
