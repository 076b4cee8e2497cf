import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// A counter every write to a shipment row moves by one, so a node can tell with one indexed read
// whether the shipment it answered with last is still current (src/http/lookup-cache.ts).
// Defaulted, so code from before it still inserts and updates shipments.
export function shipmentVersion(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('shipments')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}
