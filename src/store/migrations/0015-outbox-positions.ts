import { sql, type Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// The outbox without a global lock (PostgreSQL): a sequencer gives committed messages their
// delivery position (`dseq`), which relays keep their cursors on, so writers no longer queue behind
// one lock (repositories/outbox.ts, sequenceOutbox). Existing messages keep their place: their
// position is their seq. SQLite has one writer, so its seq order is its commit order already; it
// gets the column, unused, to keep one schema.
export function outboxPositions(caps: StoreCapabilities) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (caps.dialect !== 'postgres') {
        await db.schema.alterTable('outbox').addColumn('dseq', 'integer').execute();
        return;
      }
      await db.schema.alterTable('outbox').addColumn('dseq', 'bigint').execute();
      await sql`update outbox set dseq = seq`.execute(db);
      await db.schema.createIndex('outbox_dseq').on('outbox').column('dseq').unique().execute();
      // The sequencer's work list: messages without a position yet, in seq order.
      await sql`create index outbox_unsequenced on outbox (seq) where dseq is null`.execute(db);
    },
  };
}
