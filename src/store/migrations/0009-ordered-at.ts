import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// When the customer ordered (UTC instant), so the live estimator times "from purchase" from the
// order, as the evaluation does, rather than from when the shipment was registered.
export function orderedAt(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('shipments').addColumn('ordered_at', 'text').execute();
    },
  };
}
