import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// Indexes that ingest paid for on every scan and that nothing needs any more. Landed migrations
// are never edited; this one drops what 0001 and 0004 made.
export function ingestIndexes(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // Keyed by the newest scan's time (or registration), so every stored scan moved an entry to
      // a far-away page. The stall sweep now reads the (tenant, status, id) index instead.
      await db.schema.dropIndex('shipments_stall_silent').execute();
      await db.schema.dropIndex('shipments_stall_registered').execute();
      // A prefix of shipments_number_carrier (tracking_number, carrier), which answers the same lookups.
      await db.schema.dropIndex('shipments_number_any_tenant').execute();
    },
  };
}
