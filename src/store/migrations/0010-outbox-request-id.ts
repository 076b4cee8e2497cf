import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// The request that caused each outbox message, so the work it leads to (a notification, a
// webhook) logs that request's id. Nullable, so code from before it still inserts messages.
export function outboxRequestId(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('outbox').addColumn('request_id', 'text').execute();
    },
  };
}
