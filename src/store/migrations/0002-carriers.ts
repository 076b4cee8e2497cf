import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';

// The carriers tables (src/store/tables/carriers.ts). Landed migrations are never edited; add a new file instead.
export function carrierTables(caps: StoreCapabilities) {
  void caps;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('carrier_polls')
        .addColumn('carrier', 'text', (c) => c.notNull())
        .addColumn('tracking_number', 'text', (c) => c.notNull())
        .addColumn('next_poll_at', 'text')
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_until', 'text')
        .addColumn('unchanged_polls', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('last_event_at', 'text')
        .addColumn('answer_digest', 'text')
        .addColumn('last_polled_at', 'text')
        .addColumn('first_seen_by_carrier_at', 'text')
        .addColumn('delivered_at', 'text')
        .addColumn('finished_at', 'text')
        .addColumn('registered_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('carrier_polls_pk', ['carrier', 'tracking_number'])
        .execute();
      // "What is due for this carrier": finished rows have no next poll time and drop out.
      await db.schema
        .createIndex('carrier_polls_due')
        .on('carrier_polls')
        .columns(['carrier', 'next_poll_at'])
        .execute();

      // Scans from webhooks and polls carry no tenant: they are fanned out to every tenant
      // tracking the number with that carrier, and the poller finds new registrations by time.
      await db.schema
        .createIndex('shipments_number_carrier')
        .on('shipments')
        .columns(['tracking_number', 'carrier'])
        .execute();
      await db.schema
        .createIndex('shipments_carrier_created')
        .on('shipments')
        .columns(['carrier', 'created_at'])
        .execute();

      await db.schema
        .createTable('carrier_health')
        .addColumn('carrier', 'text', (c) => c.primaryKey())
        .addColumn('last_success_at', 'text')
        .addColumn('last_error_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('window_started_at', 'text', (c) => c.notNull())
        .addColumn('requests', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('previous_requests', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('previous_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('breaker_state', 'text', (c) => c.notNull().defaultTo('closed'))
        .addColumn('tokens', 'real')
        .addColumn('rate_limited_until', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('carrier_unmapped_codes')
        .addColumn('carrier', 'text', (c) => c.notNull())
        .addColumn('raw_code', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('sample_description', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('carrier_unmapped_codes_pk', ['carrier', 'raw_code'])
        .execute();
    },
  };
}
